import { runStep } from './step.js';
import { pipelineBlocked } from './pipeline-blocked/main.js';

await runStep(pipelineBlocked);
