import { Command } from 'commander';
import { configCommand } from './commands/config.js';

export function buildProgram(): Command {
  const program = new Command('powerx')
    .description('PowerX plugin release suite: verify, approve, guard, roll out and announce plugin versions')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  program.addCommand(configCommand());
  return program;
}
