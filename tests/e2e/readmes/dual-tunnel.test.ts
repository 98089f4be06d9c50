import { NO_PERPETUAL_DIFF } from '../support/exampleLifecycle';
import { describeExampleReadme } from '../support/exampleReadme';

describeExampleReadme('dual-tunnel', NO_PERPETUAL_DIFF);
