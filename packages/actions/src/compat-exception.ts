import { runStep } from './step.js';
import { compatException } from './compat-exception/main.js';

await runStep(compatException);
