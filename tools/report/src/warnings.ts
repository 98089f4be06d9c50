// What a reviewer must not miss: a change that interrupts traffic through a tunnel.
import type { ResourceState } from './previewJson';
import type { ConnectionChange } from './changes';

export interface Warning {
  kind: 'outage' | 'deletion' | 'renegotiation';
  message: string;
}

export function connectionWarnings(
  change: Pick<ConnectionChange, 'action' | 'id' | 'fields' | 'replacementCauses'>,
  states: { oldState?: ResourceState; newState?: ResourceState },
): Warning[] {
  switch (change.action) {
    case 'replace': {
      const causes = change.replacementCauses.map((c) => `\`${c}\``).join(', ');
      return [{
        kind: 'outage',
        message: 'Replacing this connection deletes the IPsec connection and creates a new one: traffic through it stops until the new connection is negotiated'
          + (causes ? ` (forced by ${causes}).` : '.'),
      }];
    }
    case 'delete':
      return [{ kind: 'deletion', message: 'Deleting this connection stops all traffic through its tunnels.' }];
    case 'update': {
      // Tags change through TagResources/UnTagResources, never through a Modify: they renegotiate nothing.
      const modifies = change.fields.some((f) => !/^tags(?:\.|\[|$)/.test(f.path));
      const live = change.id !== undefined || states.oldState !== undefined;
      if (live && modifies && states.newState?.inputs?.effectImmediately === true) {
        return [{
          kind: 'renegotiation',
          message: '`effectImmediately` is true: applying this update deletes the negotiated IPsec tunnels and negotiates them again at once, a brief interruption of traffic.',
        }];
      }
      return [];
    }
    default:
      return [];
  }
}
