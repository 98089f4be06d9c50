import type { Block, BodyItem, Expression } from './syntax';

/** npm module to import for each Pulumi package name, e.g. alicloudvpn → pulumi-alicloudvpn. */
export type PackageModules = ReadonlyMap<string, string>;

const ASSET_CONSTRUCTORS: Record<string, string> = {
  fileAsset: 'pulumi.asset.FileAsset',
  stringAsset: 'pulumi.asset.StringAsset',
  remoteAsset: 'pulumi.asset.RemoteAsset',
  fileArchive: 'pulumi.asset.FileArchive',
  remoteArchive: 'pulumi.asset.RemoteArchive',
  assetArchive: 'pulumi.asset.AssetArchive',
};

const RESOURCE_OPTIONS = new Set([
  'parent', 'provider', 'dependsOn', 'protect', 'retainOnDelete', 'ignoreChanges', 'deletedWith', 'replaceWith',
  'import', 'version', 'deleteBeforeReplace', 'replaceOnChanges', 'additionalSecretOutputs', 'customTimeouts',
]);

/** Pulumi package names a program's resource blocks use, so their npm modules can be looked up first. */
export function packagesUsed(items: readonly BodyItem[]): string[] {
  const names = new Set<string>();
  for (const item of items) {
    if (item.kind === 'block' && item.type === 'resource' && item.labels.length === 2) {
      names.add(splitToken(item.labels[1]).pkg);
    }
  }
  return [...names];
}

/** TypeScript for the program, in the shape a user would write: one `new Pkg.Type(name, args, opts)` per resource. */
export function toTypeScript(items: readonly BodyItem[], modules: PackageModules): string {
  const pkgs = packagesUsed(items);
  const lines = ['import * as pulumi from "@pulumi/pulumi";'];
  for (const pkg of pkgs) {
    lines.push(`import * as ${identifier(pkg)} from ${JSON.stringify(modules.get(pkg) ?? `@pulumi/${pkg}`)};`);
  }
  lines.push('');
  for (const item of items) {
    if (item.kind !== 'block') throw new Error(`PCL: top-level attribute ${item.name} is not supported`);
    // A `package` block only records which plugin a package came from; the npm module is already resolved.
    if (item.type === 'package') continue;
    if (item.type === 'resource') lines.push(resourceStatement(item), '');
    else if (item.type === 'output') lines.push(outputStatement(item), '');
    else throw new Error(`PCL: top-level "${item.type}" blocks are not supported`);
  }
  return lines.join('\n');
}

function resourceStatement(block: Block): string {
  if (block.labels.length !== 2) throw new Error('PCL: a resource block needs a name and a type token');
  const [name, token] = block.labels;
  const { pkg, module, type } = splitToken(token);
  let logicalName = name;
  const args: Array<{ key: string; value: Expression }> = [];
  let options: Block | undefined;
  for (const item of block.body) {
    if (item.kind === 'block') {
      if (item.type !== 'options') throw new Error(`PCL: unexpected "${item.type}" block in resource ${name}`);
      options = item;
    } else if (item.name === '__logicalName') {
      logicalName = plainString(item.value, '__logicalName');
    } else {
      args.push({ key: item.name, value: item.value });
    }
  }
  const ctor = [identifier(pkg), ...(module ? [identifier(module)] : []), type].join('.');
  const parts = [JSON.stringify(logicalName), render({ kind: 'object', items: args }, 0)];
  if (options && options.body.length > 0) {
    const optionItems = options.body.map((item) => {
      if (item.kind !== 'attribute' || !RESOURCE_OPTIONS.has(item.name)) {
        throw new Error(`PCL: unsupported resource option ${item.kind === 'attribute' ? item.name : item.type}`);
      }
      return { key: item.name, value: item.value };
    });
    parts.push(render({ kind: 'object', items: optionItems }, 0));
  }
  return `const ${identifier(name)} = new ${ctor}(${parts.join(', ')});`;
}

function outputStatement(block: Block): string {
  const value = block.body.find((item) => item.kind === 'attribute' && item.name === 'value');
  if (block.labels.length < 1 || !value || value.kind !== 'attribute') throw new Error('PCL: an output block needs a name and a value');
  return `export const ${identifier(block.labels[0])} = ${render(value.value, 0)};`;
}

function render(expr: Expression, depth: number): string {
  const indent = '    '.repeat(depth + 1);
  const closing = '    '.repeat(depth);
  switch (expr.kind) {
    case 'literal':
      return expr.value === null ? 'undefined' : JSON.stringify(expr.value);
    case 'template':
      if (expr.parts.every((p) => typeof p === 'string')) return JSON.stringify(expr.parts.join(''));
      return `pulumi.interpolate\`${expr.parts
        .map((p) => (typeof p === 'string' ? p.replace(/[`\\$]/g, (c) => `\\${c}`) : `\${${render(p, depth)}}`))
        .join('')}\``;
    case 'tuple':
      if (expr.items.length === 0) return '[]';
      return `[\n${expr.items.map((i) => `${indent}${render(i, depth + 1)},`).join('\n')}\n${closing}]`;
    case 'object':
      if (expr.items.length === 0) return '{}';
      return `{\n${expr.items
        .map((i) => `${indent}${propertyKey(i.key)}: ${render(i.value, depth + 1)},`)
        .join('\n')}\n${closing}}`;
    case 'call':
      return renderCall(expr.name, expr.args, depth);
    case 'traversal':
      return [identifier(expr.root), ...expr.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))]
        .join('')
        .replace(/\.\[/g, '[');
  }
}

function renderCall(name: string, args: Expression[], depth: number): string {
  const rendered = args.map((a) => render(a, depth));
  if (name === 'secret') return `pulumi.secret(${rendered.join(', ')})`;
  if (name in ASSET_CONSTRUCTORS) return `new ${ASSET_CONSTRUCTORS[name]}(${rendered.join(', ')})`;
  if (name === 'toJSON') return `JSON.stringify(${rendered.join(', ')})`;
  throw new Error(`PCL: function ${name} is not supported`);
}

function plainString(expr: Expression, what: string): string {
  if (expr.kind === 'template' && expr.parts.every((p) => typeof p === 'string')) return expr.parts.join('');
  if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
  throw new Error(`PCL: ${what} must be a plain string`);
}

export function splitToken(token: string): { pkg: string; module: string; type: string } {
  const parts = token.split(':');
  if (parts.length !== 3) throw new Error(`PCL: malformed type token ${JSON.stringify(token)}`);
  const [pkg, module, type] = parts;
  if (pkg === 'pulumi' && module === 'providers') return { pkg: type, module: '', type: 'Provider' };
  // Tokens may carry a file-ish suffix (`index/vpnConnection`); the SDK namespace is the part before it.
  const namespace = module.split('/')[0];
  return { pkg, module: namespace === 'index' ? '' : namespace, type };
}

const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new',
  'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'pulumi']);

/** A valid JS identifier close to a Pulumi name: `my-conn` → `myConn`, `index` stays, reserved words get a `_`. */
export function identifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
  if (!/^[A-Za-z_$]/.test(id)) id = `_${id}`;
  return RESERVED.has(id) ? `${id}_` : id;
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}
