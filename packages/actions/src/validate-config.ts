import { runStep } from './step.js';
import { validateConfig } from './validate-config/main.js';

await runStep(validateConfig);
