// The shell blocks a README marks as runnable: a ```sh (or ```bash) fence right after the line
// `<!-- readme-test: run -->`. The marker is visible in the Markdown source, so whoever edits a block sees that a
// test runs it as written.
export const RUN_MARKER = '<!-- readme-test: run -->';

const FENCE = /^```(?:sh|bash)\s*$/;

/** The bodies of the marked blocks, in order. */
export function runnableBlocks(markdown: string): string[] {
  const lines = markdown.split('\n');
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== RUN_MARKER) continue;
    if (!FENCE.test(lines[i + 1] ?? '')) throw new Error(`line ${i + 1}: ${RUN_MARKER} must stand right before a \`\`\`sh block`);
    const end = lines.indexOf('```', i + 2);
    if (end < 0) throw new Error(`line ${i + 2}: the marked block is not closed`);
    blocks.push(lines.slice(i + 2, end).join('\n'));
    i = end;
  }
  return blocks;
}

/** The body of the first fenced block of the document (the README opens with `make demo` and `make test`). */
export function firstBlock(markdown: string): string {
  const start = markdown.indexOf('```');
  const bodyStart = markdown.indexOf('\n', start) + 1;
  return markdown.slice(bodyStart, markdown.indexOf('```', bodyStart));
}
