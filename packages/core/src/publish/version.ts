/**
 * Is the submitted version new, and greater than the last released one?
 *
 * - A version that already exists in the catalog with the same artifact digest is this submission again
 *   (a re-run): it passes, so re-running a workflow converges.
 * - The same version with another digest, or a yanked one, is taken: a version number is never reused.
 * - Otherwise the version must be greater than the highest release in the catalog (prereleases and yanked
 *   releases included: their numbers are spent). One exception keeps LTS lines serviceable: when the
 *   highest release of the submitted version's major line belongs to an LTS line, the version need only
 *   be greater than that line's highest release.
 */
import semver from 'semver';
import { check, type Check } from './checks.js';

export interface CatalogVersion {
  version: string;
  yanked?: boolean;
  /** `sha256:<hex>` or null. */
  digest?: string | null;
  ltsLine?: string | null;
  lts?: boolean;
}

export interface VersionDecision {
  check: Check;
  /** The same version and digest were submitted before. */
  resubmission: boolean;
  /** What the version was compared with. */
  latest?: string;
  line?: { name: string; latest: string };
}

function lineOf(version: semver.SemVer): string {
  return version.major === 0 ? `0.${version.minor}` : String(version.major);
}

export function checkNewVersion(versionText: string, digest: string, releases: readonly CatalogVersion[]): VersionDecision {
  const title = 'Version is new and greater than the last release';
  // No loose forms: `v1.2.3` or ` 1.2.3` are not versions a catalog stores.
  const version = semver.valid(versionText) === versionText ? semver.parse(versionText) : null;
  if (!version) {
    return { resubmission: false, check: check('version', title, 'fail', `${JSON.stringify(versionText)} is not a valid semantic version`, { code: 'version-invalid' }) };
  }
  const parsed = releases
    .map((r) => ({ release: r, version: semver.parse(r.version) }))
    .filter((r): r is { release: CatalogVersion; version: semver.SemVer } => r.version !== null);

  const same = parsed.find((r) => r.version.compare(version) === 0);
  if (same) {
    const wanted = `sha256:${digest}`;
    if (same.release.yanked) {
      return { resubmission: false, check: check('version', title, 'fail', `${version.version} was released and yanked; a version number is never reused`, { code: 'version-exists' }) };
    }
    if (same.release.digest && same.release.digest === wanted) {
      return { resubmission: true, check: check('version', title, 'pass', `${version.version} was already submitted with this artifact (re-run)`) };
    }
    const other = same.release.digest ? ` with another artifact (${same.release.digest})` : '';
    return { resubmission: false, check: check('version', title, 'fail', `${version.version} already exists in the catalog${other}`, { code: 'version-exists' }) };
  }

  const others = parsed.sort((a, b) => b.version.compare(a.version));
  const latest = others[0];
  if (!latest) return { resubmission: false, check: check('version', title, 'pass', `${version.version} is the first release`) };
  if (version.compare(latest.version) > 0) {
    return { resubmission: false, latest: latest.version.version, check: check('version', title, 'pass', `${version.version} > ${latest.version.version} (last release)`) };
  }
  const line = lineOf(version);
  const lineLatest = others.find((r) => lineOf(r.version) === line);
  if (lineLatest && (lineLatest.release.lts || lineLatest.release.ltsLine) && version.compare(lineLatest.version) > 0) {
    return {
      resubmission: false,
      latest: latest.version.version,
      line: { name: lineLatest.release.ltsLine ?? line, latest: lineLatest.version.version },
      check: check('version', title, 'pass', `${version.version} > ${lineLatest.version.version} on LTS line ${lineLatest.release.ltsLine ?? line} (last release overall ${latest.version.version})`),
    };
  }
  return {
    resubmission: false,
    latest: latest.version.version,
    check: check('version', title, 'fail', `${version.version} is not greater than the last release ${latest.version.version}`, { code: 'version-not-newer' }),
  };
}
