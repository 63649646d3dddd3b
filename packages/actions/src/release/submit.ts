/**
 * Stage 1 for both front-ends: read the manifest, artifact, signatures and signature policy; decide the
 * submission (core); when it passes, register the release and upload the artifact to the platform.
 */
import { basename, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { classifySignatureFile, type SignatureInput } from '@powerx/core/publish/signature.js';
import { defaultSignaturePolicy, parseSignaturePolicy, resolveSignaturePolicy } from '@powerx/core/publish/signature-policy.js';
import type { AuditLog } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { evaluateSubmission, platformManifest, type SubmissionDecision } from '@powerx/core/publish/submission.js';
import type { CatalogVersion } from '@powerx/core/publish/version.js';
import type { PlatformClient } from '@powerx/platform/client.js';
import { isPlatformError } from '@powerx/platform/errors.js';
import { parse } from 'yaml';
import { readInputFile, readOptional, readOptionalBytes } from './files.js';

export interface SubmitOptions {
  /** Directory manifest, artifact, signature and policy paths are relative to (the plugin's root). */
  cwd: string;
  manifest: string;
  /** Empty: the manifest's `artifact.path`. */
  artifact: string;
  /** Empty: the manifest's `artifact.signature`. */
  signatures: string[];
  keyHint: string;
  version: string;
  policy: string;
  changelogUrl: string;
  repository: string;
  submitter: string;
  upload: boolean;
  platform: PlatformClient;
  /** Prefix of the idempotency keys of the platform writes. */
  key: string;
  now: Date;
}

export interface SubmitResult {
  decision: SubmissionDecision;
  policyFile: string;
  upload?: { registered: string; artifact: { digest: string; size: number; uploadedAt: string } };
}

async function catalogVersions(platform: PlatformClient, plugin: string): Promise<CatalogVersion[]> {
  if (!plugin) return [];
  try {
    const found = await platform.getPlugin(plugin);
    return found.releases.map((r) => ({ version: r.version, yanked: r.yanked, digest: r.digest, ltsLine: r.ltsLine, lts: r.lts }));
  } catch (error) {
    if (isPlatformError(error) && error.status === 404) return [];
    throw error;
  }
}

/** The manifest's own artifact paths, when the inputs leave them empty. */
function manifestArtifact(text: string): { path?: string; signature?: string; id?: string } {
  try {
    const value = parse(text) as { id?: unknown; artifact?: { path?: unknown; signature?: unknown } } | null;
    return {
      ...(typeof value?.artifact?.path === 'string' ? { path: value.artifact.path } : {}),
      ...(typeof value?.artifact?.signature === 'string' ? { signature: value.artifact.signature } : {}),
      ...(typeof value?.id === 'string' ? { id: value.id } : {}),
    };
  } catch {
    return {};
  }
}

export async function submitRelease(options: SubmitOptions): Promise<SubmitResult> {
  const at = (p: string) => resolve(options.cwd, p);
  const manifestText = (await readInputFile('manifest', at(options.manifest), options.manifest)).toString('utf8');
  const fromManifest = manifestArtifact(manifestText);
  const artifactPath = options.artifact || fromManifest.path;
  if (!artifactPath) throw ConfigError.single('no artifact: give the artifact input or artifact.path in the manifest', { file: options.manifest, pointer: '/artifact/path' }, 'missing-artifact');
  const artifact = await readInputFile('artifact', at(artifactPath), artifactPath);
  const signaturePaths = options.signatures.length > 0 ? options.signatures : fromManifest.signature ? [fromManifest.signature] : [];
  const signatures: SignatureInput[] = [];
  const missingSignatures: string[] = [];
  for (const path of signaturePaths) {
    // A named signature file that is missing makes an unsigned submission, which is blocked and reported.
    const bytes = await readOptionalBytes(at(path));
    if (bytes) signatures.push(classifySignatureFile(path, bytes, options.keyHint || undefined));
    else missingSignatures.push(path);
  }

  const policyText = await readOptional(at(options.policy));
  const config = policyText === undefined ? defaultSignaturePolicy() : parseSignaturePolicy(policyText, options.policy);
  // Paths in the policy are relative to the plugin's root, like every other path the pipeline reads.
  const policy = await resolveSignaturePolicy(config, options.policy, {
    read: async (path) => (await readInputFile('signature policy', at(path), path)).toString('utf8'),
  });

  const releases = await catalogVersions(options.platform, fromManifest.id ?? '');
  const decision = evaluateSubmission({
    manifestText,
    manifestFile: options.manifest,
    ...(options.version ? { version: options.version } : {}),
    artifact,
    artifactName: basename(artifactPath),
    signatures,
    missingSignatures,
    policy,
    releases,
    repository: options.repository,
    submitter: options.submitter,
    now: options.now,
  });
  const result: SubmitResult = { decision, policyFile: policyText === undefined ? '(built-in default)' : options.policy };
  if (decision.outcome !== 'passed' || !options.upload || !decision.manifest) return result;

  const changelogUrl = options.changelogUrl || decision.manifest.changelog || `https://github.com/${options.repository}/releases/tag/v${decision.version}`;
  const registered = await options.platform.registerRelease(
    decision.plugin,
    { version: decision.version, changelogUrl, manifest: platformManifest(decision.manifest), digest: `sha256:${decision.digest}` },
    { idempotencyKey: `${options.key}/register` },
  );
  const uploaded = await options.platform.uploadArtifact(decision.plugin, decision.version, artifact, { idempotencyKey: `${options.key}/artifact` });
  result.upload = { registered: registered.releasedAt, artifact: { digest: uploaded.digest, size: uploaded.size, uploadedAt: uploaded.uploadedAt } };
  return result;
}

/** The stage-1 audit record, the same from the action, the CLI and the demo. */
export async function recordSubmission(audit: AuditLog, result: SubmitResult, runUrl?: string): Promise<AuditRecord> {
  const { decision } = result;
  return audit.append({
    action: AUDIT.gate,
    subject: decision.subject,
    outcome: decision.outcome,
    ...(decision.submitter ? { actor: decision.submitter } : {}),
    details: {
      gate: 'submit',
      submitter: decision.submitter,
      plugin: decision.plugin,
      version: decision.version,
      digest: `sha256:${decision.digest}`,
      size: decision.size,
      artifact: decision.artifact,
      resubmission: decision.resubmission,
      signer: decision.signatures.find((s) => s.verified)?.signer ?? null,
      signaturePolicy: result.policyFile,
      checks: decision.checks.map((c) => ({ id: c.id, status: c.status, ...(c.code ? { code: c.code } : {}) })),
      reasons: decision.reasons,
      uploaded: result.upload !== undefined,
      ...(decision.manifest ? { manifest: platformManifest(decision.manifest) } : {}),
      ...(runUrl ? { links: [{ title: 'Submission summary', url: runUrl }] } : {}),
    },
  });
}
