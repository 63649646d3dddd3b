/**
 * node-semver with its default options only: no loose parsing, and a prerelease satisfies a range only
 * when the range names a prerelease of the same major.minor.patch. An invalid version or range is bad
 * input (a `ConfigError`), never a verdict. Parsed values are cached: a check of thousands of tenants
 * parses each distinct string once.
 */
import semver from 'semver';
import { ConfigError, type SourceLocation } from '../errors.js';

const { Range, SemVer } = semver;
export type Version = InstanceType<typeof SemVer>;
export type VersionRange = InstanceType<typeof Range>;

const CACHE_LIMIT = 50_000;
const versions = new Map<string, Version | null>();
const ranges = new Map<string, VersionRange | null>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The parsed version, or undefined when `text` is not a valid semver version. */
export function tryVersion(text: string): Version | undefined {
  let parsed = versions.get(text);
  if (parsed === undefined) {
    let value: Version | null = null;
    if (typeof text === 'string') {
      try {
        value = new SemVer(text);
      } catch {
        value = null;
      }
    }
    parsed = remember(versions, text, value);
  }
  return parsed ?? undefined;
}

/** The parsed range, or undefined when `text` is not a valid node-semver range. */
export function tryRange(text: string): VersionRange | undefined {
  let parsed = ranges.get(text);
  if (parsed === undefined) {
    let value: VersionRange | null = null;
    if (typeof text === 'string') {
      try {
        value = new Range(text);
      } catch {
        value = null;
      }
    }
    parsed = remember(ranges, text, value);
  }
  return parsed ?? undefined;
}

/** Where a value came from and what it is, for the error message: `tenant tn-1 hostVersion`. */
export interface ValueOrigin extends SourceLocation {
  what: string;
}

export function parseVersion(text: string, origin: ValueOrigin): Version {
  const parsed = tryVersion(text);
  if (!parsed) {
    const { what, ...location } = origin;
    throw ConfigError.single(`${what} ${JSON.stringify(text)} is not a valid semver version`, location, 'semver-version');
  }
  return parsed;
}

export function parseRange(text: string, origin: ValueOrigin): VersionRange {
  const parsed = tryRange(text);
  if (!parsed) {
    const { what, ...location } = origin;
    throw ConfigError.single(`${what} ${JSON.stringify(text)} is not a valid node-semver range`, location, 'semver-range');
  }
  return parsed;
}

/** node-semver's default satisfaction test (prereleases only match ranges that name them). */
export function satisfies(version: Version, range: VersionRange): boolean {
  return range.test(version);
}

export function compareVersions(a: Version, b: Version): number {
  return a.compare(b);
}

export function isPrerelease(version: Version): boolean {
  return version.prerelease.length > 0;
}
