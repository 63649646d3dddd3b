import { runStep } from './step.js';
import { approvalsSync } from './approvals-sync/main.js';

await runStep(approvalsSync);
