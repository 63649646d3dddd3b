import { runStep } from './step.js';
import { compatCheck } from './compat-check/main.js';

await runStep(compatCheck);
