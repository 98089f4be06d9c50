// CheckConfig, DiffConfig and Configure: the provider resource's own lifecycle.

import * as grpc from '@grpc/grpc-js';
import {
  CheckFailure,
  CheckResponse,
  ConfigureResponse,
  type CheckRequest,
  type ConfigureRequest,
  type DiffRequest,
  type DiffResponse,
} from '@pulumi/pulumi/proto/provider_pb';
import { decodeProperties, decodeWireObject, encodeProperties, secretStrings, type DecodedProperties } from './codec';
import { toDiffResponse } from './diffResponse';
import { RpcError } from './errors';
import { PROTOCOL_FEATURES } from './pluginHandlers';
import {
  configFromVariables,
  diffConfig,
  PACKAGE,
  SECRET_CONFIG_KEYS,
  unrecognizedConfigKeys,
  validateConfig,
} from './providerConfig';
import type { ProviderState } from './providerState';
import { withStackIdentity } from './stackIdentity';

export class ConfigHandlers {
  constructor(private readonly state: ProviderState) {}

  private decode(struct: Parameters<typeof decodeProperties>[0]): DecodedProperties {
    const decoded = decodeProperties(struct);
    this.state.redactor.add(secretStrings(decoded.values, [...decoded.secretPaths, ...SECRET_CONFIG_KEYS]));
    return decoded;
  }

  checkConfig(req: CheckRequest): CheckResponse {
    const olds = this.decode(req.getOlds()).values;
    const news = this.decode(req.getNews());
    for (const key of unrecognizedConfigKeys(news.values)) {
      this.state.logger.log('warning', `unknown configuration key ${PACKAGE}:${key} is ignored`, req.getUrn());
    }
    const failures = validateConfig(news.values).map((f) => new CheckFailure().setProperty(f.property).setReason(f.reason));
    // The engine sends config to CheckConfig without secret marks: the secret keys are wrapped
    // here, and anything it did mark stays marked.
    const inputs = encodeProperties(withStackIdentity(olds, news.values), {
      secretPaths: [...SECRET_CONFIG_KEYS, ...news.secretPaths],
      keepUnknowns: true,
    });
    return new CheckResponse().setInputs(inputs).setFailuresList(failures);
  }

  diffConfig(req: DiffRequest): DiffResponse {
    const olds = this.decode(req.hasOldInputs() ? req.getOldInputs() : req.getOlds()).values;
    const news = this.decode(req.getNews()).values;
    return toDiffResponse(diffConfig(olds, news));
  }

  configure(req: ConfigureRequest): ConfigureResponse {
    // `variables` (keys `alicloudvpn:config:region`, string values) is what older engines send;
    // `args` holds the same values typed, possibly as secrets or unknowns, and wins.
    const fromVariables = decodeWireObject(configFromVariables(req.getVariablesMap().toArray())).values;
    this.state.redactor.add(secretStrings(fromVariables, SECRET_CONFIG_KEYS));
    const config = { ...fromVariables, ...this.decode(req.getArgs()).values };
    const failures = validateConfig(config);
    if (failures.length > 0) {
      throw new RpcError(grpc.status.INVALID_ARGUMENT, failures.map((f) => f.reason).join('; '));
    }
    this.state.configure(config);
    return new ConfigureResponse()
      .setAcceptsecrets(PROTOCOL_FEATURES.acceptSecrets)
      .setAcceptresources(PROTOCOL_FEATURES.acceptResources)
      .setAcceptoutputs(PROTOCOL_FEATURES.acceptOutputs)
      .setSupportspreview(true)
      .setSupportsAutonamingConfiguration(false);
  }
}
