export { startEmulator, DEFAULTS } from './emulator';
export type { EmulatorOptions, RunningEmulator } from './emulator';
export { main, parseCli } from './cli';
export { ApiError, Errors } from './errors';
export type { FaultSpec, FaultKind } from './faults';
export { FAULT_KINDS } from './faults';
export type { SeedDocument } from './seed';
export { dumpState } from './control';
