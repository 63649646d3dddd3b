import { parseSource } from '../config/parse.js';
import { ConfigError, type SourceLocation } from '../errors.js';

/** A report file that is not the format it claims to be, or breaks that format's rules. */
export function reportError(file: string, message: string, location: Omit<SourceLocation, 'file'> = {}, code = 'invalid-report'): ConfigError {
  return ConfigError.single(message, { file, ...location }, code);
}

/** Line lookups for many offsets in one text: the line starts are indexed once, each lookup is a binary search. */
export function lineIndex(text: string): (offset: number) => number {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A JSON report: the parsed value plus the means to say where a value sits in the file.
 * Positions are computed only when an error needs one, so large reports parse at JSON.parse speed.
 */
export class JsonReport {
  readonly file: string;
  readonly text: string;
  readonly value: unknown;

  constructor(file: string, text: string, value: unknown) {
    this.file = file;
    this.text = text;
    this.value = value;
  }

  locate(pointer: string): { line: number; column: number } {
    const parsed = parseSource(this.text, this.file);
    return parsed.ok ? parsed.source.locate(pointer) : { line: 1, column: 1 };
  }

  error(pointer: string, message: string, code = 'invalid-report'): ConfigError {
    return reportError(this.file, message, { ...this.locate(pointer), pointer }, code);
  }
}

/** Parses JSON; a syntax error names the line and column, and says which format was expected. */
export function parseJsonReport(text: string, file: string, format: string): JsonReport {
  const clean = stripBom(text);
  if (clean.trim() === '') throw reportError(file, `is empty; expected a ${format} JSON document`, { line: 1, column: 1 }, 'empty-report');
  try {
    return new JsonReport(file, clean, JSON.parse(clean));
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumn(clean, Number(position[1])) : { line: 1, column: 1 };
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '');
    throw reportError(file, `is not valid JSON (${reason}); expected a ${format} document`, where, 'json-syntax');
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON pointer segment escaping. */
export function pointerPart(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
