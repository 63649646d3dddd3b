import * as cvssModule from 'ae-cvss-calculator';
import { severityFromScore, type Severity } from './findings.js';

export type CvssVersion = '2.0' | '3.0' | '3.1' | '4.0';

export interface CvssScore {
  version: CvssVersion;
  vector: string;
  /** Base score as the specification computes it (for v4.0 the score of the vector as written, threat metrics included). */
  score: number;
  severity: Severity;
}

type Calculator = Pick<typeof cvssModule, 'fromVector'>;
// A UMD bundle marked __esModule: Node's ESM loader puts it under `default`, the bundler exposes it directly.
const calculator: Calculator = typeof (cvssModule as Partial<Calculator>).fromVector === 'function' ? cvssModule : (cvssModule as unknown as { default: Calculator }).default;

type Metrics = Record<string, readonly string[]>;

const V3: Metrics = {
  AV: ['N', 'A', 'L', 'P'], AC: ['L', 'H'], PR: ['N', 'L', 'H'], UI: ['N', 'R'], S: ['U', 'C'], C: ['H', 'L', 'N'], I: ['H', 'L', 'N'], A: ['H', 'L', 'N'],
  E: ['X', 'U', 'P', 'F', 'H'], RL: ['X', 'O', 'T', 'W', 'U'], RC: ['X', 'U', 'R', 'C'],
  CR: ['X', 'L', 'M', 'H'], IR: ['X', 'L', 'M', 'H'], AR: ['X', 'L', 'M', 'H'],
  MAV: ['X', 'N', 'A', 'L', 'P'], MAC: ['X', 'L', 'H'], MPR: ['X', 'N', 'L', 'H'], MUI: ['X', 'N', 'R'], MS: ['X', 'U', 'C'],
  MC: ['X', 'N', 'L', 'H'], MI: ['X', 'N', 'L', 'H'], MA: ['X', 'N', 'L', 'H'],
};
const V3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];

const V4: Metrics = {
  AV: ['N', 'A', 'L', 'P'], AC: ['L', 'H'], AT: ['N', 'P'], PR: ['N', 'L', 'H'], UI: ['N', 'P', 'A'],
  VC: ['H', 'L', 'N'], VI: ['H', 'L', 'N'], VA: ['H', 'L', 'N'], SC: ['H', 'L', 'N'], SI: ['H', 'L', 'N'], SA: ['H', 'L', 'N'],
  E: ['X', 'A', 'P', 'U'],
  CR: ['X', 'H', 'M', 'L'], IR: ['X', 'H', 'M', 'L'], AR: ['X', 'H', 'M', 'L'],
  MAV: ['X', 'N', 'A', 'L', 'P'], MAC: ['X', 'L', 'H'], MAT: ['X', 'N', 'P'], MPR: ['X', 'N', 'L', 'H'], MUI: ['X', 'N', 'P', 'A'],
  MVC: ['X', 'H', 'L', 'N'], MVI: ['X', 'H', 'L', 'N'], MVA: ['X', 'H', 'L', 'N'], MSC: ['X', 'H', 'L', 'N'], MSI: ['X', 'S', 'H', 'L', 'N'], MSA: ['X', 'S', 'H', 'L', 'N'],
  S: ['X', 'N', 'P'], AU: ['X', 'N', 'Y'], R: ['X', 'A', 'U', 'I'], V: ['X', 'D', 'C'], RE: ['X', 'L', 'M', 'H'], U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
};
const V4_BASE = ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'];

const V2: Metrics = {
  AV: ['L', 'A', 'N'], AC: ['H', 'M', 'L'], Au: ['M', 'S', 'N'], C: ['N', 'P', 'C'], I: ['N', 'P', 'C'], A: ['N', 'P', 'C'],
  E: ['U', 'POC', 'F', 'H', 'ND'], RL: ['OF', 'TF', 'W', 'U', 'ND'], RC: ['UC', 'UR', 'C', 'ND'],
  CDP: ['N', 'L', 'LM', 'MH', 'H', 'ND'], TD: ['N', 'L', 'M', 'H', 'ND'], CR: ['L', 'M', 'H', 'ND'], IR: ['L', 'M', 'H', 'ND'], AR: ['L', 'M', 'H', 'ND'],
};
const V2_BASE = ['AV', 'AC', 'Au', 'C', 'I', 'A'];

export class CvssError extends Error {
  override name = 'CvssError';
}

function checkMetrics(parts: string[], metrics: Metrics, base: string[], label: string): void {
  const seen = new Set<string>();
  for (const part of parts) {
    const colon = part.indexOf(':');
    const name = colon > 0 ? part.slice(0, colon) : part;
    const value = colon > 0 ? part.slice(colon + 1) : '';
    const allowed = metrics[name];
    if (!allowed) throw new CvssError(`${label} has no metric "${name}"`);
    if (seen.has(name)) throw new CvssError(`${label} metric ${name} appears twice`);
    if (!allowed.includes(value)) throw new CvssError(`${label} metric ${name} cannot be "${value}" (allowed: ${allowed.join(', ')})`);
    seen.add(name);
  }
  const missing = base.filter((m) => !seen.has(m));
  if (missing.length > 0) throw new CvssError(`${label} vector lacks base metric(s) ${missing.join(', ')}`);
}

/**
 * Validates a CVSS vector against its version's metric table (v2.0, v3.0, v3.1, v4.0) and computes the
 * score with `ae-cvss-calculator`. Throws `CvssError` for anything that is not a complete, valid vector.
 */
export function parseCvss(vector: string): CvssScore {
  const text = vector.trim();
  const prefixed = /^CVSS:(\d\.\d)\/(.*)$/.exec(text);
  let version: CvssVersion;
  let parts: string[];
  if (prefixed) {
    const v = prefixed[1]!;
    if (v !== '3.0' && v !== '3.1' && v !== '4.0' && v !== '2.0') throw new CvssError(`CVSS version ${v} is not supported (2.0, 3.0, 3.1 and 4.0 are)`);
    version = v;
    parts = prefixed[2]!.split('/');
  } else if (/^\(?AV:[LAN]\//.test(text)) {
    version = '2.0';
    parts = text.replace(/^\(|\)$/g, '').split('/');
  } else {
    throw new CvssError(`"${text.slice(0, 80)}" is not a CVSS vector (expected CVSS:3.1/AV:N/… or CVSS:4.0/AV:N/…)`);
  }
  if (version === '4.0') checkMetrics(parts, V4, V4_BASE, 'CVSS 4.0');
  else if (version === '2.0') checkMetrics(parts, V2, V2_BASE, 'CVSS 2.0');
  else checkMetrics(parts, V3, V3_BASE, `CVSS ${version}`);
  const normalised = version === '2.0' ? parts.join('/') : `CVSS:${version}/${parts.join('/')}`;
  const model = calculator.fromVector(normalised);
  const score = model?.calculateScores().base;
  if (!model || typeof score !== 'number' || !Number.isFinite(score)) throw new CvssError(`cannot score ${normalised}`);
  return { version, vector: normalised, score, severity: version === '2.0' ? severityFromV2(score) : severityFromScore(score) };
}

/** NVD's rating for CVSS v2 scores, which has no critical band. */
function severityFromV2(score: number): Severity {
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

export function tryCvss(vector: unknown): CvssScore | undefined {
  if (typeof vector !== 'string' || vector.trim() === '') return undefined;
  try {
    return parseCvss(vector);
  } catch (error) {
    if (error instanceof CvssError) return undefined;
    throw error;
  }
}
