/**
 * A private Sigstore instance for tests, with keys generated on the spot and no network: a Fulcio-like CA that
 * issues short-lived code-signing certificates with an OIDC issuer extension and an embedded SCT, a Rekor-like
 * transparency log that signs inclusion promises and checkpoints, and its trusted_root.json. Bundles it makes
 * are the same shape as `cosign sign-blob --bundle` and GitHub artifact attestations, so `@sigstore/verify`
 * checks them exactly as it checks the real ones.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

// --- DER ---------------------------------------------------------------------------------------------------

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const octets = (b: Buffer) => tlv(0x04, b);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0x00]));
const explicit = (n: number, b: Buffer) => tlv(0xa0 + n, b);

function integer(value: bigint | number): Buffer {
  let hex = BigInt(value).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

function oid(text: string): Buffer {
  const parts = text.split('.').map(Number);
  const out = [40 * parts[0]! + parts[1]!];
  for (const part of parts.slice(2)) {
    const stack = [part & 0x7f];
    for (let v = part >> 7; v > 0; v >>= 7) stack.unshift(0x80 | (v & 0x7f));
    out.push(...stack);
  }
  return tlv(0x06, Buffer.from(out));
}

function bitString(bytes: Buffer, unused = 0): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unused]), bytes]));
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

function name(fields: [string, string][]): Buffer {
  return seq(...fields.map(([type, value]) => set(seq(oid(type), utf8(value)))));
}

function extension(id: string, value: Buffer, critical = false): Buffer {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}

const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
const OID = {
  organization: '2.5.4.10',
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  fulcioIssuerV2: '1.3.6.1.4.1.57264.1.8',
  sct: '1.3.6.1.4.1.11129.2.4.2',
};

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

function keyId(key: KeyObject): Buffer {
  return createHash('sha1').update(spki(key)).digest();
}

function sha256(...parts: (Buffer | string)[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

function certificate(tbs: Buffer, issuerKey: KeyObject): Buffer {
  return seq(tbs, ECDSA_SHA256, bitString(sign('sha256', tbs, issuerKey)));
}

// --- the instance ------------------------------------------------------------------------------------------

export interface Identity {
  /** Subject alternative name: a URI (workflow identity) or an e-mail address. */
  subject: string;
  issuer: string;
}

export interface SignOptions {
  /** When the log integrated the entry; default now. The certificate is valid 10 minutes from here. */
  at?: Date;
  /** Leave out the embedded SCT. */
  noSct?: boolean;
  /** Leave out the transparency-log entry. */
  noTlog?: boolean;
}

interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const ecKeys = (): KeyPair => generateKeyPairSync('ec', { namedCurve: 'P-256' });

export class TestSigstore {
  readonly ca = ecKeys();
  readonly rekor = ecKeys();
  readonly ctlog = ecKeys();
  readonly caName = name([
    [OID.organization, 'powerx.test'],
    [OID.commonName, 'powerx-test-fulcio'],
  ]);
  readonly caCert: Buffer;
  readonly rekorUrl = 'https://rekor.powerx.test';
  readonly validFrom = new Date(Date.now() - 365 * 86_400_000);
  private logIndex = 0;

  constructor() {
    const notAfter = new Date(Date.now() + 5 * 365 * 86_400_000);
    const tbs = seq(
      explicit(0, integer(2)),
      integer(1),
      ECDSA_SHA256,
      this.caName,
      seq(time(this.validFrom), time(notAfter)),
      this.caName,
      spki(this.ca.publicKey),
      explicit(
        3,
        seq(
          extension(OID.keyUsage, bitString(Buffer.from([0x06]), 1), true),
          extension(OID.basicConstraints, seq(bool(true), integer(1)), true),
          extension(OID.subjectKeyId, octets(keyId(this.ca.publicKey))),
        ),
      ),
    );
    this.caCert = certificate(tbs, this.ca.privateKey);
  }

  /** trusted_root.json for this instance (Sigstore TrustedRoot JSON). */
  trustedRoot(): object {
    const log = (url: string, key: KeyObject) => ({
      baseUrl: url,
      hashAlgorithm: 'SHA2_256',
      publicKey: { rawBytes: spki(key).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: this.validFrom.toISOString() } },
      logId: { keyId: sha256(spki(key)).toString('base64') },
    });
    return {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [log(this.rekorUrl, this.rekor.publicKey)],
      certificateAuthorities: [
        {
          subject: { organization: 'powerx.test', commonName: 'powerx-test-fulcio' },
          uri: 'https://fulcio.powerx.test',
          certChain: { certificates: [{ rawBytes: this.caCert.toString('base64') }] },
          validFor: { start: this.validFrom.toISOString() },
        },
      ],
      ctlogs: [log('https://ctfe.powerx.test', this.ctlog.publicKey)],
      timestampAuthorities: [],
    };
  }

  /** A short-lived signing certificate for `identity`, as Fulcio issues after an OIDC login. */
  issue(identity: Identity, signingKey: KeyObject, at: Date, withSct = true): Buffer {
    const notBefore = new Date(at.getTime() - 60_000);
    const notAfter = new Date(at.getTime() + 10 * 60_000);
    const san = identity.subject.includes('@') && !identity.subject.includes('://') ? tlv(0x81, Buffer.from(identity.subject)) : tlv(0x86, Buffer.from(identity.subject));
    const baseExtensions = [
      extension(OID.keyUsage, bitString(Buffer.from([0x80]), 7), true),
      extension(OID.extKeyUsage, seq(oid(OID.codeSigning))),
      extension(OID.subjectKeyId, octets(keyId(signingKey))),
      extension(OID.authorityKeyId, seq(tlv(0x80, keyId(this.ca.publicKey)))),
      extension(OID.subjectAltName, seq(san), true),
      extension(OID.fulcioIssuerV2, utf8(identity.issuer)),
    ];
    const serial = BigInt(`0x${sha256(identity.subject, String(at.getTime()), String(Math.random())).subarray(0, 16).toString('hex')}`);
    const tbsWith = (extensions: Buffer[]) =>
      seq(explicit(0, integer(2)), integer(serial), ECDSA_SHA256, this.caName, seq(time(notBefore), time(notAfter)), seq(), spki(signingKey), explicit(3, seq(...extensions)));
    if (!withSct) return certificate(tbsWith(baseExtensions), this.ca.privateKey);

    // RFC 6962 SCT over the precertificate: issuer key hash + TBS without the SCT extension.
    const preTbs = tbsWith(baseExtensions);
    const timestamp = Buffer.alloc(8);
    timestamp.writeBigUInt64BE(BigInt(at.getTime()));
    const tbsLength = Buffer.alloc(3);
    tbsLength.writeUIntBE(preTbs.length, 0, 3);
    const signed = Buffer.concat([Buffer.from([0, 0]), timestamp, Buffer.from([0, 1]), sha256(spki(this.ca.publicKey)), tbsLength, preTbs, Buffer.from([0, 0])]);
    const signature = sign('sha256', signed, this.ctlog.privateKey);
    const sigLength = Buffer.alloc(2);
    sigLength.writeUInt16BE(signature.length);
    const sct = Buffer.concat([Buffer.from([0]), sha256(spki(this.ctlog.publicKey)), timestamp, Buffer.from([0, 0]), Buffer.from([4, 3]), sigLength, signature]);
    const item = Buffer.concat([Buffer.from([sct.length >> 8, sct.length & 0xff]), sct]);
    const list = Buffer.concat([Buffer.from([item.length >> 8, item.length & 0xff]), item]);
    return certificate(tbsWith([...baseExtensions, extension(OID.sct, octets(list))]), this.ca.privateKey);
  }

  /** A transparency-log entry with inclusion promise and a one-leaf inclusion proof with a signed checkpoint. */
  private tlogEntry(kind: 'hashedrekord' | 'dsse', body: object, at: Date): object {
    const canonicalizedBody = Buffer.from(JSON.stringify(body));
    const logId = sha256(spki(this.rekor.publicKey));
    const integratedTime = Math.floor(at.getTime() / 1000);
    const logIndex = this.logIndex++;
    const promise = JSON.stringify({ body: canonicalizedBody.toString('base64'), integratedTime, logID: logId.toString('hex'), logIndex });
    const root = sha256(Buffer.from([0]), canonicalizedBody);
    const note = `rekor.powerx.test - 1\n1\n${root.toString('base64')}\n`;
    const noteSig = Buffer.concat([logId.subarray(0, 4), sign('sha256', Buffer.from(note), this.rekor.privateKey)]);
    return {
      logIndex: String(logIndex),
      logId: { keyId: logId.toString('base64') },
      kindVersion: { kind, version: '0.0.1' },
      integratedTime: String(integratedTime),
      inclusionPromise: { signedEntryTimestamp: sign('sha256', Buffer.from(promise), this.rekor.privateKey).toString('base64') },
      inclusionProof: {
        logIndex: '0',
        rootHash: root.toString('base64'),
        treeSize: '1',
        hashes: [],
        checkpoint: { envelope: `${note}\n\u2014 rekor.powerx.test ${noteSig.toString('base64')}\n` },
      },
      canonicalizedBody: canonicalizedBody.toString('base64'),
    };
  }

  /** `cosign sign-blob --bundle`-style keyless bundle: a message signature over the artifact. */
  signBlob(artifact: Buffer, identity: Identity, options: SignOptions = {}): object {
    const at = options.at ?? new Date();
    const key = ecKeys();
    const cert = this.issue(identity, key.publicKey, at, !options.noSct);
    const signature = sign('sha256', artifact, key.privateKey);
    const digest = sha256(artifact);
    const body = {
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: digest.toString('hex') } },
        signature: { content: signature.toString('base64'), publicKey: { content: Buffer.from(pem(cert)).toString('base64') } },
      },
    };
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: cert.toString('base64') },
        tlogEntries: options.noTlog ? [] : [this.tlogEntry('hashedrekord', body, at)],
        timestampVerificationData: { rfc3161Timestamps: [] },
      },
      messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: digest.toString('base64') }, signature: signature.toString('base64') },
    };
  }

  /** A GitHub-artifact-attestation-style bundle: a DSSE envelope over an in-toto statement naming the artifact. */
  attest(subjects: { name: string; artifact: Buffer }[], identity: Identity, options: SignOptions = {}): object {
    const at = options.at ?? new Date();
    const key = ecKeys();
    const cert = this.issue(identity, key.publicKey, at, !options.noSct);
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects.map((s) => ({ name: s.name, digest: { sha256: sha256(s.artifact).toString('hex') } })),
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }, runDetails: {} },
    };
    const payload = Buffer.from(JSON.stringify(statement));
    const payloadType = 'application/vnd.in-toto+json';
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload]);
    const signature = sign('sha256', pae, key.privateKey);
    const body = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: sha256('envelope').toString('hex') },
        payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
        signatures: [{ signature: signature.toString('base64'), verifier: Buffer.from(pem(cert)).toString('base64') }],
      },
    };
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: cert.toString('base64') },
        tlogEntries: options.noTlog ? [] : [this.tlogEntry('dsse', body, at)],
        timestampVerificationData: { rfc3161Timestamps: [] },
      },
      dsseEnvelope: { payload: payload.toString('base64'), payloadType, signatures: [{ sig: signature.toString('base64'), keyid: '' }] },
    };
  }
}

function pem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** A self-managed signing key: PEM public key, detached signatures and public-key bundles. */
export class TestSigningKey {
  readonly hint: string;
  readonly keys: KeyPair;

  constructor(hint: string, type: 'ec' | 'ed25519' | 'rsa' = 'ec') {
    this.hint = hint;
    this.keys =
      type === 'ec' ? ecKeys() : type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('rsa', { modulusLength: 2048 });
  }

  get publicKeyPem(): string {
    return this.keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Raw signature bytes, as `openssl dgst -sha256 -sign key.pem` writes them (Ed25519: over the artifact). */
  signDetached(artifact: Buffer): Buffer {
    const algorithm = this.keys.privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return sign(algorithm, artifact, this.keys.privateKey);
  }

  /** Base64 text, as `cosign sign-blob --key` prints it. */
  signBase64(artifact: Buffer): string {
    return this.signDetached(artifact).toString('base64');
  }

  /** A public-key Sigstore bundle (message signature, key named by hint). */
  signBundle(artifact: Buffer): object {
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: this.hint }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: sha256(artifact).toString('base64') },
        signature: this.signDetached(artifact).toString('base64'),
      },
    };
  }
}
