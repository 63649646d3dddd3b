/** Local `$ref` resolution inside one OpenAPI document (`#/components/...`). External references are not followed. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `#/components/schemas/a~1b` -> `['components', 'schemas', 'a/b']`; undefined for anything but a local pointer. */
export function refTokens(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment === '') return [];
  if (!fragment.startsWith('/')) return undefined;
  return fragment
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function resolveRef(document: unknown, ref: string): unknown {
  const tokens = refTokens(ref);
  if (tokens === undefined) return undefined;
  let node: unknown = document;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node)) node = Object.hasOwn(node, token) ? node[token] : undefined;
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Follows a chain of `{ $ref }` objects (parameters, request bodies, responses, headers, path items) to the
 * object they name. Returns undefined for a dangling or circular chain.
 */
export function deref(document: unknown, value: unknown): unknown {
  let node = value;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return undefined;
    seen.add(node.$ref);
    node = resolveRef(document, node.$ref);
  }
  return node;
}
