// Tunnels of a dual-tunnel connection are named by role in the report: the provider's diffs name them by position
// (`tunnelOptions[0]`, master always first), which says nothing to a reviewer.
import { formatPath, PathSegment } from './propertyPath';

/** The list properties whose elements are tunnels: the inputs and the service's view of them. */
const TUNNEL_LISTS: ReadonlySet<string> = new Set(['tunnelOptions', 'tunnels']);
/** The provider's order when no role can be read: master first. */
const DEFAULT_ROLES = ['master', 'slave'];

/**
 * Writes a path with tunnel indices replaced by the tunnel's role, read from the given states (the first that
 * names one wins): `tunnelOptions[0].tunnelIkeConfig.ikeEncAlg` → `tunnelOptions[master].tunnelIkeConfig.ikeEncAlg`.
 */
export function labelPath(segments: readonly PathSegment[], ...states: Array<Record<string, unknown> | undefined>): string {
  return formatPath(segments, (index, parents) => {
    if (parents.length !== 1 || typeof parents[0] !== 'string' || !TUNNEL_LISTS.has(parents[0])) return undefined;
    const list = parents[0];
    for (const state of states) {
      const tunnel = (state?.[list] as unknown[] | undefined)?.[index] as Record<string, unknown> | undefined;
      if (typeof tunnel?.role === 'string' && /^[a-z]+$/.test(tunnel.role)) return tunnel.role;
    }
    return DEFAULT_ROLES[index];
  });
}
