// Lets Node 24 run the TypeScript sources directly (type stripping): maps `@powerx/<pkg>/<path>.js`
// to packages/<pkg>/src/<path>.ts and relative `.js` imports to their `.ts` sources.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
const root = ${JSON.stringify(new URL('..', import.meta.url).href)};
export async function resolve(specifier, context, next) {
  const pkg = /^@powerx\\/(core|platform|github|actions|cli)\\/(.*)\\.js$/.exec(specifier);
  if (pkg) return { url: new URL('packages/' + pkg[1] + '/src/' + pkg[2] + '.ts', root).href, shortCircuit: true };
  const cjs = /^@powerx\\/(core|platform|github|actions|cli)\\/(.*\\.cjs)$/.exec(specifier);
  if (cjs) return { url: new URL('packages/' + cjs[1] + '/src/' + cjs[2], root).href, shortCircuit: true };
  if (specifier.endsWith('.js') && (specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.endsWith('.ts')) {
    const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
    if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
  }
  return next(specifier, context);
}
`),
);
