// Wires the handlers into the generated ResourceProvider service and binds it to loopback.

import * as grpc from '@grpc/grpc-js';
import { ResourceProviderService, type IResourceProviderServer } from '@pulumi/pulumi/proto/provider_grpc_pb';
import { ConfigHandlers } from './configHandlers';
import { FunctionHandlers } from './functionHandlers';
import { RpcError } from './errors';
import { PluginHandlers, unimplemented } from './pluginHandlers';
import type { ProviderState } from './providerState';
import { ResourceHandlers } from './resourceHandlers';
import { unary } from './unary';

// Provider state can be large (certificates); the engine allows up to 400 MiB.
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

export function providerService(state: ProviderState): IResourceProviderServer {
  const plugin = new PluginHandlers(state);
  const config = new ConfigHandlers(state);
  const resources = new ResourceHandlers(state);
  const functions = new FunctionHandlers(state);
  const u = <Req, Res>(h: (req: Req, signal: AbortSignal) => Promise<Res> | Res) => unary<Req, Res>(state.redactor, h);
  return {
    handshake: u((req) => plugin.handshake(req)),
    getPluginInfo: u(() => plugin.getPluginInfo()),
    getSchema: u((req) => plugin.getSchema(req)),
    attach: u((req) => plugin.attach(req)),
    cancel: u(() => plugin.cancel()),
    getMapping: u(() => plugin.getMapping()),
    getMappings: u(() => plugin.getMappings()),
    checkConfig: u((req) => config.checkConfig(req)),
    diffConfig: u((req) => config.diffConfig(req)),
    configure: u((req) => config.configure(req)),
    check: u((req) => resources.check(req)),
    diff: u((req) => resources.diff(req)),
    create: u((req, signal) => resources.create(req, signal)),
    read: u((req, signal) => resources.read(req, signal)),
    update: u((req, signal) => resources.update(req, signal)),
    delete: u((req, signal) => resources.delete(req, signal)),
    parameterize: u(() => unimplemented('Parameterize')),
    invoke: u((req, signal) => functions.invoke(req, signal)),
    call: u(() => unimplemented('Call')),
    construct: u(() => unimplemented('Construct')),
    list: (call) => {
      call.emit('error', new RpcError(grpc.status.UNIMPLEMENTED, 'List is not implemented by the alicloudvpn provider'));
    },
  };
}

/** Starts serving on 127.0.0.1 at an ephemeral port; resolves with the server and its port. */
export function startServer(state: ProviderState): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  server.addService(ResourceProviderService, providerService(state));
  return new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(err) : resolve({ server, port }),
    );
  });
}
