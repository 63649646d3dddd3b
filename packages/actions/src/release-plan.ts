import { runStep } from './step.js';
import { releasePlan } from './release-plan/main.js';

await runStep(releasePlan);
