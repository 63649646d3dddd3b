#!/usr/bin/env node
import { buildProgram } from './program.js';
import { reportFatal } from './output.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFatal(error);
}
