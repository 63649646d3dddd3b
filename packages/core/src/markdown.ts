/** Small Markdown builders shared by job summaries and `--format md`. */

export function escapeCell(value: unknown): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const head = `| ${headers.map(escapeCell).join(' | ')} |`;
  const rule = `|${headers.map(() => '---').join('|')}|`;
  const body = rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

export function code(value: unknown): string {
  const text = String(value ?? '');
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

export function link(text: string, url: string | undefined): string {
  return url ? `[${text.replace(/[[\]]/g, '')}](${url})` : text;
}

export const STATUS_ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: 'ℹ️' } as const;

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
