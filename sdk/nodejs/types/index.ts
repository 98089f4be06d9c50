// The SDK's type namespaces, as in Pulumi's generated SDKs (`types.input`, `types.output`, `types.enums`).
import * as enums from './enums';
import * as input from './input';
import * as output from './output';

export { enums, input, output };
