import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import type { ConfigIssue } from '../errors.js';

/** A parsed YAML or JSON document that can still answer "which line is this value on?". */
export interface SourceDocument {
  file: string;
  value: unknown;
  locate(pointer: string, key?: string): { line: number; column: number };
}

export type ParseResult = { ok: true; source: SourceDocument } | { ok: false; issues: ConfigIssue[] };

/**
 * Parses YAML 1.2 (JSON is a subset) keeping source positions. Duplicate keys, syntax errors and
 * excessive alias expansion are reported as located issues, never thrown.
 */
export function parseSource(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: syntax.map((e) => ({
        file,
        ...position(e.pos[0]),
        message: firstLine(e.message),
        code: e.code.toLowerCase().replace(/_/g, '-'),
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, issues: [{ file, line: 1, column: 1, message: firstLine(String((error as Error).message)), code: 'yaml' }] };
  }
  return {
    ok: true,
    source: {
      file,
      value,
      locate: (pointer, key) => {
        const node = nodeAt(doc, pointer, key);
        return node?.range ? position(node.range[0]) : { line: 1, column: 1 };
      },
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The node a JSON pointer names; with `key`, the key node of that property (for unknown-key errors). */
function nodeAt(doc: Document, pointer: string, key?: string): Node | undefined {
  let node: unknown = doc.contents;
  const parts = pointer === '' ? [] : pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) parts.push(key);
  let last: Node | undefined = node as Node | undefined;
  for (const [i, part] of parts.entries()) {
    const isLast = i === parts.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === part);
      if (!pair) return last;
      if (isLast && key !== undefined) return (pair.key as Node) ?? last;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      node = node.items[Number(part)];
    } else {
      return last;
    }
    if (node) last = node as Node;
  }
  return last;
}
