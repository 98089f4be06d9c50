// pulumi.runtime.setMocks with a record of what reached the monitor. The mocks hand resources
// deserialized inputs (nested secrets lifted to the top); the raw request is kept as well, because
// where a secret sits on the wire is exactly what the SDK is responsible for.
import * as pulumi from '@pulumi/pulumi';

export interface Registration {
  type: string;
  name: string;
  custom: boolean;
  /** Inputs as mocks see them (deserialized). */
  inputs: Record<string, unknown>;
  /** The request's properties as sent on the wire (`Struct.toJavaScript()`). */
  wire: Record<string, unknown>;
  additionalSecretOutputs: string[];
  provider: string;
  version: string;
  /** Set for reads (`get`). */
  id?: string;
}

export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
export const SIG_KEY = '4dabf18193072939515e22adb298388d';

export function isWireSecret(v: unknown): v is { value: unknown } {
  return typeof v === 'object' && v !== null && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

type StateFor = (args: pulumi.runtime.MockResourceArgs) => Record<string, unknown>;

interface MonitorRequest {
  getType(): string;
  getName(): string;
  getProvider(): string;
  getVersion?(): string;
  getId?(): string;
  getCustom?(): boolean;
  getObject?(): { toJavaScript(): Record<string, unknown> };
  getProperties?(): { toJavaScript(): Record<string, unknown> };
  getAdditionalsecretoutputsList?(): string[];
}
type Handler = (req: MonitorRequest, cb: (err: unknown, res: unknown) => void) => Promise<void>;

/** Installs mocks whose resources echo their inputs plus `stateFor`'s extra outputs. */
export async function installMocks(stateFor: StateFor = () => ({})): Promise<Registration[]> {
  const registrations: Registration[] = [];
  const byName = new Map<string, Registration>();
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        const registration = byName.get(`${args.type}::${args.name}`);
        if (registration) registration.inputs = args.inputs as Record<string, unknown>;
        return { id: args.id || `${args.name}-id`, state: { ...args.inputs, ...stateFor(args) } };
      },
      call: () => ({}),
    },
    'alicloudvpn-sdk-test',
    'unit',
  );
  const monitor = pulumi.runtime.getMonitor() as unknown as Record<'registerResource' | 'readResource', Handler>;
  for (const method of ['registerResource', 'readResource'] as const) {
    const original = monitor[method].bind(monitor);
    monitor[method] = (req, cb) => {
      const struct = method === 'registerResource' ? req.getObject?.() : req.getProperties?.();
      const registration: Registration = {
        type: req.getType(),
        name: req.getName(),
        custom: method === 'readResource' || req.getCustom?.() === true,
        inputs: {},
        wire: struct ? struct.toJavaScript() : {},
        additionalSecretOutputs: req.getAdditionalsecretoutputsList?.() ?? [],
        provider: req.getProvider(),
        version: req.getVersion?.() ?? '',
        id: method === 'readResource' ? req.getId?.() : undefined,
      };
      registrations.push(registration);
      byName.set(`${registration.type}::${registration.name}`, registration);
      return original(req, cb);
    };
  }
  return registrations;
}

/** The value of an Output once the mocks have resolved it. */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((v) => resolve(v)));
}

/** Resolves once the resource's registration has completed. */
export async function registered(resource: pulumi.CustomResource): Promise<void> {
  await valueOf(resource.urn);
  await valueOf(resource.id);
}
