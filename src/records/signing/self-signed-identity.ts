import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

export const SELF_SIGNED_NAME = 'Enfoque — certificado autofirmado de esta instalación';
export const SELF_SIGNED_ORGANIZATION = 'Sistema Enfoque de Género';
const FOLDER = 'records-signing';
const P12_FILE = 'certificate.p12';
const PASSPHRASE_FILE = 'passphrase';
const VALID_YEARS = 20;

// In node-forge, untyped in @types/node-forge: the to-be-signed part of a certificate.
const getTbsCertificate = (certificate: forge.pki.Certificate): forge.asn1.Asn1 =>
  (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(
    certificate,
  );

export interface StoredP12 {
  p12: Buffer;
  passphrase: string;
  path: string;
}

function selfSignedP12(passphrase: string, now: Date): Buffer {
  // node:crypto makes the key and signs (native, fast); forge writes the certificate and the PKCS#12.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  // 16 random bytes, first bit clear (a positive INTEGER) and first byte non-zero (minimal DER).
  const serial = randomBytes(16);
  serial[0] = (serial[0] & 0x7f) | 0x10;
  certificate.serialNumber = serial.toString('hex');
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now.getTime());
  certificate.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  // UTF8String, for the accents (forge's default PrintableString has none). @types/node-forge
  // types valueTagClass as a tag class, but forge reads it as the universal type.
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class;
  const subject = [
    { shortName: 'CN', value: SELF_SIGNED_NAME, valueTagClass: utf8 },
    { shortName: 'O', value: SELF_SIGNED_ORGANIZATION, valueTagClass: utf8 },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.signatureOid = certificate.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption;
  const tbs = forge.asn1.toDer(getTbsCertificate(certificate)).getBytes();
  certificate.signature = sign('sha256', Buffer.from(tbs, 'binary'), privateKey).toString('binary');
  const pfx = forge.pkcs12.toPkcs12Asn1(key, [certificate], passphrase, {
    algorithm: 'aes256',
    friendlyName: SELF_SIGNED_NAME,
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(pfx).getBytes(), 'binary');
}

/**
 * The embedded default's signing certificate: a self-signed one generated into DATA_DIR the first
 * time and reused after, with its generated passphrase beside it (both readable by the owner only).
 */
export function readOrCreateSelfSignedP12(dataDir: string, now = new Date()): StoredP12 & { created: boolean } {
  const folder = join(dataDir, FOLDER);
  const read = (): StoredP12 => ({
    p12: readFileSync(join(folder, P12_FILE)),
    passphrase: readFileSync(join(folder, PASSPHRASE_FILE), 'utf8').trim(),
    path: join(folder, P12_FILE),
  });
  if (existsSync(join(folder, P12_FILE))) return { ...read(), created: false };
  mkdirSync(dataDir, { recursive: true });
  // Written into a folder of its own and renamed into place at once, so that processes starting
  // together (the API and workers sharing DATA_DIR) never pair one's key with another's passphrase.
  const staging = mkdtempSync(join(dataDir, `${FOLDER}-`));
  const passphrase = randomBytes(24).toString('base64url');
  writeFileSync(join(staging, PASSPHRASE_FILE), `${passphrase}\n`, { mode: 0o600 });
  writeFileSync(join(staging, P12_FILE), selfSignedP12(passphrase, now), { mode: 0o600 });
  try {
    renameSync(staging, folder);
    return { ...read(), created: true };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(join(folder, P12_FILE))) return { ...read(), created: false };
    throw error;
  }
}
