// The tag limits Alibaba Cloud documents for TagResources and the Tags.N of the Create actions, the same for every
// resource type of the VPC API.

/** Tags one resource may carry. */
export const TAGS_MAX = 20;
export const TAG_KEY_MAX = 64;
export const TAG_VALUE_MAX = 128;
/** Neither a key nor a value may start with these (any case). */
export const TAG_FORBIDDEN_PREFIXES: readonly string[] = ['aliyun', 'acs:'];
/** Neither a key nor a value may contain these (any case). */
export const TAG_FORBIDDEN_PARTS: readonly string[] = ['http://', 'https://'];
