import type { Io } from '../output.js';

/** What every demo stage gets: the embedded simulator and GitHub double, a work directory, the audit log path. */
export interface DemoContext {
  platformUrl: string;
  platformToken: string;
  githubUrl: string;
  githubToken: string;
  /** owner/repo the demo acts on in the GitHub double. */
  repository: string;
  workDir: string;
  auditPath: string;
  io: Io;
}

export interface DemoStageResult {
  /** One line per notable outcome, printed under the stage name. */
  lines: string[];
  /** Label -> path of a report, plan or log the stage wrote. */
  artifacts: Record<string, string>;
}

export interface DemoStage {
  name: string;
  run(context: DemoContext): Promise<DemoStageResult>;
}
