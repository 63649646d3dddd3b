import { runStep } from './step.js';
import { auditArchive } from './audit-archive/main.js';

await runStep(auditArchive);
