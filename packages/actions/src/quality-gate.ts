import { runStep } from './step.js';
import { qualityGate } from './quality-gate/main.js';

await runStep(qualityGate);
