import { Command } from 'commander';
import { approvalsCommand } from './commands/approvals.js';
import { auditCommand } from './commands/audit.js';
import { configCommand } from './commands/config.js';
import { demoCommand } from './commands/demo.js';
import { eventsCommand } from './commands/events.js';
import { gateCommand } from './commands/gate.js';
import { pluginCommand } from './commands/plugin.js';
import { publishCommand } from './commands/publish.js';
import { releaseCommand } from './commands/release.js';
import { simCommand } from './commands/sim.js';
import { EXIT } from './output.js';

/** Usage mistakes exit 2 (bad input) everywhere, never 1, which means "a policy said no". */
function applyConventions(command: Command): void {
  command.exitOverride((error) => {
    if (error.exitCode === 0) throw error;
    throw Object.assign(error, { exitCode: EXIT.badInput });
  });
  command.showHelpAfterError();
  for (const sub of command.commands) applyConventions(sub);
}

export function buildProgram(): Command {
  const program = new Command('powerx')
    .description('PowerX plugin release suite: verify, approve, guard, roll out and announce plugin versions')
    .version('0.1.0');
  program.addCommand(configCommand());
  program.addCommand(auditCommand());
  program.addCommand(demoCommand());
  program.addCommand(simCommand());
  program.addCommand(eventsCommand());
  program.addCommand(pluginCommand());
  program.addCommand(publishCommand());
  program.addCommand(approvalsCommand());
  program.addCommand(releaseCommand());
  program.addCommand(gateCommand());
  applyConventions(program);
  return program;
}
