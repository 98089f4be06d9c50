// The emulator's mutable parts in one place: resources, faults, nonces, credentials, persistence.
import type { Credentials } from './auth';
import { NonceCache } from './auth';
import { Faults } from './faults';
import { Stats } from './stats';
import { Clock } from './models/clock';
import { Store, type Settings, type World } from './models/store';
import { loadState, saveState } from './persistence';
import { applySeed, type SeedDocument } from './seed';

export interface CoreOptions {
  readonly credentials: Credentials;
  readonly settings: Settings;
  readonly stateFile?: string;
  readonly seed?: SeedDocument;
}

export class EmulatorCore {
  readonly world: World;
  readonly faults = new Faults();
  readonly stats = new Stats();
  readonly nonces = new NonceCache();

  constructor(private readonly options: CoreOptions) {
    this.world = { store: new Store(), clock: new Clock(), settings: options.settings };
    const saved = options.stateFile ? loadState(options.stateFile) : undefined;
    // A state file, once written, wins over the seed: the seed describes a fresh start.
    if (saved) this.world.store.load(saved);
    else if (options.seed) applySeed(this.world, options.seed);
  }

  get credentials(): Credentials {
    return this.options.credentials;
  }

  /** Clears resources, faults, nonces and clock offset; loads `seed` when given. */
  reset(seed?: SeedDocument): void {
    // Validate against a scratch world first so a bad seed leaves the current state intact.
    if (seed) applySeed({ ...this.world, store: new Store() }, seed);
    this.world.store.clear();
    this.world.clock.reset();
    this.faults.clear();
    this.stats.clear();
    this.nonces.clear();
    if (seed) applySeed(this.world, seed);
    this.save();
  }

  save(): void {
    if (this.options.stateFile) saveState(this.options.stateFile, this.world.store.snapshot());
  }
}
