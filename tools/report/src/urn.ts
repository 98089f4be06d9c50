// Pulumi URNs: urn:pulumi:<stack>::<project>::<parent types $ ><type>::<name>

export interface UrnParts {
  stack: string;
  project: string;
  type: string;
  name: string;
}

export function parseUrn(urn: string): UrnParts {
  const parts = urn.split('::');
  if (parts.length < 4 || !parts[0].startsWith('urn:pulumi:')) return { stack: '', project: '', type: '', name: urn };
  const qualifiedType = parts[2];
  return {
    stack: parts[0].slice('urn:pulumi:'.length),
    project: parts[1],
    type: qualifiedType.slice(qualifiedType.lastIndexOf('$') + 1),
    // A name may itself contain "::".
    name: parts.slice(3).join('::'),
  };
}
