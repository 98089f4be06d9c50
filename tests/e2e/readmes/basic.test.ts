import { nestedUpdateAndReplacement } from '../support/exampleLifecycle';
import { describeExampleReadme } from '../support/exampleReadme';

describeExampleReadme('basic', nestedUpdateAndReplacement({
  from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig',
}));
