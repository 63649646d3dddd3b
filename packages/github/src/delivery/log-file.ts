import { closeSync, createWriteStream, fstatSync, mkdirSync, openSync, readSync, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseDeliveryLog, type LogRecord } from '@powerx/core/events/log.js';
import type { ConfigIssue } from '@powerx/core/errors.js';

/** Where delivery records go. The file writer appends JSON lines; `records` keeps what this process wrote. */
export interface DeliveryLogWriter {
  readonly path: string | undefined;
  readonly records: LogRecord[];
  append(record: LogRecord): void;
  close(): Promise<void>;
}

/** Keeps records in memory only (tests, the bench). */
export class MemoryDeliveryLog implements DeliveryLogWriter {
  readonly path = undefined;
  readonly records: LogRecord[] = [];

  append(record: LogRecord): void {
    this.records.push(record);
  }

  async close(): Promise<void> {}
}

/**
 * Appends to a JSON-lines file through one stream, in order; records reach the file within a tick of happening.
 * A file that already exists is continued, so every step of a job, and a re-run that downloaded the
 * earlier log, writes one log.
 */
export class FileDeliveryLog implements DeliveryLogWriter {
  readonly path: string;
  readonly records: LogRecord[] = [];
  private readonly stream: WriteStream;
  private failed: Error | undefined;
  private pending: string[] = [];

  constructor(path: string) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    const cutOff = endsWithoutNewline(path);
    this.stream = createWriteStream(path, { flags: 'a' });
    this.stream.on('error', (error) => (this.failed = error));
    // A line cut off by an earlier crash stays alone on its line; readers skip it.
    if (cutOff) this.stream.write('\n');
  }

  append(record: LogRecord): void {
    if (this.failed) throw this.failed;
    this.records.push(record);
    // Lines written in the same tick go to the file in one write.
    if (this.pending.length === 0) setImmediate(() => this.flushPending());
    this.pending.push(JSON.stringify(record));
  }

  private flushPending(): void {
    if (this.pending.length === 0) return;
    this.stream.write(`${this.pending.join('\n')}\n`);
    this.pending = [];
  }

  close(): Promise<void> {
    this.flushPending();
    return new Promise((resolve, reject) => {
      this.stream.end(() => (this.failed ? reject(this.failed) : resolve()));
    });
  }
}

/** Reads and concatenates delivery logs; a missing file is an empty log when `optional`. */
export async function readDeliveryLogs(paths: readonly string[], options: { optional?: boolean } = {}): Promise<{ records: LogRecord[]; warnings: ConfigIssue[] }> {
  const records: LogRecord[] = [];
  const warnings: ConfigIssue[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && options.optional) continue;
      throw error;
    }
    const parsed = parseDeliveryLog(text, path);
    records.push(...parsed.records);
    warnings.push(...parsed.warnings);
  }
  return { records, warnings };
}

function endsWithoutNewline(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}
