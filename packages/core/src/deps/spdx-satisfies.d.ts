declare module 'spdx-satisfies' {
  /** Whether an SPDX expression can be satisfied using only the approved licences (simple ids, `+` ranges, `WITH` exceptions). Throws on an invalid expression. */
  export default function satisfies(expression: string, approved: string[]): boolean;
}
