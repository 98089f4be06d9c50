import type { World } from '../models/store';
import type { Params } from '../protocol';

export interface ActionContext {
  readonly world: World;
  readonly params: Params;
  /** Already checked present by the router: every action here is regional. */
  readonly regionId: string;
}

export interface ActionHandler {
  /** Mutating actions trigger a state save after they succeed. */
  readonly mutates: boolean;
  handle(ctx: ActionContext): Record<string, unknown>;
}
