// The mocha hooks most emulator suites share: one emulator process per suite, a real SDK client
// for it, and optionally seeded gateways, handed to the suite's own variables through `bind`.
import type Client from '@alicloud/vpc20160428';
import {
  seedGateways, startEmulator, vpcClient, type EmulatorProcess, type SeededGateways, type StartOptions,
} from '../../support/emulator';

export type SeedOptions = NonNullable<Parameters<typeof seedGateways>[1]>;

export interface SuiteOptions {
  start?: StartOptions;
  /** Clears every resource before each test. */
  resetEach?: boolean;
  /** Gateways to seed: after each reset when `resetEach`, otherwise once for the suite. */
  gateways?: SeedOptions;
}

export interface StartedSuite {
  emu: EmulatorProcess;
  client: Client;
}

export interface SeededSuite extends StartedSuite {
  gw: SeededGateways;
}

/** Registers before/after (and beforeEach when resetting) in the calling describe block. */
export function emulatorSuite(opts: SuiteOptions & { gateways: SeedOptions }, bind: (s: SeededSuite) => void): void;
export function emulatorSuite(opts: SuiteOptions, bind: (s: StartedSuite) => void): void;
export function emulatorSuite(opts: SuiteOptions, bind: (s: SeededSuite) => void): void {
  let emu: EmulatorProcess;
  let client: Client;
  const seed = async () => bind({ emu, client, gw: await seedGateways(emu, opts.gateways) });

  before(async () => {
    emu = await startEmulator(opts.start);
    client = vpcClient(emu);
    // A seeded suite gets its gateways from the second bind, before any test runs.
    bind({ emu, client } as SeededSuite);
    if (opts.gateways && !opts.resetEach) await seed();
  });
  after(async () => emu.stop());
  if (opts.resetEach) {
    beforeEach(async () => {
      await emu.control.reset();
      if (opts.gateways) await seed();
    });
  }
}
