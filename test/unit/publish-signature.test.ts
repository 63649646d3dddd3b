import { describe, expect, it } from 'vitest';
import { classifySignatureFile, expandIdentity, verifyArtifactSignatures, type SignaturePolicy } from '@powerx/core/publish/signature.js';
import { defaultSignaturePolicy, parseSignaturePolicy, resolveSignaturePolicy } from '@powerx/core/publish/signature-policy.js';
import { ConfigError } from '@powerx/core/errors.js';
import { TestSigningKey, TestSigstore } from '../support/sigstore.js';

const repository = 'acme/crm-sync';
const workflowIdentity = {
  issuer: 'https://token.actions.githubusercontent.com',
  subject: 'https://github.com/acme/crm-sync/.github/workflows/release.yml@refs/tags/v2.4.0',
};
const artifact = Buffer.from('crm-sync-2.4.0.tgz bytes\n'.repeat(100));
const sigstore = new TestSigstore();
const releaseKey = new TestSigningKey('acme-release-2026');

async function policy(overrides: Partial<SignaturePolicy> = {}): Promise<SignaturePolicy> {
  const config = defaultSignaturePolicy();
  const resolved = await resolveSignaturePolicy(config, 'policy.yaml', { read: async () => '' });
  return { ...resolved, trustedRoot: sigstore.trustedRoot(), keys: [{ hint: releaseKey.hint, publicKeyPem: releaseKey.publicKeyPem }], ...overrides };
}

const bundleInput = (json: unknown) => ({ form: 'bundle' as const, file: 'crm-sync.sigstore.json', json });

describe('Sigstore certificate bundles', () => {
  it('accepts a keyless signature from the repository’s own release workflow (thresholds 1/1/1)', async () => {
    const p = await policy();
    expect(p.thresholds).toEqual({ tlog: 1, ctlog: 1, timestamp: 1 });
    const result = verifyArtifactSignatures(artifact, [bundleInput(sigstore.signBlob(artifact, workflowIdentity))], p, repository);
    expect(result.checks[0]).toMatchObject({ verified: true, kind: 'sigstore', signer: { subject: workflowIdentity.subject, issuer: workflowIdentity.issuer } });
    expect(result.verified).toBe(true);
    expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a GitHub-style artifact attestation whose in-toto subject names the artifact', async () => {
    const bundle = sigstore.attest([{ name: 'crm-sync-2.4.0.tgz', artifact }], workflowIdentity);
    const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
    expect(result.checks[0]?.failure).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it('rejects an attestation for another artifact (digest mismatch)', async () => {
    const bundle = sigstore.attest([{ name: 'other.tgz', artifact: Buffer.from('other') }], workflowIdentity);
    const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
    expect(result.verified).toBe(false);
    expect(result.checks[0]?.failure?.code).toBe('digest-mismatch');
  });

  it('rejects a changed artifact', async () => {
    const bundle = sigstore.signBlob(artifact, workflowIdentity);
    const tampered = Buffer.concat([artifact, Buffer.from('x')]);
    const result = verifyArtifactSignatures(tampered, [bundleInput(bundle)], await policy(), repository);
    expect(result.verified).toBe(false);
    expect(result.checks[0]?.failure?.code).toBe('digest-mismatch');
  });

  it('rejects a signature that does not match its own digest (forged signature bytes)', async () => {
    const bundle = sigstore.signBlob(artifact, workflowIdentity) as { messageSignature: { signature: string } };
    const other = sigstore.signBlob(Buffer.from('something else'), workflowIdentity) as { messageSignature: { signature: string } };
    bundle.messageSignature.signature = other.messageSignature.signature;
    const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
    expect(result.verified).toBe(false);
    expect(['signature-invalid', 'tlog-invalid']).toContain(result.checks[0]?.failure?.code);
  });

  it('rejects a signer from another repository: the identity policy is anchored', async () => {
    for (const subject of [
      'https://github.com/evil/crm-sync/.github/workflows/release.yml@refs/tags/v2.4.0',
      'https://github.com/acme/crm-sync-fork/.github/workflows/release.yml@refs/tags/v2.4.0',
      'https://github.com/acme/crm-sync/.github/workflows/release.yml@refs/heads/feature',
      'https://evil.example/?https://github.com/acme/crm-sync/.github/workflows/release.yml@refs/tags/v2.4.0',
    ]) {
      const bundle = sigstore.signBlob(artifact, { ...workflowIdentity, subject });
      const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
      expect(result.checks[0]?.failure?.code, subject).toBe('untrusted-signer');
    }
  });

  it('rejects the right subject from another OIDC issuer', async () => {
    const bundle = sigstore.signBlob(artifact, { ...workflowIdentity, issuer: 'https://accounts.google.com' });
    const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
    expect(result.checks[0]?.failure?.code).toBe('untrusted-signer');
  });

  it('rejects a certificate from a CA that is not in the pinned trusted root', async () => {
    const rogue = new TestSigstore();
    const result = verifyArtifactSignatures(artifact, [bundleInput(rogue.signBlob(artifact, workflowIdentity))], await policy(), repository);
    expect(result.verified).toBe(false);
    expect(['certificate-untrusted', 'tlog-invalid']).toContain(result.checks[0]?.failure?.code);
  });

  it('rejects a bundle without transparency-log entry or without SCT when the thresholds ask for them', async () => {
    const p = await policy();
    const noTlog = verifyArtifactSignatures(artifact, [bundleInput(sigstore.signBlob(artifact, workflowIdentity, { noTlog: true }))], p, repository);
    expect(noTlog.checks[0]?.failure?.code).toMatch(/timestamp-invalid|tlog-invalid/);
    const noSct = verifyArtifactSignatures(artifact, [bundleInput(sigstore.signBlob(artifact, workflowIdentity, { noSct: true }))], p, repository);
    expect(noSct.checks[0]?.failure?.code).toBe('certificate-untrusted');
    const relaxed = verifyArtifactSignatures(artifact, [bundleInput(sigstore.signBlob(artifact, workflowIdentity, { noSct: true }))], { ...p, thresholds: { tlog: 1, ctlog: 0, timestamp: 1 } }, repository);
    expect(relaxed.verified).toBe(true);
  });

  it('rejects a certificate used after it expired (log time outside its validity)', async () => {
    const bundle = sigstore.signBlob(artifact, workflowIdentity) as { verificationMaterial: { certificate: { rawBytes: string } } };
    const old = sigstore.signBlob(artifact, workflowIdentity, { at: new Date(Date.now() - 3 * 3_600_000) }) as typeof bundle;
    bundle.verificationMaterial.certificate = old.verificationMaterial.certificate;
    const result = verifyArtifactSignatures(artifact, [bundleInput(bundle)], await policy(), repository);
    expect(result.verified).toBe(false);
  });

  it('treats malformed bundles as unsigned, not as a crash', async () => {
    const p = await policy();
    for (const json of [null, {}, { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }, []]) {
      const result = verifyArtifactSignatures(artifact, [bundleInput(json)], p, repository);
      expect(result.checks[0]?.failure?.code).toBe('signature-malformed');
    }
  });
});

describe('self-managed keys', () => {
  it('accepts a public-key bundle and a detached signature (raw or base64) from a listed key', async () => {
    const p = await policy();
    expect(verifyArtifactSignatures(artifact, [bundleInput(releaseKey.signBundle(artifact))], p, repository).verified).toBe(true);
    const raw = classifySignatureFile('crm-sync.tgz.sig', releaseKey.signDetached(artifact));
    expect(raw.form).toBe('detached');
    expect(verifyArtifactSignatures(artifact, [raw], p, repository).checks[0]).toMatchObject({ verified: true, kind: 'key', signer: { keyHint: releaseKey.hint } });
    const text = classifySignatureFile('crm-sync.tgz.sig', Buffer.from(`${releaseKey.signBase64(artifact)}\n`));
    expect(verifyArtifactSignatures(artifact, [text], p, repository).verified).toBe(true);
  });

  it('refuses Ed25519 keys in the policy (Sigstore message signatures hash the artifact first)', async () => {
    const key = new TestSigningKey('k-ed', 'ed25519');
    const config = parseSignaturePolicy('keys:\n  - { hint: k-ed, path: keys/ed.pub }\n', 'p.yaml');
    await expect(resolveSignaturePolicy(config, 'p.yaml', { read: async () => key.publicKeyPem })).rejects.toThrow(/ed25519 keys cannot sign/);
  });

  it.each(['rsa'] as const)('accepts %s keys', async (type) => {
    const key = new TestSigningKey(`k-${type}`, type);
    const p = await policy({ keys: [{ hint: key.hint, publicKeyPem: key.publicKeyPem }] });
    expect(verifyArtifactSignatures(artifact, [classifySignatureFile('a.sig', key.signDetached(artifact))], p, repository).verified).toBe(true);
    expect(verifyArtifactSignatures(Buffer.from('changed'), [classifySignatureFile('a.sig', key.signDetached(artifact))], p, repository).verified).toBe(false);
  });

  it('rejects a changed artifact with signature-invalid', async () => {
    const changed = Buffer.from(artifact);
    changed[10] = changed[10]! ^ 1;
    const result = verifyArtifactSignatures(changed, [classifySignatureFile('a.sig', releaseKey.signDetached(artifact))], await policy(), repository);
    expect(result.verified).toBe(false);
    expect(result.checks[0]?.failure?.code).toBe('signature-invalid');
  });

  it('rejects a key that is not in the policy, and a key outside its validity', async () => {
    const stranger = new TestSigningKey('stranger');
    const p = await policy();
    const unknown = verifyArtifactSignatures(artifact, [bundleInput(stranger.signBundle(artifact))], p, repository);
    expect(unknown.checks[0]?.failure?.code).toBe('untrusted-key');
    const detached = verifyArtifactSignatures(artifact, [classifySignatureFile('a.sig', stranger.signDetached(artifact))], p, repository);
    expect(detached.checks[0]?.failure?.code).toBe('signature-invalid');
    const expired = await policy({ keys: [{ hint: releaseKey.hint, publicKeyPem: releaseKey.publicKeyPem, validUntil: new Date(Date.now() - 1000) }] });
    // A public-key bundle carries no timestamp, so key validity is checked against the verification time.
    expect(verifyArtifactSignatures(artifact, [bundleInput(releaseKey.signBundle(artifact))], expired, repository).verified).toBe(false);
  });

  it('honours `accept`: key signatures are refused when only sigstore is accepted', async () => {
    const p = await policy({ accept: ['sigstore'] });
    const result = verifyArtifactSignatures(artifact, [bundleInput(releaseKey.signBundle(artifact))], p, repository);
    expect(result.checks[0]?.failure?.code).toBe('kind-not-accepted');
  });
});

describe('submission without signature', () => {
  it('is unsigned', async () => {
    const result = verifyArtifactSignatures(artifact, [], await policy(), repository);
    expect(result).toMatchObject({ verified: false, checks: [{ failure: { code: 'unsigned' } }] });
  });

  it('passes when any one of several signatures verifies', async () => {
    const stranger = new TestSigningKey('stranger');
    const result = verifyArtifactSignatures(
      artifact,
      [bundleInput(stranger.signBundle(artifact)), bundleInput(sigstore.signBlob(artifact, workflowIdentity))],
      await policy(),
      repository,
    );
    expect(result.verified).toBe(true);
    expect(result.checks.map((c) => c.verified)).toEqual([false, true]);
  });
});

describe('signature policy file', () => {
  it('defaults: both kinds, public-good root, the repository’s own workflows, thresholds 1/1/1', () => {
    const config = defaultSignaturePolicy();
    expect(config.accept).toEqual(['sigstore', 'key']);
    expect(config.sigstore.trustedRoot).toBe('public-good');
    expect(config.sigstore.identities).toHaveLength(1);
    const expanded = expandIdentity(config.sigstore.identities[0]!, 'acme/crm.sync');
    expect(expanded.subject).toContain('acme\\/crm\\.sync');
    expect(new RegExp(expanded.subject).test('https://github.com/acme/crm.sync/.github/workflows/release.yml@refs/tags/v1.2.3')).toBe(true);
    expect(new RegExp(expanded.subject).test('https://github.com/acme/crmXsync/.github/workflows/release.yml@refs/tags/v1.2.3')).toBe(false);
  });

  it('refuses an unanchored subject pattern, with file and line', () => {
    const text = 'sigstore:\n  identities:\n    - issuer: https://token.actions.githubusercontent.com\n      subject: "https://github.com/acme/.*"\n';
    try {
      parseSignaturePolicy(text, 'config/publish/signature_policy.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issue = (error as ConfigError).issues[0]!;
      expect(issue).toMatchObject({ file: 'config/publish/signature_policy.yaml', line: 4, pointer: '/sigstore/identities/0/subject' });
    }
  });

  it('refuses a pattern that ends in an escaped dollar, and a regex that does not compile', () => {
    expect(() => parseSignaturePolicy('sigstore:\n  identities:\n    - { issuer: "https://a.example", subject: "^a\\\\$" }\n', 'p.yaml')).toThrow(ConfigError);
    const bad = 'sigstore:\n  identities:\n    - issuer: https://a.example\n      subject: "^(a$"\n';
    expect(() => parseSignaturePolicy(bad, 'p.yaml')).toThrow(/line|regular expression/);
  });

  it('refuses a key file that is not a public key', async () => {
    const config = parseSignaturePolicy('keys:\n  - { hint: k1, path: keys/k1.pub }\n', 'p.yaml');
    await expect(resolveSignaturePolicy(config, 'p.yaml', { read: async () => 'not a key' })).rejects.toThrow(/keys\/k1\.pub cannot be used/);
  });
});

describe('the pinned public-good trusted root', () => {
  it('loads, and does not vouch for certificates of another CA', async () => {
    const resolved = await resolveSignaturePolicy(defaultSignaturePolicy(), 'p.yaml', { read: async () => '' });
    expect((resolved.trustedRoot as { certificateAuthorities: { uri: string }[] }).certificateAuthorities[0]?.uri).toBe('https://fulcio.sigstore.dev');
    const result = verifyArtifactSignatures(artifact, [bundleInput(sigstore.signBlob(artifact, workflowIdentity))], resolved, repository);
    expect(result.verified).toBe(false);
    expect(['certificate-untrusted', 'tlog-invalid']).toContain(result.checks[0]?.failure?.code);
  });
});
