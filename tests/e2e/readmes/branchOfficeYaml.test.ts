// examples/branch-office/yaml: the whole topology in Pulumi YAML, on Pulumi's own YAML host (tests/e2e/support/topology.ts).
import { describeExampleReadme } from '../support/exampleReadme';
import { DEPLOYED_AND_TORN_DOWN } from '../support/topology';

describeExampleReadme('branch-office/yaml', DEPLOYED_AND_TORN_DOWN);
