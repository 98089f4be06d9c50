// The nested update and the replacement of these settings run through the plugin in
// tests/integration/server/exampleShapes.test.ts; the CLI's rendering of both in readmes/basic.test.ts.
import { NO_PERPETUAL_DIFF } from '../support/exampleLifecycle';
import { describeExampleReadme } from '../support/exampleReadme';

describeExampleReadme('guomi', NO_PERPETUAL_DIFF);
