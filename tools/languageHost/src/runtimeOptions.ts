/** The `runtime.options` block of a nodejs Pulumi.yaml, as the engine forwards it in ProgramInfo.options. */
export interface RuntimeOptions {
  typescript: boolean;
  tsconfig?: string;
  nodeargs: string[];
  packagemanager: 'auto' | 'npm' | 'yarn' | 'pnpm' | 'bun';
}

const PACKAGE_MANAGERS = ['auto', 'npm', 'yarn', 'pnpm', 'bun'] as const;

export function parseRuntimeOptions(options: Record<string, unknown> | undefined): RuntimeOptions {
  const raw = options ?? {};
  const result: RuntimeOptions = { typescript: true, nodeargs: [], packagemanager: 'auto' };
  if (raw.typescript !== undefined) {
    if (typeof raw.typescript !== 'boolean') throw new Error('typescript option must be a boolean');
    result.typescript = raw.typescript;
  }
  if (raw.tsconfig !== undefined) {
    if (typeof raw.tsconfig !== 'string') throw new Error('tsconfig option must be a string');
    result.tsconfig = raw.tsconfig;
  }
  if (raw.nodeargs !== undefined) {
    if (typeof raw.nodeargs !== 'string') throw new Error('nodeargs option must be a string');
    result.nodeargs = splitShellWords(raw.nodeargs);
  }
  if (raw.packagemanager !== undefined) {
    const pm = raw.packagemanager;
    if (typeof pm !== 'string' || !(PACKAGE_MANAGERS as readonly string[]).includes(pm)) {
      throw new Error(`packagemanager option must be one of ${PACKAGE_MANAGERS.join(', ')}, got ${JSON.stringify(pm)}`);
    }
    result.packagemanager = pm as RuntimeOptions['packagemanager'];
  }
  return result;
}

/** Splits `nodeargs` the way a POSIX shell would for plain words and quoted strings (no expansion). */
export function splitShellWords(input: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < input.length) current += input[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < input.length) {
      current += input[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated quote in nodeargs: ${input}`);
  if (inWord) words.push(current);
  return words;
}
