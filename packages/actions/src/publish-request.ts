import { runStep } from './step.js';
import { publishRequest } from './publish-request/main.js';

await runStep(publishRequest);
