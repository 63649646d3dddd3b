import { runStep } from './step.js';
import { replayEvents } from './replay-events/main.js';

await runStep(replayEvents);
