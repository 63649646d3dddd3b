import { runStep } from './step.js';
import { approvalRecord } from './approval-record/main.js';

await runStep(approvalRecord);
