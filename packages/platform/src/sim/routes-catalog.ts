import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import type { Plugin, PluginSummary, Release, ReleaseRegistration } from '../types.js';
import { header, json, paginate, type Handler, type SimContext } from './handler-kit.js';
import { canonicalJson } from './idempotency.js';
import { ProblemError, badRequest, conflict, notFound } from './problem.js';
import { latestStable, seededArtifactBytes, sha256Digest, type PluginInfo } from './seed.js';
import { publicArtifact, releaseKey, type StoredArtifact } from './state.js';
import { writeAtomically, type Change } from './store.js';

function requirePlugin(ctx: SimContext, pluginId: string): PluginInfo {
  const plugin = ctx.state.plugin(pluginId);
  if (!plugin) throw notFound('plugin_not_found', `Plugin ${pluginId} is not in the catalog`);
  return plugin;
}

function requireRelease(ctx: SimContext, pluginId: string, version: string): Release {
  requirePlugin(ctx, pluginId);
  const release = ctx.state.release(pluginId, version);
  if (!release) throw notFound('release_not_found', `${pluginId} has no release ${version}`);
  return release;
}

/** The LTS line of the newest LTS release, if any. */
function currentLtsLine(releases: readonly Release[]): string | null {
  let best: Release | undefined;
  for (const r of releases) if (r.lts && (!best || semver.gt(r.version, best.version))) best = r;
  return best?.ltsLine ?? null;
}

function summary(ctx: SimContext, plugin: PluginInfo): PluginSummary {
  const releases = ctx.state.releases(plugin.id);
  return {
    ...plugin,
    latestVersion: latestStable(releases)?.version ?? null,
    ltsLine: currentLtsLine(releases),
    releaseCount: releases.length,
    advisoryCount: ctx.state.advisories(plugin.id).length,
  };
}

export const listPlugins: Handler = (ctx, req) => {
  const page = paginate(ctx.state.plugins(), (p) => p.id, req);
  return json(200, { items: page.items.map((p) => summary(ctx, p)), nextCursor: page.nextCursor });
};

export const getPlugin: Handler = (ctx, req) => {
  const plugin = requirePlugin(ctx, req.params.pluginId as string);
  const releases = ctx.state.releases(plugin.id);
  const body: Plugin = { ...plugin, latestVersion: latestStable(releases)?.version ?? null, ltsLine: currentLtsLine(releases), releases };
  return json(200, body);
};

export const getRelease: Handler = (ctx, req) => json(200, requireRelease(ctx, req.params.pluginId as string, req.params.version as string));

export const listAdvisories: Handler = (ctx, req) => {
  const plugin = requirePlugin(ctx, req.params.pluginId as string);
  const severity = req.query.get('severity');
  return json(200, { items: ctx.state.advisories(plugin.id).filter((a) => severity === null || a.severity === severity) });
};

export const registerRelease: Handler = (ctx, req) => {
  const pluginId = req.params.pluginId as string;
  const body = req.body as ReleaseRegistration;
  const mismatch = (pointer: string, message: string) => new ProblemError(422, 'manifest_mismatch', message, { errors: [{ pointer, message }] });
  if (body.manifest.id !== pluginId) throw mismatch('/manifest/id', `manifest.id ${body.manifest.id} is not the plugin ${pluginId} of the URL`);
  if (body.manifest.version !== body.version) throw mismatch('/manifest/version', `manifest.version ${body.manifest.version} is not the release version ${body.version}`);
  const lts = body.lts ?? false;
  if (body.ltsLine !== undefined && !lts) {
    throw new ProblemError(422, 'lts_line_without_lts', 'ltsLine is set but lts is false', { errors: [{ pointer: '/ltsLine', message: 'needs lts: true' }] });
  }
  const content = {
    changelogUrl: body.changelogUrl,
    manifest: body.manifest,
    lts,
    ltsLine: lts ? (body.ltsLine ?? `${semver.major(body.version)}.x`) : null,
  };

  const existing = ctx.state.release(pluginId, body.version);
  if (existing) {
    const same =
      canonicalJson(content) === canonicalJson({ changelogUrl: existing.changelogUrl, manifest: existing.manifest, lts: existing.lts, ltsLine: existing.ltsLine }) &&
      (body.digest === undefined || body.digest === existing.digest) &&
      (body.releasedAt === undefined || Date.parse(body.releasedAt) === Date.parse(existing.releasedAt));
    if (same) return json(200, existing);
    throw conflict('release_exists', `${pluginId}@${body.version} is already registered with different content; publish a new version instead`);
  }

  const release: Release = {
    plugin: pluginId,
    version: body.version,
    releasedAt: body.releasedAt !== undefined ? new Date(body.releasedAt).toISOString() : req.now.toISOString(),
    ...content,
    prerelease: semver.prerelease(body.version) !== null,
    yanked: false,
    yankedReason: null,
    digest: body.digest ?? null,
  };
  const changes: Change[] = [{ collection: 'releases', id: releaseKey(pluginId, body.version), value: release }];
  if (!ctx.state.plugin(pluginId)) {
    const info: PluginInfo = { id: pluginId, name: body.manifest.name ?? pluginId, description: '', owner: pluginId.split('.')[0] as string };
    changes.unshift({ collection: 'plugins', id: pluginId, value: info });
  }
  ctx.state.commit(changes);
  return json(201, release, { location: `/plugins/${encodeURIComponent(pluginId)}/releases/${encodeURIComponent(body.version)}` });
};

export const yankRelease: Handler = (ctx, req) => {
  const release = requireRelease(ctx, req.params.pluginId as string, req.params.version as string);
  if (release.yanked) return json(200, release);
  const yanked: Release = { ...release, yanked: true, yankedReason: (req.body as { reason: string }).reason };
  ctx.state.commit([{ collection: 'releases', id: releaseKey(release.plugin, release.version), value: yanked }]);
  return json(200, yanked);
};

export const uploadArtifact: Handler = (ctx, req) => {
  const release = requireRelease(ctx, req.params.pluginId as string, req.params.version as string);
  const bytes = req.body instanceof Uint8Array ? req.body : Buffer.alloc(0);
  const sent = header(req, 'digest') as string;
  const base64 = createHash('sha256').update(bytes).digest('base64');
  if (sent !== `sha-256=${base64}`) {
    throw badRequest('digest_mismatch', `The body's SHA-256 is sha-256=${base64}, not ${sent}: the upload was damaged; send it again`, [
      { pointer: 'header:Digest', message: 'does not match the body' },
    ]);
  }
  const digest = sha256Digest(bytes);
  const stored = ctx.state.artifact(release.plugin, release.version);
  if (stored) {
    if (stored.digest === digest) return json(200, publicArtifact(stored));
    throw conflict('artifact_exists', `${release.plugin}@${release.version} already has an artifact (${stored.digest}); artifacts are immutable`);
  }
  if (release.digest !== null && release.digest !== digest) {
    throw conflict('digest_mismatch', `${release.plugin}@${release.version} was registered with digest ${release.digest}; this artifact is ${digest}`);
  }
  const file = digest.slice('sha256:'.length);
  const dir = join(ctx.dataDir, 'artifacts');
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, file), bytes);
  const artifact: StoredArtifact = { plugin: release.plugin, version: release.version, digest, size: bytes.byteLength, uploadedAt: req.now.toISOString(), file };
  ctx.state.commit([
    { collection: 'artifacts', id: releaseKey(release.plugin, release.version), value: artifact },
    { collection: 'releases', id: releaseKey(release.plugin, release.version), value: { ...release, digest } },
  ]);
  return json(201, publicArtifact(artifact), { location: req.path });
};

export const downloadArtifact: Handler = (ctx, req) => {
  const release = requireRelease(ctx, req.params.pluginId as string, req.params.version as string);
  let bytes: Buffer | undefined;
  const stored = ctx.state.artifact(release.plugin, release.version);
  if (stored) {
    const path = join(ctx.dataDir, 'artifacts', stored.file);
    if (existsSync(path)) bytes = readFileSync(path);
  } else {
    const seeded = seededArtifactBytes(release.plugin, release.version);
    if (release.digest === sha256Digest(seeded)) bytes = seeded;
  }
  if (!bytes) throw notFound('artifact_not_found', `${release.plugin}@${release.version} has no artifact yet`);
  return {
    status: 200,
    body: bytes,
    contentType: 'application/octet-stream',
    headers: { digest: `sha-256=${createHash('sha256').update(bytes).digest('base64')}` },
  };
};
