// The calls the engine makes for one resource across `preview`, `up`, `refresh`, `import` and `destroy`, in the
// engine's order and with the engine's arguments, so a suite can drive a program's lifecycle through the real
// plugin process without the CLI. It keeps what a checkpoint would: the id, the checked inputs and the outputs.
// The engine starts a plugin process per command; a suite's steps share one, so a test that must not carry what
// a process remembers into the next command (the creates it adopted) sends those steps to suite.nextCommand().
// Also the Invoke the engine sends for a program's function call (`invoke`).
import { strict as assert } from 'node:assert';
import {
  CheckRequest,
  CreateRequest,
  DeleteRequest,
  DiffRequest,
  DiffResponse,
  InvokeRequest,
  ReadRequest,
  UpdateRequest,
} from '@pulumi/pulumi/proto/provider_pb';
import { plain, struct, type PluginProcess, type Wire } from '../../support/plugin';
import { TYPE } from './fixture';

/** What `up` did to the resource. */
export type Step = 'create' | 'update' | 'replace' | 'same';

const TIMEOUT_S = 60;

interface Addressed<R> {
  setId(id: string): R;
  setUrn(urn: string): R;
  setType(type: string): R;
  setName(name: string): R;
}

export class EngineResource {
  id = '';
  /** The checked inputs, as the checkpoint records them. */
  inputs: Wire = {};
  outputs: Wire = {};

  /** `plugin` is the provider the next call goes to (the engine may load a new one, e.g. after a config change). */
  constructor(public plugin: PluginProcess, readonly name: string, readonly type: string = TYPE) {}

  get urn(): string {
    return `urn:pulumi:dev::proj::${this.type}::${this.name}`;
  }

  /** Check's failures as `property: reason`, in order (empty when the inputs are valid). */
  async checkFailures(news: Wire): Promise<string[]> {
    const resp = await this.plugin.rpc.check(this.checkRequest(news));
    return resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);
  }

  /** Check that must pass: the checked inputs. */
  async check(news: Wire): Promise<Wire> {
    const resp = await this.plugin.rpc.check(this.checkRequest(news));
    assert.deepEqual(resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), [], 'Check failures');
    return plain(resp.getInputs());
  }

  /** The Diff the engine asks for against the recorded state. */
  diff(checked: Wire): Promise<DiffResponse> {
    return this.plugin.rpc.diff(
      this.addressed(new DiffRequest()).setOlds(struct(this.outputs)).setOldInputs(struct(this.inputs)).setNews(struct(checked)),
    );
  }

  /** `preview`: Check, then Diff against the recorded state (the id must be set). */
  async preview(news: Wire): Promise<DiffResponse> {
    return this.diff(await this.check(news));
  }

  /** The preview Update the engine sends to show an update's outputs; nothing may change remotely. */
  async previewUpdate(news: Wire): Promise<Wire> {
    const resp = await this.plugin.rpc.update(this.updateRequest(await this.check(news)).setPreview(true));
    return plain(resp.getProperties());
  }

  /**
   * `up`: Check, then Create when there is no id, else Diff and, as it says, nothing, Update, or a replacement:
   * create-before-delete unless Diff asks for delete-before-replace.
   */
  async up(news: Wire, timeoutSeconds = TIMEOUT_S): Promise<Step> {
    const checked = await this.check(news);
    if (!this.id) {
      await this.create(checked, timeoutSeconds);
      return 'create';
    }
    const diff = await this.diff(checked);
    if (diff.getChanges() === DiffResponse.DiffChanges.DIFF_NONE) return 'same';
    if (diff.getReplacesList().length > 0) {
      const old = { id: this.id, outputs: this.outputs, inputs: this.inputs };
      if (diff.getDeletebeforereplace()) await this.deleteRecorded(old);
      await this.create(checked, timeoutSeconds);
      if (!diff.getDeletebeforereplace()) await this.deleteRecorded(old);
      return 'replace';
    }
    const resp = await this.plugin.rpc.update(this.updateRequest(checked).setTimeout(timeoutSeconds));
    this.outputs = plain(resp.getProperties());
    this.inputs = checked;
    return 'update';
  }

  /**
   * `up --replace <urn>`: the engine's targeted replace sends no Diff (so the plugin is not told what it replaces):
   * Check without olds, Create, then Delete of the old id, unless `deleteBeforeReplace` (the resource option) puts
   * the Delete first.
   */
  async upReplace(news: Wire, opts: { deleteBeforeReplace?: boolean } = {}, timeoutSeconds = TIMEOUT_S): Promise<void> {
    const resp = await this.plugin.rpc.check(new CheckRequest().setUrn(this.urn).setType(this.type).setName(this.name).setNews(struct(news)));
    assert.deepEqual(resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), [], 'Check failures');
    const old = { id: this.id, outputs: this.outputs, inputs: this.inputs };
    if (opts.deleteBeforeReplace) await this.deleteRecorded(old, timeoutSeconds);
    await this.create(plain(resp.getInputs()), timeoutSeconds);
    if (!opts.deleteBeforeReplace) await this.deleteRecorded(old, timeoutSeconds);
  }

  /** Create with checked inputs, recording the id and outputs. */
  async create(checked: Wire, timeoutSeconds = TIMEOUT_S): Promise<void> {
    const resp = await this.plugin.rpc.create(
      new CreateRequest().setUrn(this.urn).setType(this.type).setName(this.name).setProperties(struct(checked)).setTimeout(timeoutSeconds),
    );
    this.id = resp.getId();
    this.outputs = plain(resp.getProperties());
    this.inputs = checked;
  }

  /** `refresh`: Read with the recorded state; records what it returns (an empty id: the resource is gone). */
  async refresh(): Promise<void> {
    const resp = await this.plugin.rpc.read(this.addressed(new ReadRequest()).setProperties(struct(this.outputs)).setInputs(struct(this.inputs)));
    this.id = resp.getId();
    this.outputs = plain(resp.getProperties());
    this.inputs = plain(resp.getInputs());
  }

  /** `import`: Read given the id alone; records the properties and the inputs a program would need. */
  async import(id: string): Promise<void> {
    this.id = id;
    await this.refreshFromId();
  }

  /** `destroy`: Delete with the recorded state. */
  async destroy(timeoutSeconds = TIMEOUT_S): Promise<void> {
    await this.deleteRecorded({ id: this.id, outputs: this.outputs, inputs: this.inputs }, timeoutSeconds);
    this.id = '';
  }

  private async refreshFromId(): Promise<void> {
    const resp = await this.plugin.rpc.read(this.addressed(new ReadRequest()));
    this.id = resp.getId();
    this.outputs = plain(resp.getProperties());
    this.inputs = plain(resp.getInputs());
  }

  private async deleteRecorded(old: { id: string; outputs: Wire; inputs: Wire }, timeoutSeconds = TIMEOUT_S): Promise<void> {
    await this.plugin.rpc.delete(
      this.addressed(new DeleteRequest(), old.id).setProperties(struct(old.outputs)).setOldInputs(struct(old.inputs)).setTimeout(timeoutSeconds),
    );
  }

  private checkRequest(news: Wire): CheckRequest {
    return new CheckRequest().setUrn(this.urn).setType(this.type).setName(this.name).setOlds(struct(this.inputs)).setNews(struct(news));
  }

  private updateRequest(checked: Wire): UpdateRequest {
    return this.addressed(new UpdateRequest()).setOlds(struct(this.outputs)).setOldInputs(struct(this.inputs)).setNews(struct(checked));
  }

  /** A request about this resource: its id (the recorded one unless given), URN, type and name. */
  private addressed<R extends Addressed<R>>(req: R, id = this.id): R {
    return req.setId(id).setUrn(this.urn).setType(this.type).setName(this.name);
  }
}

/** What an Invoke answered: the result as the engine receives it (secrets wrapped), or the argument failures as `property: reason`. */
export interface Invoked {
  result: Wire;
  failures: string[];
}

/**
 * The Invoke the engine sends for a program's function call: the token and the arguments (secrets wrapped as the
 * engine wraps them, unknowns as its sentinels), once the provider is configured.
 */
export async function invoke(plugin: PluginProcess, token: string, args: Wire): Promise<Invoked> {
  const resp = await plugin.rpc.invoke(new InvokeRequest().setTok(token).setArgs(struct(args)));
  return { result: plain(resp.getReturn()), failures: resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`) };
}
