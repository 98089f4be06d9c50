// Markdown building blocks that keep any text inert: code spans, table cells, fenced blocks.

/** `text` as an inline code span, whatever backticks it holds. */
export function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell: one line, and a `|` that does not end the cell (GitHub honours `\|` inside code spans too). */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
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
  return [`${fence}${info}`, ...text.split(/\r?\n/), fence];
}

/** Escapes the characters that would start Markdown or HTML in running text. */
export function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}
