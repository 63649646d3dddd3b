import { runStep } from './step.js';
import { emitEvent } from './emit-event/main.js';

await runStep(emitEvent);
