// Pulumi's dynamic-provider host (@pulumi/pulumi/cmd/dynamic-provider) minus its gRPC server: the
// same steps between the engine's request and the provider's answer. Properties cross a real
// google.protobuf.Struct both ways, the provider is loaded from the resource's `__provider` text
// with require-from-string and cached by that text, and `__provider` is put back into every
// result, so what the provider returns must be what the real host could send.
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import * as pulumi from '@pulumi/pulumi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireFromString = require('require-from-string') as (code: string) => { handler: () => pulumi.dynamic.ResourceProvider };

export type Wire = Record<string, unknown>;

const PROVIDER_KEY = '__provider';
const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

/** A Struct round trip: what the engine sends, or what the host can answer (throws on `undefined`). */
function overTheWire(value: Wire): Wire {
  return Struct.deserializeBinary(Struct.fromJavaScript(value as never).serializeBinary()).toJavaScript() as Wire;
}

function withProvider(result: Wire | undefined, props: Wire): Wire {
  return { ...(result ?? {}), [PROVIDER_KEY]: props[PROVIDER_KEY] };
}

/** The text `pulumi.dynamic.Resource` stores in `__provider` for this provider object. */
export async function serializeProvider(provider: pulumi.dynamic.ResourceProvider): Promise<string> {
  const serialized = await pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
  return serialized.text;
}

/** What the host does with a `__provider` text it has not seen before. */
export function loadProvider(text: string): pulumi.dynamic.ResourceProvider {
  return requireFromString(text).handler();
}

export interface HostCheckResult {
  inputs: Wire;
  failures: pulumi.dynamic.CheckFailure[];
}

export interface HostReadResult {
  id: string;
  props: Wire;
  inputs?: Wire;
}

export class DynamicHost {
  private readonly providers = new Map<string, pulumi.dynamic.ResourceProvider>();

  /** How many distinct provider texts this host deserialized. */
  get loadedProviders(): number {
    return this.providers.size;
  }

  private provider(props: Wire): pulumi.dynamic.ResourceProvider {
    const text = props[PROVIDER_KEY];
    if (typeof text !== 'string') throw new Error('the properties carry no serialized __provider');
    let provider = this.providers.get(text);
    if (provider === undefined) {
      provider = loadProvider(text);
      this.providers.set(text, provider);
    }
    return provider;
  }

  async check(oldsIn: Wire, newsIn: Wire): Promise<HostCheckResult> {
    const olds = overTheWire(oldsIn);
    const news = overTheWire(newsIn);
    const provider = this.provider(news[PROVIDER_KEY] === UNKNOWN ? olds : news);
    const result = provider.check ? await provider.check(olds, news) : { inputs: news, failures: [] };
    const inputs = { ...(result.inputs ?? news), [PROVIDER_KEY]: news[PROVIDER_KEY] };
    return { inputs: overTheWire(inputs), failures: result.failures ?? [] };
  }

  async diff(id: string, oldsIn: Wire, newsIn: Wire): Promise<pulumi.dynamic.DiffResult> {
    const olds = overTheWire(oldsIn);
    const news = overTheWire(newsIn);
    const provider = this.provider(news[PROVIDER_KEY] === UNKNOWN ? olds : news);
    if (!provider.diff) return {};
    const result = await provider.diff(id, olds, news);
    return { changes: result.changes, replaces: result.replaces ?? [], deleteBeforeReplace: result.deleteBeforeReplace ?? false };
  }

  async create(propsIn: Wire): Promise<{ id: string; props: Wire }> {
    const props = overTheWire(propsIn);
    const result = await this.provider(props).create(props);
    return { id: result.id, props: overTheWire(withProvider(result.outs, props)) };
  }

  async read(id: string, propsIn: Wire): Promise<HostReadResult> {
    const props = overTheWire(propsIn);
    const provider = this.provider(props);
    if (!provider.read) return { id, props };
    const result = await provider.read(id, props);
    return {
      id: result.id ?? '',
      props: overTheWire(withProvider(result.props, props)),
      inputs: result.inputs ? overTheWire(withProvider(result.inputs, props)) : undefined,
    };
  }

  async update(id: string, oldsIn: Wire, newsIn: Wire): Promise<Wire> {
    const olds = overTheWire(oldsIn);
    const news = overTheWire(newsIn);
    const provider = this.provider(news);
    const result = provider.update ? ((await provider.update(id, olds, news)) ?? {}) : {};
    return overTheWire(withProvider(result.outs, news));
  }

  async delete(id: string, propsIn: Wire): Promise<void> {
    const props = overTheWire(propsIn);
    const provider = this.provider(props);
    if (provider.delete) await provider.delete(id, props);
  }
}
