'use strict';
// Loaded by every mocha tier before any test: no cloud is reachable from a test, and without credentials
// the Alibaba credential chain would otherwise probe the ECS metadata address (100.100.100.200). Every
// process a test starts inherits this; the helpers that build an environment from scratch set it too.
process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = 'true';
