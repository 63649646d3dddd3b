/**
 * Notifications as GitHub issues: one open issue per subject and title, a comment per event. Each body carries a
 * marker, so a re-run finds what it already posted instead of posting it twice.
 */
import type { GitHubClient } from './octokit.js';

export interface NoticeResult {
  issue: number;
  url: string;
  action: 'issue-created' | 'commented' | 'already-posted';
}

/**
 * Posts `body` on the open issue titled `title` (with `label`), creating the issue when there is none. When a body
 * with `marker` is already there, nothing is posted.
 */
export async function postNotice(
  client: GitHubClient,
  owner: string,
  repo: string,
  input: { title: string; body: string; marker: string; label: string },
): Promise<NoticeResult> {
  const open = await client.paginate(client.rest.issues.listForRepo, { owner, repo, state: 'open', labels: input.label, per_page: 100 });
  const issue = open.find((i) => i.title === input.title && !i.pull_request);
  if (!issue) {
    const { data } = await client.rest.issues.create({ owner, repo, title: input.title, body: input.body, labels: [input.label] });
    return { issue: data.number, url: data.html_url, action: 'issue-created' };
  }
  if (issue.body?.includes(input.marker)) return { issue: issue.number, url: issue.html_url, action: 'already-posted' };
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issue.number, per_page: 100 });
  const posted = comments.find((c) => c.body?.includes(input.marker));
  if (posted) return { issue: issue.number, url: posted.html_url, action: 'already-posted' };
  const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: input.body });
  return { issue: issue.number, url: data.html_url, action: 'commented' };
}

/** Times at which comments containing `marker` were posted on the issue titled `title` (for reminder pacing). */
export async function markedCommentTimes(client: GitHubClient, owner: string, repo: string, title: string, label: string, marker: string): Promise<string[]> {
  const open = await client.paginate(client.rest.issues.listForRepo, { owner, repo, state: 'open', labels: label, per_page: 100 });
  const issue = open.find((i) => i.title === title && !i.pull_request);
  if (!issue) return [];
  const times = issue.body?.includes(marker) ? [issue.created_at] : [];
  const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issue.number, per_page: 100 });
  return [...times, ...comments.filter((c) => c.body?.includes(marker)).map((c) => c.created_at)];
}
