import { tokenize, Token } from './lexer';
import type { Attribute, Block, BodyItem, Expression } from './syntax';

/** Parses a PCL document into blocks and attributes; throws with a line number on anything outside the subset. */
export function parsePcl(source: string): BodyItem[] {
  const parser = new Parser(tokenize(source));
  return parser.body(true);
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  body(topLevel: boolean): BodyItem[] {
    const items: BodyItem[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.type === 'eof') {
        if (!topLevel) this.fail(t, 'unexpected end of input, expected "}"');
        return items;
      }
      if (t.type === 'punct' && t.text === '}') {
        if (topLevel) this.fail(t, 'unexpected "}"');
        return items;
      }
      if (t.type !== 'ident') this.fail(t, 'expected an attribute or block name');
      this.pos++;
      const next = this.peek();
      if (next.type === 'punct' && next.text === '=') {
        this.pos++;
        items.push({ kind: 'attribute', name: (t as { text: string }).text, value: this.expression() } as Attribute);
      } else {
        items.push(this.block((t as { text: string }).text));
      }
    }
  }

  private block(type: string): Block {
    const labels: string[] = [];
    for (;;) {
      const t = this.next();
      if (t.type === 'ident') labels.push(t.text);
      else if (t.type === 'string') labels.push(this.plainString(t));
      else if (t.type === 'punct' && t.text === '{') break;
      else this.fail(t, `expected a label or "{" in ${type} block`);
    }
    const body = this.body(false);
    this.expect('}');
    return { kind: 'block', type, labels, body };
  }

  private expression(): Expression {
    const t = this.next();
    switch (t.type) {
      case 'number':
        return { kind: 'literal', value: t.value };
      case 'string':
        return this.template(unescapeQuoted(t.raw), t);
      case 'heredoc':
        return this.template(t.text, t);
      case 'ident':
        return this.identifierExpression(t.text);
      case 'punct':
        if (t.text === '[') return this.tuple();
        if (t.text === '{') return this.object();
        break;
    }
    return this.fail(t, 'expected an expression');
  }

  private identifierExpression(name: string): Expression {
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    const t = this.peek();
    if (t.type === 'punct' && t.text === '(') {
      this.pos++;
      const args: Expression[] = [];
      this.skipNewlines();
      while (!this.at(')')) {
        args.push(this.expression());
        this.skipNewlines();
        if (this.at(',')) this.pos++;
        this.skipNewlines();
      }
      this.expect(')');
      return { kind: 'call', name, args };
    }
    const path: Array<string | number> = [];
    for (;;) {
      if (this.at('.')) {
        this.pos++;
        const part = this.next();
        if (part.type === 'ident') path.push(part.text);
        else if (part.type === 'number') path.push(part.value);
        else this.fail(part, 'expected an attribute name after "."');
      } else if (this.at('[')) {
        this.pos++;
        const index = this.next();
        if (index.type === 'number') path.push(index.value);
        else if (index.type === 'string') path.push(this.plainString(index));
        else this.fail(index, 'expected an index');
        this.expect(']');
      } else {
        return { kind: 'traversal', root: name, path };
      }
    }
  }

  private tuple(): Expression {
    const items: Expression[] = [];
    this.skipNewlines();
    while (!this.at(']')) {
      items.push(this.expression());
      this.skipNewlines();
      if (this.at(',')) this.pos++;
      this.skipNewlines();
    }
    this.expect(']');
    return { kind: 'tuple', items };
  }

  private object(): Expression {
    const items: Array<{ key: string; value: Expression }> = [];
    this.skipNewlines();
    while (!this.at('}')) {
      const k = this.next();
      let key: string;
      if (k.type === 'ident') key = k.text;
      else if (k.type === 'string') key = this.plainString(k);
      else return this.fail(k, 'expected an object key');
      const sep = this.next();
      if (!(sep.type === 'punct' && (sep.text === '=' || sep.text === ':'))) this.fail(sep, 'expected "=" after object key');
      items.push({ key, value: this.expression() });
      this.skipNewlines();
      if (this.at(',')) this.pos++;
      this.skipNewlines();
    }
    this.expect('}');
    return { kind: 'object', items };
  }

  /** Splits a string body into literal text and `${ expr }` interpolations; `$${` and `%%{` are escapes. */
  private template(text: string, at: Token): Expression {
    const parts: Array<string | Expression> = [];
    let literal = '';
    let i = 0;
    while (i < text.length) {
      if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
        literal += text[i] + '{';
        i += 3;
      } else if (text.startsWith('${', i)) {
        const end = text.indexOf('}', i);
        if (end < 0) this.fail(at, 'unterminated interpolation');
        if (literal) parts.push(literal);
        literal = '';
        const inner = new Parser(tokenize(text.slice(i + 2, end))).expression();
        parts.push(inner);
        i = end + 1;
      } else if (text.startsWith('%{', i)) {
        return this.fail(at, 'template directives (%{...}) are not supported');
      } else {
        literal += text[i++];
      }
    }
    if (literal || parts.length === 0) parts.push(literal);
    return { kind: 'template', parts };
  }

  private plainString(t: Token & { type: 'string' }): string {
    const template = this.template(unescapeQuoted(t.raw), t);
    if (template.kind !== 'template' || template.parts.some((p) => typeof p !== 'string')) {
      this.fail(t, 'expected a plain string');
    }
    return (template as { parts: string[] }).parts.join('');
  }

  private skipNewlines(): void {
    while (this.peek().type === 'newline') this.pos++;
  }

  private at(text: string): boolean {
    const t = this.peek();
    return t.type === 'punct' && t.text === text;
  }

  private expect(text: string): void {
    const t = this.next();
    if (!(t.type === 'punct' && t.text === text)) this.fail(t, `expected "${text}"`);
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (t.type !== 'eof') this.pos++;
    return t;
  }

  private fail(t: Token, message: string): never {
    throw new Error(`PCL line ${t.line}: ${message}`);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unescapeQuoted(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') {
      out += raw[i];
      continue;
    }
    const e = raw[++i];
    if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
    else if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 1 + len), 16));
      i += len;
    } else throw new Error(`PCL: unknown escape sequence \\${e}`);
  }
  return out;
}
