#!/usr/bin/env node
// The CLI ships as one committed bundle (dist/cli), built from packages/cli/src by `npm run build`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 15)) {
  process.stderr.write(`powerx needs Node 24.15 or later (this is ${process.version}); run it through npx or npm scripts in this repository, which use the bundled Node 24.\n`);
  process.exit(2);
}
await import('../../../dist/cli/index.js');
