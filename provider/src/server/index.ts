export { main } from './main';
export { parseArgs, UsageError, type PluginArgs } from './args';
export {
  decodeProperties,
  decodeWireObject,
  encodeProperties,
  encodeWireObject,
  secretStrings,
  SIG_KEY,
  SECRET_SIG,
  RESOURCE_REF_SIG,
  OUTPUT_VALUE_SIG,
  UNKNOWN_SENTINELS,
  type DecodedProperties,
  type EncodeOptions,
} from './codec';
export { normalizeDiff, toDiffResponse } from './diffResponse';
export { startServer, providerService } from './grpcServer';
export { ProviderState } from './providerState';
export { EngineLogger } from './engineLog';
export { Redactor } from './redact';
export { CONFIG_KEYS, SECRET_CONFIG_KEYS, configFromVariables, diffConfig, validateConfig } from './providerConfig';
export { formatPath, childPath, topLevelKey, isUnderPath } from './propertyPath';
