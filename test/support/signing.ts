import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import {
  readOrCreateSelfSignedP12,
  SELF_SIGNED_NAME,
  SELF_SIGNED_ORGANIZATION,
} from '../../src/records/signing/self-signed-identity';

// Generating the self-signed certificate costs about a second of CPU; the test applications each
// get a copy of one generated once per machine (named by its subject, so that a change to it
// generates a new one), as if their installation had started before.
const CACHE = join(
  tmpdir(),
  `enfoque-test-signing-${createHash('sha256').update(`${SELF_SIGNED_NAME}|${SELF_SIGNED_ORGANIZATION}`).digest('hex').slice(0, 12)}`,
);

export function seedSelfSignedIdentity(dataDir: string): void {
  const { path } = readOrCreateSelfSignedP12(CACHE);
  cpSync(join(path, '..'), join(dataDir, 'records-signing'), { recursive: true });
}

function rsaKey(): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
}

function certificate(
  subject: forge.pki.CertificateField[],
  key: forge.pki.rsa.PrivateKey,
  issuer: { subject: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey },
  validity: { from: Date; to: Date },
  extensions: object[],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `1${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = validity.from;
  cert.validity.notAfter = validity.to;
  cert.setSubject(subject);
  cert.setIssuer(issuer.subject);
  cert.setExtensions(extensions);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;

/**
 * An institution's PKCS#12 as an authority would issue it: a signing certificate (CN, O) issued
 * by a test CA, with the CA's certificate in the file too.
 */
export function institutionP12(options: {
  name: string;
  organization: string;
  passphrase: string;
  validity?: { from: Date; to: Date };
}): Buffer {
  const year = 365 * 86_400_000;
  const validity = options.validity ?? { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + year) };
  const caKey = rsaKey();
  const caSubject = [{ shortName: 'CN', value: 'Autoridad Certificadora de Prueba' }];
  const ca = certificate(caSubject, caKey, { subject: caSubject, key: caKey }, validity, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  const key = rsaKey();
  const leaf = certificate(
    [
      { shortName: 'CN', value: options.name, valueTagClass: utf8 },
      { shortName: 'O', value: options.organization, valueTagClass: utf8 },
    ],
    key,
    { subject: caSubject, key: caKey },
    validity,
    [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }],
  );
  const pfx = forge.pkcs12.toPkcs12Asn1(key, [leaf, ca], options.passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(pfx).getBytes(), 'binary');
}

/** Writes a PKCS#12 into a fresh folder and returns its path. */
export function writeP12(p12: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'enfoque-p12-')), 'institucion.p12');
  writeFileSync(path, p12, { mode: 0o600 });
  return path;
}
