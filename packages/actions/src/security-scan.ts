import { runStep } from './step.js';
import { securityScan } from './security-scan/main.js';

await runStep(securityScan);
