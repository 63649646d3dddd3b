/**
 * Signature verification of a submitted artifact, offline, with `@sigstore/verify`:
 * - Sigstore bundles with a signing certificate (GitHub artifact attestations, cosign keyless) are checked against a
 *   pinned trusted root (chain, transparency log, SCTs, timestamps) and an anchored signer identity policy;
 * - bundles or detached signatures made with a self-managed key are checked against the policy's public keys.
 * The outcome is a value: a submission whose signature does not verify is blocked, never an exception.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { bundleFromJSON, toMessageSignatureBundle, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { PolicyError, VerificationError, Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify';

export type SignatureKind = 'sigstore' | 'key';

export interface SignerIdentityPolicy {
  issuer: string;
  /** Anchored regular expression over the certificate's subject alternative name. */
  subject: string;
}

export interface TrustedKey {
  hint: string;
  /** PEM (SubjectPublicKeyInfo). */
  publicKeyPem: string;
  validFrom?: Date;
  validUntil?: Date;
}

export interface SignaturePolicy {
  accept: SignatureKind[];
  /** Parsed trusted_root.json (Sigstore TrustedRoot JSON form). */
  trustedRoot: unknown;
  identities: SignerIdentityPolicy[];
  thresholds: { tlog: number; ctlog: number; timestamp: number };
  keys: TrustedKey[];
}

/** What the submitter handed in next to the artifact. */
export type SignatureInput =
  | { form: 'bundle'; file: string; json: unknown }
  | { form: 'detached'; file: string; signature: Buffer; keyHint?: string };

export type SignatureFailureCode =
  | 'unsigned'
  | 'signature-malformed'
  | 'digest-mismatch'
  | 'signature-invalid'
  | 'certificate-untrusted'
  | 'tlog-invalid'
  | 'timestamp-invalid'
  | 'untrusted-key'
  | 'untrusted-signer'
  | 'kind-not-accepted';

export interface SignatureCheck {
  verified: boolean;
  file?: string;
  kind?: SignatureKind;
  /** Who signed, as far as the evidence says. */
  signer?: { subject?: string; issuer?: string; keyHint?: string };
  /** Set when not verified. */
  failure?: { code: SignatureFailureCode; message: string };
}

const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';

export function sha256Hex(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function fail(code: SignatureFailureCode, message: string, file?: string, kind?: SignatureKind): SignatureCheck {
  return { verified: false, file, kind, failure: { code, message } };
}

/** `{{repository}}` in an identity subject stands for the running repository, regex-escaped. */
export function expandIdentity(identity: SignerIdentityPolicy, repository: string): SignerIdentityPolicy {
  const escaped = repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return { issuer: identity.issuer, subject: identity.subject.replaceAll('{{repository}}', escaped) };
}

function keyFinder(keys: readonly TrustedKey[]): Parameters<typeof toTrustMaterial>[1] {
  return (hint: string) => {
    const key = keys.find((k) => k.hint === hint);
    if (!key) throw new VerificationError({ code: 'PUBLIC_KEY_ERROR', message: `no trusted key named "${hint}"` });
    return {
      publicKey: createPublicKey(key.publicKeyPem),
      validFor: (date: Date) => (!key.validFrom || key.validFrom <= date) && (!key.validUntil || key.validUntil >= date),
    };
  };
}

let emptyRoot: TrustedRoot | undefined;

function trustMaterial(policy: SignaturePolicy, withRoot: boolean): TrustMaterial {
  emptyRoot ??= TrustedRoot.fromJSON({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] });
  const root = withRoot ? TrustedRoot.fromJSON(policy.trustedRoot) : emptyRoot;
  return toTrustMaterial(root, keyFinder(policy.keys));
}

function mapError(error: unknown, file: string, kind: SignatureKind): SignatureCheck {
  if (error instanceof PolicyError) return fail('untrusted-signer', error.message, file, kind);
  if (error instanceof VerificationError) {
    const code: SignatureFailureCode = error.code === 'SIGNATURE_ERROR'
      ? 'signature-invalid'
      : error.code === 'CERTIFICATE_ERROR'
        ? 'certificate-untrusted'
        : error.code === 'PUBLIC_KEY_ERROR'
          ? 'untrusted-key'
          : error.code === 'TIMESTAMP_ERROR'
            ? 'timestamp-invalid'
            : 'tlog-invalid';
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return fail(code, `${error.message}${cause}`, file, kind);
  }
  return fail('signature-malformed', error instanceof Error ? error.message : String(error), file, kind);
}

/** The artifact digest the bundle commits to must be the artifact's: message digest, or an in-toto subject. */
function bindingProblem(bundle: Bundle, digest: string): string | undefined {
  if (bundle.content.$case === 'messageSignature') {
    const signed = Buffer.from(bundle.content.messageSignature.messageDigest?.digest ?? []).toString('hex');
    if (signed !== '' && signed !== digest) return `the bundle signs sha256:${signed}, the artifact is sha256:${digest}`;
    return undefined;
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD) return `DSSE payload type ${envelope.payloadType} is not an in-toto statement`;
  let statement: { subject?: { name?: string; digest?: Record<string, string> }[] };
  try {
    statement = JSON.parse(Buffer.from(envelope.payload).toString('utf8')) as typeof statement;
  } catch {
    return 'the in-toto statement is not JSON';
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (subjects.some((s) => s?.digest?.sha256?.toLowerCase() === digest)) return undefined;
  const named = subjects.map((s) => `${s?.name ?? '?'} sha256:${s?.digest?.sha256 ?? '?'}`).join(', ');
  return `no subject of the attestation has the artifact's digest sha256:${digest} (subjects: ${named || 'none'})`;
}

/** A bundle without a timestamp is checked against the key's validity now. */
function keyOutsideValidity(key: TrustedKey | undefined, now: Date): string | undefined {
  if (!key) return undefined;
  if (key.validFrom && now < key.validFrom) return `key "${key.hint}" is not valid before ${key.validFrom.toISOString()}`;
  if (key.validUntil && now > key.validUntil) return `key "${key.hint}" expired on ${key.validUntil.toISOString()}`;
  return undefined;
}

function verifyBundle(
  artifact: Buffer,
  digest: string,
  input: Extract<SignatureInput, { form: 'bundle' }>,
  policy: SignaturePolicy,
  repository: string,
  now: Date,
): SignatureCheck {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(input.json);
  } catch (error) {
    return fail('signature-malformed', `not a Sigstore bundle: ${(error as Error).message}`, input.file);
  }
  const material = bundle.verificationMaterial.content;
  const kind: SignatureKind = material.$case === 'publicKey' ? 'key' : 'sigstore';
  if (!policy.accept.includes(kind)) return fail('kind-not-accepted', `${kind} signatures are not accepted by the policy (accept: ${policy.accept.join(', ')})`, input.file, kind);
  const binding = bindingProblem(bundle, digest);
  if (binding) return fail('digest-mismatch', binding, input.file, kind);

  let entity;
  try {
    entity = toSignedEntity(bundle, artifact);
  } catch (error) {
    return fail('signature-malformed', (error as Error).message, input.file, kind);
  }
  if (kind === 'key') {
    const hint = material.$case === 'publicKey' ? material.publicKey.hint : '';
    const expired = keyOutsideValidity(policy.keys.find((k) => k.hint === hint), now);
    if (expired) return fail('untrusted-key', expired, input.file, kind);
    try {
      new Verifier(trustMaterial(policy, false), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(entity);
      return { verified: true, file: input.file, kind, signer: { keyHint: hint } };
    } catch (error) {
      return mapError(error, input.file, kind);
    }
  }
  const verifier = new Verifier(trustMaterial(policy, true), {
    tlogThreshold: policy.thresholds.tlog,
    ctlogThreshold: policy.thresholds.ctlog,
    timestampThreshold: policy.thresholds.timestamp,
  });
  let last: SignatureCheck | undefined;
  // Each identity is a separate policy; the first that accepts the signer wins.
  for (const identity of policy.identities.map((i) => expandIdentity(i, repository))) {
    try {
      const signer = verifier.verify(entity, { subjectAlternativeName: identity.subject, extensions: { issuer: identity.issuer } });
      return {
        verified: true,
        file: input.file,
        kind,
        signer: { subject: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer },
      };
    } catch (error) {
      last = mapError(error, input.file, kind);
      if (!(error instanceof PolicyError)) return last;
    }
  }
  return last ?? fail('untrusted-signer', 'the policy names no trusted identity', input.file, kind);
}

/** A detached signature is base64 text (cosign) or raw DER/raw bytes (openssl). */
function signatureBytes(raw: Buffer): Buffer {
  const text = raw.toString('utf8').trim();
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0) return Buffer.from(text, 'base64');
  return raw;
}

function verifyDetached(artifact: Buffer, digest: string, input: Extract<SignatureInput, { form: 'detached' }>, policy: SignaturePolicy, now: Date): SignatureCheck {
  if (!policy.accept.includes('key')) return fail('kind-not-accepted', 'key signatures are not accepted by the policy', input.file, 'key');
  const candidates = input.keyHint ? policy.keys.filter((k) => k.hint === input.keyHint) : policy.keys;
  if (candidates.length === 0) {
    return fail('untrusted-key', input.keyHint ? `no trusted key named "${input.keyHint}"` : 'the policy lists no public keys', input.file, 'key');
  }
  const signature = signatureBytes(input.signature);
  let last: SignatureCheck | undefined;
  for (const key of candidates) {
    const expired = keyOutsideValidity(key, now);
    if (expired) {
      last = fail('untrusted-key', expired, input.file, 'key');
      continue;
    }
    const bundle = toMessageSignatureBundle({ digest: Buffer.from(digest, 'hex'), signature, keyHint: key.hint });
    try {
      const entity = toSignedEntity(bundle, artifact);
      new Verifier(trustMaterial(policy, false), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(entity);
      return { verified: true, file: input.file, kind: 'key', signer: { keyHint: key.hint } };
    } catch (error) {
      last = mapError(error, input.file, 'key');
    }
  }
  return last!;
}

/**
 * Verifies the artifact against every signature handed in; it passes when at least one verifies under the policy.
 * `repository` (owner/name) expands `{{repository}}` in identity subjects.
 */
export function verifyArtifactSignatures(
  artifact: Buffer,
  inputs: readonly SignatureInput[],
  policy: SignaturePolicy,
  repository: string,
  now: Date = new Date(),
): { verified: boolean; digest: string; checks: SignatureCheck[] } {
  const digest = sha256Hex(artifact);
  if (inputs.length === 0) return { verified: false, digest, checks: [fail('unsigned', 'no signature or Sigstore bundle was submitted with the artifact')] };
  const checks = inputs.map((input) =>
    input.form === 'bundle' ? verifyBundle(artifact, digest, input, policy, repository, now) : verifyDetached(artifact, digest, input, policy, now),
  );
  return { verified: checks.some((c) => c.verified), digest, checks };
}

/** Decides how a signature file is meant to be read: JSON bundles start with `{`. */
export function classifySignatureFile(file: string, content: Buffer, keyHint?: string): SignatureInput {
  const text = content.subarray(0, 64).toString('utf8').trimStart();
  if (text.startsWith('{')) {
    try {
      return { form: 'bundle', file, json: JSON.parse(content.toString('utf8')) };
    } catch {
      return { form: 'bundle', file, json: null };
    }
  }
  return { form: 'detached', file, signature: content, ...(keyHint ? { keyHint } : {}) };
}
