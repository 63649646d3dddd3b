/**
 * `config/publish/signature_policy.yaml` -> a `SignaturePolicy` ready for verification. The trusted root and key
 * files are read through the loader the caller hands in; `public-good` is the Sigstore public-good root pinned in
 * this suite (targets/trusted_root.json of sigstore/root-signing).
 */
import { createPublicKey } from 'node:crypto';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { checkConfig } from '../config/load.js';
import { parseSource } from '../config/parse.js';
import publicGoodRoot from './public-good.trusted_root.json' with { type: 'json' };
import type { SignatureKind, SignaturePolicy, SignerIdentityPolicy } from './signature.js';
import { precompiled } from '../config/validate.js';
import signaturePolicySchema from '../config/validators/config/signature_policy.generated.cjs';

export interface SignaturePolicyConfig {
  accept: SignatureKind[];
  sigstore: {
    trustedRoot: string;
    identities: SignerIdentityPolicy[];
    thresholds: { tlog: number; ctlog: number; timestamp: number };
  };
  keys: { hint: string; path: string; validFrom?: string; validUntil?: string }[];
}

export interface PolicyFiles {
  /** Reads a file named in the policy (relative to the repository root); throws when it is missing. */
  read(path: string): Promise<string>;
}

export const PUBLIC_GOOD = 'public-good';

export function parseSignaturePolicy(text: string, file: string): SignaturePolicyConfig {
  const result = checkConfig<SignaturePolicyConfig>(text, file, precompiled(signaturePolicySchema));
  if (!result.ok) throw new ConfigError(result.issues);
  const issues: ConfigIssue[] = [];
  const source = parseSource(text, file);
  const at = (pointer: string) => (source.ok ? { file, ...source.source.locate(pointer) } : { file });
  result.value.sigstore.identities.forEach((identity, i) => {
    try {
      new RegExp(identity.subject);
    } catch (error) {
      const pointer = `/sigstore/identities/${i}/subject`;
      issues.push({ ...at(pointer), pointer, message: `is not a valid regular expression: ${(error as Error).message}`, code: 'regex' });
    }
  });
  const hints = new Set<string>();
  result.value.keys.forEach((key, i) => {
    if (hints.has(key.hint)) {
      const pointer = `/keys/${i}/hint`;
      issues.push({ ...at(pointer), pointer, message: `names the key "${key.hint}" a second time`, code: 'duplicate' });
    }
    hints.add(key.hint);
  });
  if (issues.length > 0) throw new ConfigError(issues);
  return result.value;
}

/** The built-in policy, used when a repository has no signature_policy.yaml. */
export function defaultSignaturePolicy(): SignaturePolicyConfig {
  return parseSignaturePolicy('{}', '(built-in signature policy)');
}

export async function resolveSignaturePolicy(config: SignaturePolicyConfig, file: string, files: PolicyFiles): Promise<SignaturePolicy> {
  const issues: ConfigIssue[] = [];
  let trustedRoot: unknown = publicGoodRoot;
  if (config.sigstore.trustedRoot !== PUBLIC_GOOD) {
    const pointer = '/sigstore/trustedRoot';
    try {
      trustedRoot = JSON.parse(await files.read(config.sigstore.trustedRoot));
    } catch (error) {
      issues.push({ file, pointer, message: `trusted root ${config.sigstore.trustedRoot} cannot be read: ${(error as Error).message}`, code: 'trusted-root' });
    }
  }
  const keys: SignaturePolicy['keys'] = [];
  for (const [i, key] of config.keys.entries()) {
    const pointer = `/keys/${i}/path`;
    try {
      const pem = await files.read(key.path);
      const type = createPublicKey(pem).asymmetricKeyType;
      if (type !== 'ec' && type !== 'rsa') throw new Error(`${type} keys cannot sign Sigstore message signatures; use an ECDSA (P-256, P-384) or RSA key`);
      keys.push({
        hint: key.hint,
        publicKeyPem: pem,
        ...(key.validFrom ? { validFrom: new Date(key.validFrom) } : {}),
        ...(key.validUntil ? { validUntil: new Date(key.validUntil) } : {}),
      });
    } catch (error) {
      issues.push({ file, pointer, message: `public key ${key.path} cannot be used: ${(error as Error).message}`, code: 'public-key' });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    accept: config.accept,
    trustedRoot,
    identities: config.sigstore.identities,
    thresholds: config.sigstore.thresholds,
    keys,
  };
}
