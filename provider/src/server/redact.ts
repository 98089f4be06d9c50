// Secrets never reach logs or error messages, even when a lower layer (an SDK error that echoes
// a request parameter, say) puts one into a message. Every secret the server decodes is
// registered here and masked in anything it sends to the engine as text: raw, and in every
// encoding it travels in (percent-, form- and JSON-escaped), as a second line of defence behind
// the cloud port, which builds its messages without request details.

import { secretForms } from '../cloud';

const MASK = '[secret]';
// Very short values (a one-character security token in a test, say) would mask ordinary words.
const MIN_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();

  add(values: Iterable<string>): void {
    for (const v of values) if (v.length >= MIN_LENGTH) for (const form of secretForms(v)) this.secrets.add(form);
  }

  apply(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    return out;
  }
}
