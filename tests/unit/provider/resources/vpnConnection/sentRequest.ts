// What a stubbed port was sent, read back from the API's flat parameters into a nested view with the
// parameters' names first letter lower-case (`Tags.1.Key` → tags[0].key, `TunnelOptionsSpecification.2.TunnelId`
// → tunnelOptionsSpecification[1].tunnelId), booleans as booleans, for assertions.
import type { ApiRequest } from 'pulumi-resource-alicloudvpn/dist/cloud';

type View = Record<string, unknown>;

const lower = (k: string): string => k.charAt(0).toLowerCase() + k.slice(1);

export function sent(req: ApiRequest): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const out: View = {};
  for (const [key, raw] of Object.entries(req.params)) {
    const value = raw === 'true' ? true : raw === 'false' ? false : raw;
    const parts = key.split('.');
    let cur: View | unknown[] = out;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const index = /^\d+$/.test(part) ? Number(part) - 1 : undefined;
      const name = index ?? lower(part);
      const container = cur as Record<string | number, unknown>;
      if (last) container[name] = value;
      else {
        if (container[name] === undefined) container[name] = /^\d+$/.test(parts[i + 1]) ? [] : {};
        cur = container[name] as View;
      }
    });
  }
  return out;
}
