import { createHash, sign, type KeyObject, type X509Certificate } from 'node:crypto';
import forge from 'node-forge';

// The CMS SignedData of a PAdES baseline B-B signature (ETSI EN 319 142-1, CAdES EN 319 122-1):
// detached, SHA-256, signed attributes content-type, message-digest and signing-certificate-v2,
// and no signing-time attribute (PAdES puts the claimed signing time in the dictionary's /M).
// node-forge writes and reads the ASN.1; node:crypto hashes, signs and verifies, so that any key
// type OpenSSL knows (RSA, ECDSA) works. forge's own PKCS#7 signer cannot add signing-certificate-v2.

const { asn1 } = forge;
const { Class, Type } = asn1;
type Node = forge.asn1.Asn1;

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
} as const;

const DIGEST_NAMES: Readonly<Record<string, string>> = {
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};
// Signature algorithms a verifier may meet: key type, and the digest when the OID names one.
const SIGNATURE_ALGORITHMS: Readonly<Record<string, { key: 'rsa' | 'ec'; digest?: string }>> = {
  [OID.rsaEncryption]: { key: 'rsa' },
  [OID.sha256WithRsa]: { key: 'rsa', digest: 'sha256' },
  [OID.sha384WithRsa]: { key: 'rsa', digest: 'sha384' },
  [OID.sha512WithRsa]: { key: 'rsa', digest: 'sha512' },
  [OID.ecdsaWithSha256]: { key: 'ec', digest: 'sha256' },
  [OID.ecdsaWithSha384]: { key: 'ec', digest: 'sha384' },
  [OID.ecdsaWithSha512]: { key: 'ec', digest: 'sha512' },
};

const binary = (buffer: Buffer): string => buffer.toString('binary');
const oid = (id: string): Node => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const seq = (value: Node[]): Node => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, value);
const set = (value: Node[]): Node => asn1.create(Class.UNIVERSAL, Type.SET, true, value);
const octets = (value: Buffer): Node => asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, binary(value));
const integer = (value: number): Node =>
  asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(value).getBytes());
const nul = (): Node => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const tagged = (tag: number, value: Node[]): Node => asn1.create(Class.CONTEXT_SPECIFIC, tag, true, value);
const toDer = (node: Node): Buffer => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const fromDer = (der: Buffer): Node => asn1.fromDer(binary(der));
const children = (node: Node | undefined): Node[] => (Array.isArray(node?.value) ? node.value : []);
const bytesOf = (node: Node | undefined): Buffer =>
  typeof node?.value === 'string' ? Buffer.from(node.value, 'binary') : Buffer.alloc(0);
// A context-specific [n] element (forge keeps its tag number in `type`).
const isTagged = (node: Node | undefined, tag: number): node is Node =>
  node?.tagClass === Class.CONTEXT_SPECIFIC && (node.type as number) === tag;
const oidOf = (node: Node | undefined): string => (typeof node?.value === 'string' ? asn1.derToOid(node.value) : '');

// forge parses in JavaScript: each certificate once per process, not once per signature.
const parsedCertificates = new WeakMap<X509Certificate, Node>();
function certificateAsn1(certificate: X509Certificate): Node {
  const parsed = parsedCertificates.get(certificate) ?? fromDer(certificate.raw);
  parsedCertificates.set(certificate, parsed);
  return parsed;
}

/** The issuer Name and serialNumber of a certificate, as ASN.1 (CMS names its signer by them). */
function issuerAndSerial(certificate: X509Certificate): { issuer: Node; serial: Node } {
  const tbs = children(certificateAsn1(certificate))[0];
  const fields = children(tbs);
  // tbsCertificate starts with [0] version, absent in version 1 certificates.
  const first = fields[0]?.tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  return { serial: fields[first], issuer: fields[first + 2] };
}

function attribute(type: string, value: Node): Node {
  return seq([oid(type), set([value])]);
}

// DER orders the elements of a SET OF by their encodings; some verifiers re-encode before checking.
function derSet(elements: Node[]): Node {
  const sorted = elements
    .map((element) => ({ element, der: toDer(element) }))
    .sort((a, b) => Buffer.compare(a.der, b.der));
  return set(sorted.map((entry) => entry.element));
}

function signingCertificateV2(certificate: X509Certificate): Node {
  const { issuer, serial } = issuerAndSerial(certificate);
  const certHash = createHash('sha256').update(certificate.raw).digest();
  // ESSCertIDv2 { hashAlgorithm DEFAULT sha256 (so omitted), certHash, issuerSerial { GeneralNames, serial } }
  const essCertIdV2 = seq([octets(certHash), seq([seq([tagged(4, [issuer])]), serial])]);
  return seq([seq([essCertIdV2])]);
}

function signatureAlgorithm(key: KeyObject): Node {
  if (key.asymmetricKeyType === 'rsa') return seq([oid(OID.rsaEncryption), nul()]);
  if (key.asymmetricKeyType === 'ec') return seq([oid(OID.ecdsaWithSha256)]);
  throw new Error(`Tipo de clave no admitido para firmar registros: ${key.asymmetricKeyType ?? 'desconocido'}`);
}

/** A detached CAdES SignedData over `content`, signed by `signer` (first of `certificates`). */
export function cadesDetachedSignature(
  content: Buffer,
  privateKey: KeyObject,
  signer: X509Certificate,
  certificates: readonly X509Certificate[],
): Buffer {
  const digest = createHash('sha256').update(content).digest();
  const signedAttributes = derSet([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer)),
  ]);
  // The signature is over the DER of the attributes as a SET; the SignerInfo carries them as [0].
  const signature = sign('sha256', toDer(signedAttributes), privateKey);
  const { issuer, serial } = issuerAndSerial(signer);
  const sha256 = seq([oid(OID.sha256)]);
  const signerInfo = seq([
    integer(1),
    seq([issuer, serial]),
    sha256,
    tagged(0, children(signedAttributes)),
    signatureAlgorithm(privateKey),
    octets(signature),
  ]);
  const signedData = seq([
    integer(1),
    set([sha256]),
    seq([oid(OID.data)]),
    tagged(
      0,
      certificates.map((certificate) => certificateAsn1(certificate)),
    ),
    set([signerInfo]),
  ]);
  return toDer(seq([oid(OID.signedData), tagged(0, [signedData])]));
}

export interface ParsedSignature {
  certificates: Buffer[];
  /** The signer's issuer Name and serial number, DER, to find its certificate among them. */
  signerIssuer: Buffer;
  signerSerial: Buffer;
  digestName: string | undefined;
  signatureKey: 'rsa' | 'ec' | undefined;
  signatureDigest: string | undefined;
  /** DER of the signed attributes as a SET: what the signature is over. */
  signedAttributes: Buffer;
  messageDigest: Buffer | undefined;
  signingTime: Date | undefined;
  signature: Buffer;
}

// A DER element's whole length from its header, so that the zero padding after it in a PDF's
// /Contents is not read as part of it.
function derLength(der: Buffer): number {
  if (der.length < 2) return der.length;
  const first = der[1];
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (der[2 + i] ?? 0);
  return 2 + count + length;
}

/** Reads what a verifier needs from a CMS SignedData; throws when it is not one. */
export function parseSignedData(contents: Buffer): ParsedSignature {
  const root = fromDer(contents.subarray(0, derLength(contents)));
  const [type, explicit] = children(root);
  if (oidOf(type) !== OID.signedData) throw new Error('no es un SignedData');
  const fields = children(children(explicit)[0]);
  const certificates = fields.filter((field) => isTagged(field, 0)).flatMap((field) => children(field).map(toDer));
  const signerInfo = children(fields[fields.length - 1])[0];
  const info = children(signerInfo);
  const [sid, digestAlgorithm] = [info[1], info[2]];
  const attributesNode = isTagged(info[3], 0) ? info[3] : undefined;
  const rest = attributesNode ? info.slice(4) : info.slice(3);
  const attributes = children(attributesNode).map((attr) => {
    const [attrType, values] = children(attr);
    return { type: oidOf(attrType), value: children(values)[0] };
  });
  const find = (id: string) => attributes.find((attr) => attr.type === id)?.value;
  const time = find(OID.signingTime);
  const timeText = typeof time?.value === 'string' ? time.value : undefined;
  const [sidIssuer, sidSerial] = children(sid);
  const algorithm = SIGNATURE_ALGORITHMS[oidOf(children(rest[0])[0])];
  return {
    certificates,
    signerIssuer: sidIssuer ? toDer(sidIssuer) : Buffer.alloc(0),
    signerSerial: sidSerial ? toDer(sidSerial) : Buffer.alloc(0),
    digestName: DIGEST_NAMES[oidOf(children(digestAlgorithm)[0])],
    signatureKey: algorithm?.key,
    signatureDigest: algorithm?.digest,
    signedAttributes: attributesNode ? toDer(set(children(attributesNode))) : Buffer.alloc(0),
    messageDigest: find(OID.messageDigest) ? bytesOf(find(OID.messageDigest)) : undefined,
    signingTime:
      timeText === undefined
        ? undefined
        : time?.type === Type.UTCTIME
          ? asn1.utcTimeToDate(timeText)
          : asn1.generalizedTimeToDate(timeText),
    signature: bytesOf(rest[1]),
  };
}

/** The DER of a certificate's issuer Name and serial number, to match a CMS signer identifier. */
export function certificateIssuerAndSerial(certificate: X509Certificate): { issuer: Buffer; serial: Buffer } {
  const { issuer, serial } = issuerAndSerial(certificate);
  return { issuer: toDer(issuer), serial: toDer(serial) };
}
