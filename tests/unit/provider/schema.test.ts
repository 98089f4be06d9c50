// provider/schema.json is written by hand, like the resource's types and the SDK. These tests keep the
// three in agreement: the resource code (what check/diff/wire accept), the schema (what the engine and
// docs see) and the SDK (what programs type-check against).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import * as resourceTypes from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/types';
import { CONFIG_KEYS, SECRET_CONFIG_KEYS } from 'pulumi-resource-alicloudvpn/dist/server/providerConfig';
import { types as sdkTypes } from 'pulumi-alicloudvpn';
import { INPUT_PROPERTIES, OUTPUT_ONLY_PROPERTIES, REQUIRED_INPUTS } from 'pulumi-alicloudvpn/bin/vpnConnection';

interface PropertySpec {
  type?: string;
  $ref?: string;
  items?: PropertySpec;
  secret?: boolean;
  description?: string;
}
interface ObjectTypeSpec {
  type: string;
  description?: string;
  properties?: Record<string, PropertySpec>;
  required?: string[];
  enum?: { name: string; value: string; description?: string }[];
}
interface PackageSpec {
  name: string;
  version: string;
  language: { nodejs: { packageName: string } };
  config: { variables: Record<string, PropertySpec> };
  provider: { inputProperties: Record<string, PropertySpec>; properties: Record<string, PropertySpec> };
  types: Record<string, ObjectTypeSpec>;
  resources: Record<
    string,
    {
      description: string;
      inputProperties: Record<string, PropertySpec>;
      requiredInputs: string[];
      properties: Record<string, PropertySpec>;
      required: string[];
      stateInputs: { properties: Record<string, PropertySpec> };
    }
  >;
}

const providerDir = path.dirname(require.resolve('pulumi-resource-alicloudvpn/package.json'));
const sdkDir = path.dirname(require.resolve('pulumi-alicloudvpn/package.json'));
const schema = JSON.parse(fs.readFileSync(path.join(providerDir, 'schema.json'), 'utf8')) as PackageSpec;
const TYPE_PREFIX = 'alicloudvpn:index:';
const sdkEnums = sdkTypes.enums;
const resource = schema.resources[resourceTypes.VPN_CONNECTION_TYPE];

// The resource's nested interfaces and the schema's object types, by top-level property.
const NESTED: Record<string, { resourceInterface: string; schemaType: string }> = {
  ikeConfig: { resourceInterface: 'IkeConfig', schemaType: 'VpnConnectionIkeConfig' },
  ipsecConfig: { resourceInterface: 'IpsecConfig', schemaType: 'VpnConnectionIpsecConfig' },
  healthCheckConfig: { resourceInterface: 'HealthCheckConfig', schemaType: 'VpnConnectionHealthCheckConfig' },
  bgpConfig: { resourceInterface: 'BgpConfig', schemaType: 'VpnConnectionBgpConfig' },
};

// ---- TypeScript declarations, read with the compiler's parser -------------------------------------

interface DeclaredProperty {
  /** Marked `?` (interfaces). */
  optional: boolean;
  /** The type admits undefined (class output properties say so instead of `?`). */
  undefinedable: boolean;
  /** The type as written, with Input/Output wrappers and `| undefined` removed. */
  type: string;
  doc: string;
}
type Declarations = Map<string, Map<string, DeclaredProperty>>;

function normaliseType(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = t.replace(/pulumi\.(Input|Output)<(.*)>/, '$2').replace(/\s*\|\s*undefined\b/g, '');
    if (next === t) return t;
    t = next;
  }
}

function docOf(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

function readProperty(member: ts.PropertySignature | ts.PropertyDeclaration, sf: ts.SourceFile): [string, DeclaredProperty] {
  return [
    member.name.getText(sf),
    {
      optional: member.questionToken !== undefined,
      undefinedable: /\|\s*undefined\b/.test(member.type?.getText(sf) ?? ''),
      type: normaliseType(member.type?.getText(sf) ?? ''),
      doc: docOf(member),
    },
  ];
}

/** Interfaces and classes of a source file: name → property → declaration (interface `extends` merged). */
function declarationsIn(file: string): Declarations {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Declarations = new Map();
  const extendsOf = new Map<string, string[]>();
  sf.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const props = new Map(node.members.filter(ts.isPropertySignature).map((m) => readProperty(m, sf)));
      found.set(node.name.text, props);
      extendsOf.set(node.name.text, (node.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(sf))));
    } else if (ts.isClassDeclaration(node) && node.name) {
      const props = node.members
        .filter(ts.isPropertyDeclaration)
        .filter((m) => !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static))
        .map((m) => readProperty(m, sf));
      found.set(node.name.text, new Map(props));
    }
  });
  for (const [name, bases] of extendsOf) {
    const own = found.get(name)!;
    const merged = new Map<string, DeclaredProperty>();
    for (const base of bases) for (const [k, v] of found.get(base) ?? []) merged.set(k, v);
    for (const [k, v] of own) merged.set(k, v);
    found.set(name, merged);
  }
  return found;
}

function declared(decls: Declarations, name: string): Map<string, DeclaredProperty> {
  const props = decls.get(name);
  assert.ok(props, `no declaration named ${name}`);
  return props;
}

// ---- The schema's view of a property, in each side's vocabulary ------------------------------------

function refName(ref: string): string {
  return ref.replace(`#/types/${TYPE_PREFIX}`, '');
}

function isEnumRef(ref: string): boolean {
  return schema.types[TYPE_PREFIX + refName(ref)]?.enum !== undefined;
}

/** As the resource code types it: enums are strings, integers are numbers, objects by interface name. */
function asResourceType(p: PropertySpec): string {
  if (p.$ref) {
    if (isEnumRef(p.$ref)) return 'string';
    const nested = Object.values(NESTED).find((n) => n.schemaType === refName(p.$ref!));
    assert.ok(nested, `no resource interface for ${p.$ref}`);
    return nested.resourceInterface;
  }
  if (p.type === 'array') return `${asResourceType(p.items!)}[]`;
  return p.type === 'integer' ? 'number' : p.type!;
}

/** As Pulumi's generated Node SDKs type it. */
function asSdkType(p: PropertySpec, side: 'input' | 'output'): string {
  if (p.$ref) {
    const name = refName(p.$ref);
    if (isEnumRef(p.$ref)) return `enums.${name}`;
    return side === 'input' ? `inputs.${name}Args` : `outputs.${name}`;
  }
  if (p.type === 'array') {
    const item = asSdkType(p.items!, side);
    return side === 'input' ? `pulumi.Input<${item}>[]` : `${item}[]`;
  }
  return p.type === 'integer' ? 'number' : p.type!;
}

function assertSameKeys(actual: Iterable<string>, expected: Iterable<string>, what: string): void {
  assert.deepEqual([...actual].sort(), [...expected].sort(), what);
}

function squash(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Every property of a declaration agrees with the schema: names, optionality, type and JSDoc. */
function assertDeclarationMatches(
  props: Map<string, DeclaredProperty>,
  spec: Record<string, PropertySpec>,
  required: readonly string[],
  typeOf: (p: PropertySpec) => string,
  what: string,
  optionality: 'question-mark' | 'undefined-type' = 'question-mark',
): void {
  assertSameKeys(props.keys(), Object.keys(spec), `${what}: property names`);
  for (const [name, p] of Object.entries(spec)) {
    const d = props.get(name)!;
    assert.equal(d.type, normaliseType(typeOf(p)), `${what}.${name}: type`);
    assert.equal(d.doc, squash(p.description), `${what}.${name}: JSDoc`);
    const optional = optionality === 'question-mark' ? d.optional : d.undefinedable;
    assert.equal(optional, !required.includes(name), `${what}.${name}: optional`);
  }
}

function secretPaths(props: Record<string, PropertySpec>, prefix = ''): string[] {
  return Object.entries(props).flatMap(([name, p]) => {
    const here = prefix + name;
    const own = p.secret ? [here] : [];
    const nested = p.$ref && !isEnumRef(p.$ref) ? secretPaths(schema.types[TYPE_PREFIX + refName(p.$ref)].properties ?? {}, `${here}.`) : [];
    return [...own, ...nested];
  });
}

function objectType(name: string): ObjectTypeSpec {
  const t = schema.types[TYPE_PREFIX + name];
  assert.ok(t, `schema has no type ${TYPE_PREFIX}${name}`);
  return t;
}

function descriptionAt(propertyPath: string): string {
  const [top, nested] = propertyPath.split('.');
  const p = resource.inputProperties[top];
  assert.ok(p, `schema has no input ${top}`);
  if (nested === undefined) return p.description ?? '';
  const inner = objectType(refName(p.$ref!)).properties?.[nested];
  assert.ok(inner, `schema has no input ${propertyPath}`);
  return inner.description ?? '';
}

// ---------------------------------------------------------------------------------------------------

describe('provider schema.json', () => {
  describe('against the resource code', () => {
    const resourceDecls = declarationsIn(path.join(providerDir, 'src/resources/vpnConnection/types.ts'));

    it('declares the resource under the token the resource code registers', () => {
      assert.deepEqual(Object.keys(schema.resources), [resourceTypes.VPN_CONNECTION_TYPE]);
    });

    it('has exactly the resource\'s inputs, with its types and required inputs', () => {
      assertSameKeys(Object.keys(resource.inputProperties), resourceTypes.TOP_LEVEL_INPUTS, 'inputs vs TOP_LEVEL_INPUTS');
      const args = declared(resourceDecls, 'VpnConnectionArgs');
      assertSameKeys(args.keys(), Object.keys(resource.inputProperties), 'inputs vs VpnConnectionArgs');
      for (const [name, p] of Object.entries(resource.inputProperties)) {
        assert.equal(args.get(name)!.type, asResourceType(p), `${name}: type`);
      }
      assertSameKeys(
        [...args].filter(([, d]) => !d.optional).map(([k]) => k),
        resource.requiredInputs,
        'required inputs',
      );
    });

    it('has every input and every computed property as outputs, required where the state requires them', () => {
      assertSameKeys(
        Object.keys(resource.properties),
        [...resourceTypes.TOP_LEVEL_INPUTS, ...resourceTypes.COMPUTED_PROPERTIES],
        'outputs',
      );
      const state = declared(resourceDecls, 'VpnConnectionState');
      assertSameKeys(state.keys(), Object.keys(resource.properties), 'outputs vs VpnConnectionState');
      for (const [name, p] of Object.entries(resource.properties)) {
        assert.equal(state.get(name)!.type, asResourceType(p), `${name}: type`);
      }
      assertSameKeys(
        [...state].filter(([, d]) => !d.optional).map(([k]) => k),
        resource.required,
        'required outputs',
      );
      assertSameKeys(Object.keys(resource.stateInputs.properties), Object.keys(resource.properties), 'stateInputs');
    });

    for (const [property, { resourceInterface, schemaType }] of Object.entries(NESTED)) {
      it(`types ${property} as ${TYPE_PREFIX}${schemaType} with the resource's keys and value types`, () => {
        const p = resource.inputProperties[property];
        assert.equal(p.$ref, `#/types/${TYPE_PREFIX}${schemaType}`);
        assert.equal(resource.properties[property].$ref, p.$ref);
        const t = objectType(schemaType);
        assertSameKeys(Object.keys(t.properties ?? {}), resourceTypes.NESTED_KEYS[property], `${schemaType} vs NESTED_KEYS`);
        const iface = declared(resourceDecls, resourceInterface);
        for (const [name, spec] of Object.entries(t.properties ?? {})) {
          assert.equal(iface.get(name)?.type, asResourceType(spec), `${property}.${name}: type`);
        }
      });
    }

    it('lists exactly the algorithm values check accepts in each enum', () => {
      const values = (name: string) => objectType(name).enum!.map((e) => e.value);
      assertSameKeys(values('IkeVersion'), resourceTypes.IKE_VERSIONS, 'IkeVersion');
      assertSameKeys(values('IkeMode'), resourceTypes.IKE_MODES, 'IkeMode');
      assertSameKeys(values('EncAlg'), [...resourceTypes.NORMAL_ENC_ALGS, ...resourceTypes.SM_ENC_ALGS], 'EncAlg');
      assertSameKeys(values('AuthAlg'), [...resourceTypes.NORMAL_AUTH_ALGS, ...resourceTypes.SM_AUTH_ALGS], 'AuthAlg');
      assertSameKeys(values('IkePfs'), resourceTypes.IKE_PFS_GROUPS, 'IkePfs');
      assertSameKeys(values('IpsecPfs'), resourceTypes.IPSEC_PFS_GROUPS, 'IpsecPfs');
    });

    it('uses each enum where the resource validates that set', () => {
      const refOf = (path: string) => {
        const [top, nested] = path.split('.');
        return refName(objectType(refName(resource.inputProperties[top].$ref!)).properties![nested].$ref ?? '');
      };
      assert.equal(refOf('ikeConfig.ikeVersion'), 'IkeVersion');
      assert.equal(refOf('ikeConfig.ikeMode'), 'IkeMode');
      assert.equal(refOf('ikeConfig.ikeEncAlg'), 'EncAlg');
      assert.equal(refOf('ikeConfig.ikeAuthAlg'), 'AuthAlg');
      assert.equal(refOf('ikeConfig.ikePfs'), 'IkePfs');
      assert.equal(refOf('ipsecConfig.ipsecEncAlg'), 'EncAlg');
      assert.equal(refOf('ipsecConfig.ipsecAuthAlg'), 'AuthAlg');
      assert.equal(refOf('ipsecConfig.ipsecPfs'), 'IpsecPfs');
    });

    it('marks as secret exactly the paths the resource keeps secret', () => {
      assertSameKeys(secretPaths(resource.inputProperties), resourceTypes.SECRET_PATHS, 'input secrets');
      assertSameKeys(secretPaths(resource.properties), resourceTypes.SECRET_PATHS, 'output secrets');
    });

    it('documents every default check fills in', () => {
      const D = resourceTypes.DEFAULTS;
      const documented: [string, unknown][] = [
        ['effectImmediately', D.effectImmediately],
        ['autoConfigRoute', D.autoConfigRoute],
        ['enableDpd', D.enableDpd],
        ['enableNatTraversal', D.enableNatTraversal],
        ['ikeConfig.ikeVersion', D.ikeVersion],
        ['ikeConfig.ikeMode', D.ikeMode],
        ['ikeConfig.ikePfs', D.ikePfs],
        ['ikeConfig.ikeLifetime', D.lifetime],
        ['ipsecConfig.ipsecPfs', D.ipsecPfs],
        ['ipsecConfig.ipsecLifetime', D.lifetime],
        ['healthCheckConfig.enable', D.healthCheckEnable],
        ['healthCheckConfig.interval', D.healthCheckInterval],
        ['healthCheckConfig.retry', D.healthCheckRetry],
        ['bgpConfig.enableBgp', D.enableBgp],
        ['bgpConfig.localAsn', D.localAsn],
      ];
      for (const family of Object.values(resourceTypes.FAMILY_DEFAULTS)) {
        documented.push(['ikeConfig.ikeEncAlg', family.encAlg], ['ipsecConfig.ipsecEncAlg', family.encAlg]);
        documented.push(['ikeConfig.ikeAuthAlg', family.authAlg], ['ipsecConfig.ipsecAuthAlg', family.authAlg]);
      }
      for (const [propertyPath, value] of documented) {
        const description = descriptionAt(propertyPath);
        assert.ok(/default/i.test(description), `${propertyPath} documents its default`);
        assert.ok(description.includes(String(value)), `${propertyPath}: "${description}" should name the default ${String(value)}`);
      }
    });

    it('documents the ranges check enforces', () => {
      const T = resourceTypes;
      const ranges: [string, string][] = [
        ['localSubnets', `${T.SUBNETS_MIN} to ${T.SUBNETS_MAX}`],
        ['remoteSubnets', `${T.SUBNETS_MIN} to ${T.SUBNETS_MAX}`],
        ['name', `${T.NAME_MIN} to ${T.NAME_MAX}`],
        ['ikeConfig.psk', `Up to ${T.PSK_MAX}`],
        ['ikeConfig.ikeLifetime', `${T.LIFETIME_MIN} to ${T.LIFETIME_MAX}`],
        ['ipsecConfig.ipsecLifetime', `${T.LIFETIME_MIN} to ${T.LIFETIME_MAX}`],
        ['ikeConfig.localId', `Up to ${T.IDENTITY_MAX}`],
        ['ikeConfig.remoteId', `up to ${T.IDENTITY_MAX}`],
        ['bgpConfig.localAsn', `${T.ASN_MIN} to ${T.ASN_MAX}`],
      ];
      for (const [propertyPath, range] of ranges) {
        assert.ok(descriptionAt(propertyPath).includes(range), `${propertyPath} documents "${range}"`);
      }
    });

    it('says which inputs replace the connection, and only those', () => {
      for (const [name, p] of Object.entries(resource.inputProperties)) {
        const replaces = (resourceTypes.REPLACE_PROPERTIES as readonly string[]).includes(name);
        assert.equal(/replaces the connection/.test(p.description ?? ''), replaces, `${name}: ${p.description}`);
      }
    });

    it('declares the provider settings the plugin accepts, with the same secrets', () => {
      assertSameKeys(Object.keys(schema.config.variables), CONFIG_KEYS, 'config variables');
      assertSameKeys(Object.keys(schema.provider.inputProperties), CONFIG_KEYS, 'provider inputs');
      for (const section of [schema.config.variables, schema.provider.inputProperties]) {
        assertSameKeys(
          Object.entries(section).filter(([, p]) => p.secret).map(([k]) => k),
          SECRET_CONFIG_KEYS,
          'secret settings',
        );
      }
      for (const secret of SECRET_CONFIG_KEYS) {
        assert.equal(schema.provider.properties[secret], undefined, `${secret} is not a provider output`);
      }
    });

    it('has a description for every type, property and enum value', () => {
      const missing: string[] = [];
      const visit = (props: Record<string, PropertySpec>, where: string) => {
        for (const [k, p] of Object.entries(props)) if (!p.description) missing.push(`${where}.${k}`);
      };
      visit(resource.inputProperties, 'inputProperties');
      visit(resource.properties, 'properties');
      visit(schema.config.variables, 'config');
      visit(schema.provider.inputProperties, 'provider');
      for (const [token, t] of Object.entries(schema.types)) {
        if (!t.description) missing.push(token);
        visit(t.properties ?? {}, token);
        for (const e of t.enum ?? []) if (!e.description) missing.push(`${token}.${e.name}`);
      }
      assert.deepEqual(missing, []);
    });
  });

  describe('against the Node SDK', () => {
    const sdkPackage = JSON.parse(fs.readFileSync(path.join(sdkDir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      pulumi: { resource: boolean; name: string; version: string };
    };
    const providerPackage = JSON.parse(fs.readFileSync(path.join(providerDir, 'package.json'), 'utf8')) as { version: string };
    const resourceFile = declarationsIn(path.join(sdkDir, 'vpnConnection.ts'));
    const inputTypes = declarationsIn(path.join(sdkDir, 'types/input.ts'));
    const outputTypes = declarationsIn(path.join(sdkDir, 'types/output.ts'));
    const providerFile = declarationsIn(path.join(sdkDir, 'provider.ts'));

    it('names the same package and plugin version as the SDK and the plugin', () => {
      assert.equal(schema.name, sdkPackage.pulumi.name);
      assert.equal(sdkPackage.pulumi.resource, true);
      assert.equal(schema.version, sdkPackage.pulumi.version);
      assert.equal(schema.version, sdkPackage.version);
      assert.equal(schema.version, providerPackage.version);
      assert.equal(schema.language.nodejs.packageName, sdkPackage.name);
    });

    it('sends every schema input, requires the schema\'s required inputs, and leaves computed properties to the provider', () => {
      assertSameKeys(INPUT_PROPERTIES, Object.keys(resource.inputProperties), 'INPUT_PROPERTIES');
      assertSameKeys(REQUIRED_INPUTS, resource.requiredInputs, 'REQUIRED_INPUTS');
      assertSameKeys(
        OUTPUT_ONLY_PROPERTIES,
        Object.keys(resource.properties).filter((k) => !(k in resource.inputProperties)),
        'OUTPUT_ONLY_PROPERTIES',
      );
    });

    it('types VpnConnectionArgs like the schema\'s inputProperties, with their descriptions', () => {
      assertDeclarationMatches(
        declared(resourceFile, 'VpnConnectionArgs'),
        resource.inputProperties,
        resource.requiredInputs,
        (p) => `pulumi.Input<${asSdkType(p, 'input')}>`,
        'VpnConnectionArgs',
      );
    });

    it('types VpnConnectionState like the schema\'s stateInputs, all optional', () => {
      assertDeclarationMatches(
        declared(resourceFile, 'VpnConnectionState'),
        resource.stateInputs.properties,
        [],
        (p) => `pulumi.Input<${asSdkType(p, 'input')}>`,
        'VpnConnectionState',
      );
    });

    it('declares the schema\'s output properties on VpnConnection, undefined-able unless required', () => {
      assertDeclarationMatches(
        declared(resourceFile, 'VpnConnection'),
        resource.properties,
        resource.required,
        (p) => asSdkType(p, 'output'),
        'VpnConnection',
        'undefined-type',
      );
    });

    for (const { schemaType } of Object.values(NESTED)) {
      it(`mirrors ${schemaType} as inputs.${schemaType}Args and outputs.${schemaType}`, () => {
        const t = objectType(schemaType);
        assertDeclarationMatches(
          declared(inputTypes, `${schemaType}Args`),
          t.properties ?? {},
          t.required ?? [],
          (p) => `pulumi.Input<${asSdkType(p, 'input')}>`,
          `inputs.${schemaType}Args`,
        );
        assertDeclarationMatches(
          declared(outputTypes, schemaType),
          t.properties ?? {},
          t.required ?? [],
          (p) => asSdkType(p, 'output'),
          `outputs.${schemaType}`,
        );
      });
    }

    it('exports each schema enum with the schema\'s member names and values', () => {
      const enumTypes = Object.entries(schema.types).filter(([, t]) => t.enum);
      assertSameKeys(Object.keys(sdkEnums), enumTypes.map(([token]) => token.replace(TYPE_PREFIX, '')), 'enum exports');
      for (const [token, t] of enumTypes) {
        const exported = (sdkEnums as Record<string, Record<string, string>>)[token.replace(TYPE_PREFIX, '')];
        assert.deepEqual(exported, Object.fromEntries(t.enum!.map((e) => [e.name, e.value])), token);
      }
    });

    it('gives the Provider the schema\'s provider inputs and outputs', () => {
      assertDeclarationMatches(
        declared(providerFile, 'ProviderArgs'),
        schema.provider.inputProperties,
        [],
        (p) => `pulumi.Input<${asSdkType(p, 'input')}>`,
        'ProviderArgs',
      );
      assertDeclarationMatches(
        declared(providerFile, 'Provider'),
        schema.provider.properties,
        [],
        (p) => asSdkType(p, 'output'),
        'Provider',
        'undefined-type',
      );
    });

    it('has a config getter, with the schema description, for every config variable', () => {
      const file = path.join(sdkDir, 'config/vars.ts');
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const getters = new Map<string, string>();
      sf.forEachChild((node) => {
        if (ts.isVariableStatement(node)) {
          for (const d of node.declarationList.declarations) getters.set(d.name.getText(sf), docOf(node));
        }
      });
      getters.delete('__config');
      getters.delete('exports');
      assertSameKeys(getters.keys(), Object.keys(schema.config.variables), 'config getters');
      for (const [name, spec] of Object.entries(schema.config.variables)) {
        assert.equal(getters.get(name), squash(spec.description), `config.${name}: JSDoc`);
      }
    });
  });
});
