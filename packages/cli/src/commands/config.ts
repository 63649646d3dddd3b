import { Command, Option } from 'commander';
import { validateConfigFiles } from '@powerx/core/config/files.js';
import { renderValidationMarkdown, renderValidationText } from '@powerx/core/config/report.js';
import { EXIT, processIo, type Format, type Io } from '../output.js';

export function configCommand(io: Io = processIo): Command {
  const config = new Command('config').description('Work with the suite configuration files');
  config
    .command('validate')
    .description('Validate configuration files and plugin manifests against their schemas (exit 0 valid, 2 invalid)')
    .argument('[files...]', 'files or glob patterns (default: powerx-plugin.yaml and config/**/*.yaml)')
    .option('-C, --cwd <dir>', 'directory the patterns are relative to', process.cwd())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .action(async (files: string[], options: { cwd: string; format: Format }) => {
      const report = await validateConfigFiles(files, options.cwd);
      if (options.format === 'json') io.out(JSON.stringify(report, null, 2));
      else if (options.format === 'md') io.out(renderValidationMarkdown(report));
      else io.out(renderValidationText(report));
      process.exitCode = report.valid ? EXIT.ok : EXIT.badInput;
    });
  return config;
}
