// examples/branch-office/go: the whole topology on the generated Go SDK, on Pulumi's Go host (tests/e2e/support/topology.ts).
import { describeExampleReadme } from '../support/exampleReadme';
import { DEPLOYED_AND_TORN_DOWN } from '../support/topology';

describeExampleReadme('branch-office/go', DEPLOYED_AND_TORN_DOWN);
