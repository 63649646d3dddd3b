import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@powerx\/(core|platform|github|actions|cli)\/(.*)\.js$/, replacement: `${root}packages/$1/src/$2.ts` },
      { find: /^@powerx\/(core|platform|github|actions|cli)\/(.*\.cjs)$/, replacement: `${root}packages/$1/src/$2` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
