import { runStep } from './step.js';
import { deployTestTenant, releaseTestTenant } from './deploy-test-tenant/main.js';
import { getState } from '@powerx/github/runner.js';

// One bundle serves both scripts: the main step saves state, the post step finds it.
await runStep(getState('is-post') === 'true' ? releaseTestTenant : deployTestTenant);
