import { runStep } from './step.js';
import { approvalSla } from './approval-sla/main.js';

await runStep(approvalSla);
