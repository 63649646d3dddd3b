import { compatStage } from './compat.js';
import { eventsStage } from './events.js';
import { platformStage } from './platform.js';
import { releaseStage } from './release.js';
import type { DemoStage } from './stage.js';

/** The demo runs these in order; each capability adds its stage here. */
export const DEMO_STAGES: readonly DemoStage[] = [platformStage, compatStage, eventsStage, releaseStage];
