// Markdown building blocks that keep any text inert: code spans, table cells, fenced blocks.

// Characters that end a line in Markdown (\r and \n alone or together) or that a reader cannot see: the control
// characters (C0, DEL, C1) and the Unicode line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** `text` on one line, every line break and invisible character written as an escape (`\r`, `\n`, `\u0000`). */
export function oneLine(text: string): string {
  return text.replace(INVISIBLE, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` as an inline code span on one line, whatever backticks and line breaks it holds. */
export function code(rawText: string): string {
  const text = oneLine(rawText);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell: one line, and a `|` that does not end the cell (GitHub honours `\|` inside code spans too). */
export function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** A fenced block that no line of `text` can close. */
export function fenced(text: string, info = 'text'): string[] {
  const longestRun = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  return [`${fence}${info}`, ...text.split(/\r\n|\r|\n/), fence];
}

/** Escapes the characters that would start Markdown or HTML in running text, on one line. */
export function plain(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
