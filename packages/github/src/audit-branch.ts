/**
 * The long-term audit store: an append-only branch written through the Git database API, no checkout needed.
 *
 * The branch holds `audit.jsonl`, its own hash chain (one `audit.bundle.archived` record per archived run bundle),
 * and the bundles themselves under `bundles/<plugin>/<version>/<run>-<attempt>.jsonl`. Each append is one commit
 * whose parent is the branch head read before; the ref moves with a non-forced update, so a concurrent writer makes
 * GitHub answer "not a fast forward", which becomes `AuditConflictError` and the writer re-reads and re-seals.
 * Branches outlive artifacts: this is what keeps a release's audit trail for 180 days and more.
 */
import { createHash } from 'node:crypto';
import { parseJsonLines, serializeRecords } from '@powerx/core/audit/jsonl.js';
import { headOf, recordShapeProblem, type AuditHead, type AuditRecord } from '@powerx/core/audit/record.js';
import type { FileVerification } from '@powerx/core/audit/report.js';
import { AuditConflictError, assertContinues, type AuditStore } from '@powerx/core/audit/store.js';
import { verify } from '@powerx/core/audit/verify.js';
import type { GitHubClient } from './octokit.js';

export const AUDIT_FILE = 'audit.jsonl';
export const DEFAULT_AUDIT_BRANCH = 'powerx-audit';

interface BranchState {
  commit: string;
  tree: string;
  text: string;
}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class GitBranchAuditStore implements AuditStore {
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  private readonly client: GitHubClient;

  constructor(client: GitHubClient, owner: string, repo: string, branch = DEFAULT_AUDIT_BRANCH) {
    this.client = client;
    this.owner = owner;
    this.repo = repo;
    this.branch = branch;
  }

  get location(): string {
    return `github:${this.owner}/${this.repo}@${this.branch}`;
  }

  /** The branch head and the audit file at it, or undefined when the branch does not exist yet. */
  private async state(): Promise<BranchState | undefined> {
    let commit: string;
    try {
      const ref = await this.client.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${this.branch}` });
      commit = ref.data.object.sha;
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
    const { data } = await this.client.rest.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: commit });
    const text = (await this.readFile(data.tree.sha, AUDIT_FILE)) ?? '';
    return { commit, tree: data.tree.sha, text };
  }

  /** Reads a file from a tree by path (one level per request), or undefined when absent. */
  async readFile(treeSha: string, path: string): Promise<string | undefined> {
    let tree = treeSha;
    const parts = path.split('/');
    for (const [i, part] of parts.entries()) {
      const { data } = await this.client.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: tree });
      const entry = data.tree.find((e) => e.path === part);
      if (!entry?.sha) return undefined;
      if (i === parts.length - 1) {
        if (entry.type !== 'blob') return undefined;
        const blob = await this.client.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: entry.sha });
        return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      }
      if (entry.type !== 'tree') return undefined;
      tree = entry.sha;
    }
    return undefined;
  }

  /** Reads a file at the branch head. */
  async readAtHead(path: string): Promise<string | undefined> {
    const state = await this.state();
    return state ? this.readFile(state.tree, path) : undefined;
  }

  private parse(text: string): AuditRecord[] {
    return parseJsonLines(text).map((line) => {
      const problem = line.error ?? recordShapeProblem(line.value);
      if (problem !== undefined) throw new Error(`${this.location}:${AUDIT_FILE}:${line.line}: ${problem}`);
      return line.value as AuditRecord;
    });
  }

  async head(): Promise<AuditHead | undefined> {
    const state = await this.state();
    const last = state ? this.parse(state.text).at(-1) : undefined;
    return last ? headOf(last) : undefined;
  }

  async read(): Promise<AuditRecord[]> {
    const state = await this.state();
    return state ? this.parse(state.text) : [];
  }

  async append(records: readonly AuditRecord[]): Promise<void> {
    await this.appendWithFiles(records, {});
  }

  /**
   * Appends records and adds files in one commit. Files may only be added, never replaced: an existing path
   * with other content is refused (the branch is append-only); the same content again is accepted (a re-run).
   */
  async appendWithFiles(records: readonly AuditRecord[], files: Readonly<Record<string, string>>, message?: string): Promise<{ commit: string } | undefined> {
    if (records.length === 0 && Object.keys(files).length === 0) return undefined;
    const state = await this.state();
    const existing = state ? this.parse(state.text) : [];
    const last = existing.at(-1);
    assertContinues(last ? headOf(last) : undefined, records);
    const entries: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
    for (const [path, content] of Object.entries(files)) {
      if (path === AUDIT_FILE || path.startsWith('/') || path.split('/').includes('..')) throw new Error(`cannot write ${path} on the audit branch`);
      const present = state ? await this.readFile(state.tree, path) : undefined;
      if (present !== undefined) {
        if (present !== content) throw new Error(`${this.location}:${path} already exists with other content; the audit branch is append-only`);
        continue;
      }
      entries.push({ path, mode: '100644', type: 'blob', sha: await this.blob(content) });
    }
    if (records.length > 0) {
      entries.push({ path: AUDIT_FILE, mode: '100644', type: 'blob', sha: await this.blob((state?.text ?? '') + serializeRecords(records)) });
    }
    if (entries.length === 0) return state ? { commit: state.commit } : undefined;
    const tree = await this.client.rest.git.createTree({ owner: this.owner, repo: this.repo, tree: entries, ...(state ? { base_tree: state.tree } : {}) });
    const commit = await this.client.rest.git.createCommit({
      owner: this.owner,
      repo: this.repo,
      message: message ?? `audit: append ${records.length} record(s)`,
      tree: tree.data.sha,
      parents: state ? [state.commit] : [],
    });
    try {
      if (state) {
        await this.client.rest.git.updateRef({ owner: this.owner, repo: this.repo, ref: `heads/${this.branch}`, sha: commit.data.sha, force: false });
      } else {
        await this.client.rest.git.createRef({ owner: this.owner, repo: this.repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
      }
    } catch (error) {
      if (status(error) === 422) throw new AuditConflictError(`${this.location} moved while appending: ${(error as Error).message}`, last ? headOf(last) : undefined);
      throw error;
    }
    return { commit: commit.data.sha };
  }

  private async blob(content: string): Promise<string> {
    const { data } = await this.client.rest.git.createBlob({ owner: this.owner, repo: this.repo, content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' });
    return data.sha;
  }
}

/** What the archive record says about a run bundle. */
export interface ArchivedBundle {
  path: string;
  sha256: string;
  records: number;
  chain: string;
  head: string;
  subject: string;
  commit: string;
  runId: string;
  attempt: number;
  blocked: boolean;
  released: boolean;
}

/** One path per bundle state: a bundle that grew since it was archived is archived again under a new name. */
export function bundlePath(subject: string, runId: string, attempt: number, head: string): string {
  const at = subject.lastIndexOf('@');
  const plugin = (at > 0 ? subject.slice(0, at) : subject).replace(/[^A-Za-z0-9._-]/g, '_');
  const version = (at > 0 ? subject.slice(at + 1) : 'unversioned').replace(/[^A-Za-z0-9._+-]/g, '_');
  return `bundles/${plugin}/${version}/${runId.replace(/[^A-Za-z0-9_-]/g, '_')}-${attempt}-${head.slice(0, 12)}.jsonl`;
}

/** Describes a verified bundle for its archive record. Throws when the bundle does not verify. */
export function describeBundle(text: string, subject: string, runId: string, attempt: number, commit: string): ArchivedBundle {
  const result = verify(text);
  if (!result.ok) throw new Error(`the run's audit bundle does not verify: ${result.problem.message}`);
  const records = parseJsonLines(text).map((l) => l.value as AuditRecord);
  const mine = records.filter((r) => r.subject === subject);
  const head = result.head?.hash ?? '';
  return {
    path: bundlePath(subject, runId, attempt, head),
    sha256: sha256(text),
    records: result.count,
    chain: result.head?.chain ?? '',
    head,
    subject,
    commit,
    runId,
    attempt,
    blocked: mine.some((r) => r.action === 'publish.pipeline.blocked'),
    released: mine.some((r) => r.action === 'plugin.release.published'),
  };
}

/**
 * Verifies the branch: its own chain, and each archived bundle against the digest and head its archive record
 * committed to. One result per file, as `powerx audit verify` prints them.
 */
export async function verifyAuditBranch(store: GitBranchAuditStore): Promise<FileVerification[]> {
  const results: FileVerification[] = [];
  const indexName = `${store.location}:${AUDIT_FILE}`;
  const text = await store.readAtHead(AUDIT_FILE);
  if (text === undefined) return [{ file: indexName, ok: false, error: 'no audit branch or no audit.jsonl on it' }];
  const index = verify(text);
  results.push({ file: indexName, ...index });
  const records = parseJsonLines(text)
    .map((l) => l.value)
    .filter((v): v is AuditRecord => recordShapeProblem(v) === undefined);
  for (const record of records.filter((r) => r.action === 'audit.bundle.archived')) {
    const details = record.details as unknown as Partial<ArchivedBundle>;
    const path = String(details.path ?? '');
    const name = `${store.location}:${path}`;
    const bundle = path ? await store.readAtHead(path) : undefined;
    if (bundle === undefined) {
      results.push({ file: name, ok: false, problem: { code: 'deleted', message: `bundle archived by record ${record.seq} is missing`, index: 0 }, count: 0 });
      continue;
    }
    if (sha256(bundle) !== details.sha256) {
      results.push({ file: name, ok: false, problem: { code: 'edited', message: `bundle content differs from the sha256 archived by record ${record.seq}`, index: 0 }, count: 0 });
      continue;
    }
    const anchored = verify(bundle, { head: String(details.head ?? ''), count: Number(details.records ?? 0) });
    results.push({ file: name, ...anchored });
  }
  return results;
}

/** An `AuditStore` view of the branch that adds `files` to the commit of the next append. */
export function withFiles(store: GitBranchAuditStore, files: Readonly<Record<string, string>>, message: string): AuditStore {
  return {
    head: () => store.head(),
    read: () => store.read(),
    append: async (records) => {
      await store.appendWithFiles(records, files, message);
    },
  };
}
