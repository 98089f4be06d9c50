// Keeps the engine's delete of a replaced resource from deleting its replacement.
//
// `pulumi up --replace <urn>` sends no Diff: the engine creates the replacement first (unless the resource has
// deleteBeforeReplace) and then deletes the old id. A create's ClientToken is derived from the stack identity,
// the URN and the request, so with unchanged inputs the replacement's create replays the old resource's token
// and the service answers with the same live resource (adoption: what makes a killed or retried create safe).
// The Delete of the old id would then delete the resource the new state records.
//
// The guard: when a Create answers with a resource that already existed before it was sent (`adopted` in its
// CreateResult), the plugin process remembers (URN, id); a Delete of that same (URN, id) later in the process
// deletes nothing and says so on the resource's status line. Once: the remembered entry is used up by that
// Delete, and a later Create for the URN that did not adopt clears it. Adoption after a lost state (a killed
// run's re-run takes its resource back) is unchanged.
//
// Why in memory: the engine starts one plugin process per provider for each command, and sends the
// replacement's Create and the old resource's Delete to it within the same `pulumi up`. Nothing else asks that
// process to delete what one of its creates adopted: a fresh create's id is in no older state, and `destroy`
// is another command, another process. Not covered: a Delete left pending by a run killed between the two,
// which the next command sends to a new process (the connection covers it with its generation tag).
//
// Which creates count as adopted, decided by each lifecycle where it knows it, never by comparing the
// resource's CreateTime with the local clock (the service's clock is not ours, the emulator's can be moved,
// and `up --replace` may follow the create by less than any tolerance):
// - VPN gateway: the replayed gateway already carries this resource's ownership tag (CreateVpnGateway takes no
//   tags, so a gateway the request made has none yet).
// - customer gateway: its id is among those carrying this resource's ownership tag, listed before the create
//   (CreateCustomerGateway sets the tags with the create, so the answer itself cannot tell).
// - route: the same route (key and CreateTime) was listed before the create (one route per key per gateway).
// A create wrongly called adopted only keeps what no Delete of the same command names; a missed adoption
// deletes the live resource, so each signal errs toward adopted.
//
// The VPN connection does not register here: its generation tag (vpnConnection/generation.ts) decides the same
// Delete in any process, the pending one included, and the two would agree on a targeted replace.

/** What a Create answered, as the guard needs it. */
export interface CreatedResource {
  id: string;
  adopted?: boolean;
}

export class ReplacementGuard {
  /** URN → the id its Create in this process adopted. */
  private readonly adopted = new Map<string, string>();

  /** After a Create: remembers the id when the create adopted an existing resource. */
  created(urn: string, result: CreatedResource): void {
    if (result.adopted === true && result.id !== '') this.adopted.set(urn, result.id);
    else this.adopted.delete(urn);
  }

  /** Before a Delete: true when a Create of this URN in this process adopted this id (the Delete must not run). */
  keeps(urn: string, id: string): boolean {
    if (id === '' || this.adopted.get(urn) !== id) return false;
    this.adopted.delete(urn);
    return true;
  }
}

/** The warning a kept Delete leaves on the resource's status line; `kind` as a message names the resource ("customer gateway"). */
export function keptMessage(kind: string, id: string): string {
  return (
    `${kind} ${id} is kept: the replacement of this resource took it over (a replayed create returns the same ${kind}), so the stack still manages it. ` +
    'To re-create it instead, use the resource option deleteBeforeReplace: true.'
  );
}
