/** The subset of PCL (HCL2 native syntax) that `pulumi import` and `pulumi convert` emit for resources. */
export type Expression =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'template'; parts: Array<string | Expression> }
  | { kind: 'tuple'; items: Expression[] }
  | { kind: 'object'; items: Array<{ key: string; value: Expression }> }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'traversal'; root: string; path: Array<string | number> };

export interface Attribute {
  kind: 'attribute';
  name: string;
  value: Expression;
}

export interface Block {
  kind: 'block';
  type: string;
  labels: string[];
  body: Array<Attribute | Block>;
}

export type BodyItem = Attribute | Block;
