/**
 * A content-addressed git object store with git's own hashing (blob, tree, commit, tag), refs, and the two
 * questions the API needs answered: "is this update a fast-forward?" and "what is at this path?".
 */
import { createHash } from 'node:crypto';

export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601. */
  date: string;
}

export interface GitBlob {
  type: 'blob';
  sha: string;
  content: Buffer;
}

export type TreeEntryType = 'blob' | 'tree' | 'commit';

export interface GitTreeEntry {
  name: string;
  /** As the REST API writes it: `100644`, `100755`, `040000`, `160000`, `120000`. */
  mode: string;
  type: TreeEntryType;
  sha: string;
}

export interface GitTree {
  type: 'tree';
  sha: string;
  entries: GitTreeEntry[];
}

export interface GitCommit {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export interface GitTag {
  type: 'tag';
  sha: string;
  tag: string;
  object: string;
  objectType: 'commit' | 'tree' | 'blob' | 'tag';
  tagger: GitPerson;
  message: string;
}

export type GitObject = GitBlob | GitTree | GitCommit | GitTag;

/** A tree edit: a path relative to the tree root; `sha: null` deletes the path. */
export interface TreeEdit {
  path: string;
  mode: string;
  type: TreeEntryType;
  sha: string | null;
}

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function signature(person: GitPerson): string {
  const seconds = Math.floor(new Date(person.date).getTime() / 1000);
  return `${person.name} <${person.email}> ${seconds} +0000`;
}

// Git orders tree entries by name, comparing a subtree's name as if it ended with '/'.
function treeSortKey(entry: GitTreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

export class GitStore {
  readonly objects = new Map<string, GitObject>();
  /** Fully qualified ref name (`refs/heads/main`, `refs/tags/v1.0.0`) -> sha. */
  readonly refs = new Map<string, string>();

  writeBlob(content: Buffer): GitBlob {
    const blob: GitBlob = { type: 'blob', sha: hashObject('blob', content), content };
    this.objects.set(blob.sha, blob);
    return blob;
  }

  writeTree(entries: GitTreeEntry[]): GitTree {
    const seen = new Set<string>();
    for (const e of entries) {
      if (e.name === '' || e.name.includes('/')) throw new GitError(`invalid tree entry name '${e.name}'`);
      if (seen.has(e.name)) throw new GitError(`duplicate tree entry '${e.name}'`);
      seen.add(e.name);
    }
    const sorted = [...entries].sort((a, b) => (treeSortKey(a) < treeSortKey(b) ? -1 : treeSortKey(a) > treeSortKey(b) ? 1 : 0));
    const body = Buffer.concat(
      sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')])),
    );
    const tree: GitTree = { type: 'tree', sha: hashObject('tree', body), entries: sorted };
    this.objects.set(tree.sha, tree);
    return tree;
  }

  writeCommit(input: { tree: string; parents: string[]; author: GitPerson; committer?: GitPerson; message: string }): GitCommit {
    if (this.get(input.tree)?.type !== 'tree') throw new GitError(`Tree SHA does not exist`);
    for (const parent of input.parents) if (this.get(parent)?.type !== 'commit') throw new GitError(`Parent SHA does not exist or is not a commit object`);
    const committer = input.committer ?? input.author;
    const text = [
      `tree ${input.tree}`,
      ...input.parents.map((p) => `parent ${p}`),
      `author ${signature(input.author)}`,
      `committer ${signature(committer)}`,
      '',
      input.message,
    ].join('\n');
    const commit: GitCommit = { type: 'commit', sha: hashObject('commit', Buffer.from(text)), tree: input.tree, parents: [...input.parents], author: input.author, committer, message: input.message };
    this.objects.set(commit.sha, commit);
    return commit;
  }

  writeTag(input: { tag: string; object: string; tagger: GitPerson; message: string }): GitTag {
    const target = this.get(input.object);
    if (!target) throw new GitError('Object does not exist');
    const text = [`object ${input.object}`, `type ${target.type}`, `tag ${input.tag}`, `tagger ${signature(input.tagger)}`, '', input.message].join('\n');
    const tag: GitTag = { type: 'tag', sha: hashObject('tag', Buffer.from(text)), tag: input.tag, object: input.object, objectType: target.type, tagger: input.tagger, message: input.message };
    this.objects.set(tag.sha, tag);
    return tag;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  /** Follows annotated tags to what they point at. */
  peel(sha: string): GitObject | undefined {
    let obj = this.get(sha);
    for (let i = 0; obj?.type === 'tag' && i < 16; i++) obj = this.get(obj.object);
    return obj;
  }

  /** A branch, tag, fully qualified ref or (abbreviated) commit sha, resolved to a commit. */
  resolveCommitish(name: string): GitCommit | undefined {
    const candidates = [name, `refs/heads/${name}`, `refs/tags/${name}`, `refs/${name}`];
    for (const ref of candidates) {
      const sha = this.refs.get(ref);
      if (sha !== undefined) {
        const obj = this.peel(sha);
        if (obj?.type === 'commit') return obj;
      }
    }
    if (/^[0-9a-f]{7,40}$/i.test(name)) {
      const lower = name.toLowerCase();
      const direct = this.peel(lower);
      if (direct?.type === 'commit') return direct;
      if (lower.length < 40) {
        const matches = [...this.objects.values()].filter((o): o is GitCommit => o.type === 'commit' && o.sha.startsWith(lower));
        if (matches.length === 1) return matches[0];
      }
    }
    return undefined;
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const obj = this.get(sha);
      if (obj?.type === 'commit') queue.push(...obj.parents);
    }
    return false;
  }

  /** Applies path edits on top of `baseTree` (or an empty tree), creating the intermediate trees. */
  editTree(baseTree: string | undefined, edits: TreeEdit[]): GitTree {
    const base = baseTree === undefined ? undefined : this.get(baseTree);
    if (baseTree !== undefined && base?.type !== 'tree') throw new GitError('base_tree is not a valid tree oid');
    return this.applyEdits(base?.type === 'tree' ? base.entries : [], edits);
  }

  private applyEdits(entries: GitTreeEntry[], edits: TreeEdit[]): GitTree {
    const byName = new Map(entries.map((e) => [e.name, e]));
    const nested = new Map<string, TreeEdit[]>();
    for (const edit of edits) {
      const parts = edit.path.split('/').filter((p) => p !== '');
      if (parts.length === 0) throw new GitError(`invalid path '${edit.path}'`);
      const [head, ...rest] = parts as [string, ...string[]];
      if (rest.length > 0) {
        nested.set(head, [...(nested.get(head) ?? []), { ...edit, path: rest.join('/') }]);
      } else if (edit.sha === null) {
        byName.delete(head);
      } else {
        if (!this.get(edit.sha) && edit.type !== 'commit') throw new GitError(`Object ${edit.sha} does not exist`);
        byName.set(head, { name: head, mode: edit.mode, type: edit.type, sha: edit.sha });
      }
    }
    for (const [name, subEdits] of nested) {
      const existing = byName.get(name);
      const sub = existing?.type === 'tree' ? this.get(existing.sha) : undefined;
      const tree = this.applyEdits(sub?.type === 'tree' ? sub.entries : [], subEdits);
      if (tree.entries.length === 0) byName.delete(name);
      else byName.set(name, { name, mode: '040000', type: 'tree', sha: tree.sha });
    }
    return this.writeTree([...byName.values()]);
  }

  /** The entry at `path` in `treeSha` (the root tree itself for an empty path). */
  entryAt(treeSha: string, path: string): GitTreeEntry | undefined {
    const parts = path.split('/').filter((p) => p !== '');
    let entry: GitTreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const part of parts) {
      const tree = this.get(entry.sha);
      if (tree?.type !== 'tree') return undefined;
      const next = tree.entries.find((e) => e.name === part);
      if (!next) return undefined;
      entry = next;
    }
    return entry;
  }

  /** Every entry under `treeSha`, with paths, depth first (what `?recursive=1` returns). */
  walkTree(treeSha: string, prefix = ''): Array<GitTreeEntry & { path: string }> {
    const tree = this.get(treeSha);
    if (tree?.type !== 'tree') return [];
    const out: Array<GitTreeEntry & { path: string }> = [];
    for (const e of tree.entries) {
      const path = prefix === '' ? e.name : `${prefix}/${e.name}`;
      out.push({ ...e, path });
      if (e.type === 'tree') out.push(...this.walkTree(e.sha, path));
    }
    return out;
  }
}
