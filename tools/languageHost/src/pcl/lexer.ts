/** Tokens of HCL2 native syntax; strings keep their raw body so the parser can find `${` interpolations. */
export type Token =
  | { type: 'ident'; text: string; line: number }
  | { type: 'number'; value: number; line: number }
  | { type: 'string'; raw: string; line: number }
  | { type: 'heredoc'; text: string; line: number }
  | { type: 'punct'; text: string; line: number }
  | { type: 'newline'; line: number }
  | { type: 'eof'; line: number };

const PUNCTUATION = ['{', '}', '[', ']', '(', ')', '=', ',', '.', ':'];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new Error(`PCL line ${line}: ${message}`);
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\n') {
      tokens.push({ type: 'newline', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' || (c === '/' && source[i + 1] === '/')) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      line += source.slice(i, end).split('\n').length - 1;
      i = end + 2;
    } else if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') j++;
        if (source[j] === '\n') fail('newline in quoted string');
        j++;
      }
      if (j >= source.length) fail('unterminated string');
      tokens.push({ type: 'string', raw: source.slice(i + 1, j), line });
      i = j + 1;
    } else if (c === '<' && source[i + 1] === '<') {
      const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(source.slice(i));
      if (!header) fail('malformed heredoc');
      const [whole, indent, marker] = header as RegExpExecArray;
      const startLine = line;
      const lines: string[] = [];
      let j = i + whole.length;
      for (;;) {
        if (j >= source.length) fail(`heredoc ${marker} is not terminated`);
        const nl = source.indexOf('\n', j);
        const text = source.slice(j, nl < 0 ? source.length : nl).replace(/\r$/, '');
        j = nl < 0 ? source.length : nl + 1;
        line++;
        if (text.trim() === marker) break;
        lines.push(text);
      }
      line++;
      tokens.push({ type: 'heredoc', text: dedent(lines, indent === '-').join('\n') + '\n', line: startLine });
      tokens.push({ type: 'newline', line: line - 1 });
      i = j;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'number', value: Number(m[0]), line });
      i += m[0].length;
    } else if (c === '-' && /[0-9]/.test(source[i + 1] ?? '')) {
      const m = /^-[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'number', value: Number(m[0]), line });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ type: 'ident', text: m[0], line });
      i += m[0].length;
    } else if (PUNCTUATION.includes(c)) {
      tokens.push({ type: 'punct', text: c, line });
      i++;
    } else {
      fail(`unexpected character ${JSON.stringify(c)}`);
    }
  }
  tokens.push({ type: 'eof', line });
  return tokens;
}

function dedent(lines: string[], strip: boolean): string[] {
  if (!strip) return lines;
  const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const width = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(width));
}
