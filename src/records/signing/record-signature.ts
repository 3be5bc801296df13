import { createHash, verify, X509Certificate } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf, { Signer } from '@signpdf/signpdf';
import { cadesDetachedSignature, certificateIssuerAndSerial, parseSignedData } from './cms';
import { isSelfSigned, subjectAttribute, type SigningIdentity } from './signing-identity';

/** The PAdES signature format: CAdES in the PDF (ETSI EN 319 142-1), not the older adbe.pkcs7.detached. */
export const SUBFILTER = 'ETSI.CAdES.detached';
const DEFAULT_REASON = 'Registro emitido por Enfoque (Sistema Enfoque de Género); íntegro desde su emisión';

class CadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override sign(content: Buffer): Promise<Buffer> {
    const { privateKey, certificate, chain } = this.identity;
    return Promise.resolve(cadesDetachedSignature(content, privateKey, certificate, chain));
  }
}

// The PDF dictionary writer of @signpdf copies a value holding '<<' unescaped; a certificate's
// name never needs angle brackets.
const pdfText = (value: string): string => value.replace(/[<>]/g, '');

/**
 * Signs a rendered PDF (PAdES baseline B-B) as issued at `signedAt`: the claimed signing time in
 * the signature dictionary is that instant, so the PDF reader shows the record's issue time.
 */
export async function signPdf(
  pdf: Buffer,
  signedAt: Date,
  identity: SigningIdentity,
  reason = DEFAULT_REASON,
): Promise<Buffer> {
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason,
    contactInfo: '',
    name: pdfText(identity.name),
    location: '',
    signingTime: signedAt,
    signatureLength: identity.signatureBytes,
    subFilter: SUBFILTER,
    appName: 'Enfoque',
  });
  return signpdf.sign(prepared, new CadesSigner(identity));
}

export interface SignatureSigner {
  /** The certificate subject's common name (CN). */
  name: string;
  /** Its organisation (O), when it names one. */
  organization: string | null;
  selfSigned: boolean;
}

export interface SignatureCheck {
  status: 'valid' | 'invalid' | 'unsigned';
  /** Why it is not valid, in Spanish; null when valid. */
  problem: string | null;
  signer: SignatureSigner | null;
  signedAt: Date | null;
  subFilter: string | null;
}

const BYTE_RANGE = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/;
const PDF_DATE = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})'?(\d{2})'?)?/;

function pdfDate(text: string | undefined): Date | null {
  const m = text ? PDF_DATE.exec(text) : null;
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (+m[9] * 60 + +m[10]) * 60_000 : 0;
  return new Date(utc - offset);
}

// The signature dictionary around a /ByteRange: its /M (claimed signing time) and /SubFilter.
function dictionaryEntries(text: string, at: number): { signedAt: Date | null; subFilter: string | null } {
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  const dictionary = text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
  return {
    signedAt: pdfDate(/\/M\s*\(([^)]*)\)/.exec(dictionary)?.[1]),
    subFilter: /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(dictionary)?.[1] ?? null,
  };
}

// The last signature's /ByteRange: searched from the end, where an incremental update puts it.
function lastByteRange(text: string): { at: number; range: number[] } | null {
  for (let at = text.lastIndexOf('/ByteRange'); at >= 0; at = text.lastIndexOf('/ByteRange', at - 1)) {
    const match = BYTE_RANGE.exec(text.slice(at, at + 120));
    if (match) return { at, range: match.slice(1, 5).map(Number) };
    if (at === 0) break;
  }
  return null;
}

function signerOf(certificate: X509Certificate): SignatureSigner {
  return {
    name: subjectAttribute(certificate, 'CN') ?? certificate.subject.replace(/\n/g, ', '),
    organization: subjectAttribute(certificate, 'O'),
    selfSigned: isSelfSigned(certificate),
  };
}

/**
 * Checks a PDF's (last) signature: it covers the whole file but the signature itself, the
 * message-digest it signs is the digest of those bytes, and the signature over its signed
 * attributes verifies with the certificate it names, in force at the signing time. Whether that
 * certificate is trusted (issued by an authority) is the PDF reader's question; `selfSigned` says.
 */
export function verifyRecordSignature(pdf: Buffer): SignatureCheck {
  const text = pdf.toString('latin1');
  const found = lastByteRange(text);
  if (!found)
    return {
      status: 'unsigned',
      problem: 'El archivo no tiene firma electrónica',
      signer: null,
      signedAt: null,
      subFilter: null,
    };
  const { signedAt: claimedAt, subFilter } = dictionaryEntries(text, found.at);
  const invalid = (problem: string, signer: SignatureSigner | null = null, signedAt = claimedAt): SignatureCheck => ({
    status: 'invalid',
    problem,
    signer,
    signedAt,
    subFilter,
  });
  const [start, gapStart, gapEnd, tailLength] = found.range;
  const hex = text.slice(gapStart + 1, gapEnd - 1);
  if (
    start !== 0 ||
    gapStart >= gapEnd ||
    text[gapStart] !== '<' ||
    text[gapEnd - 1] !== '>' ||
    !/^[0-9a-fA-F]*$/.test(hex) ||
    hex.length % 2 !== 0
  )
    return invalid('La firma no delimita bien el contenido firmado');
  if (gapEnd + tailLength !== pdf.length)
    return invalid('El archivo fue modificado después de la firma: la firma no cubre todo el archivo');

  let parsed: ReturnType<typeof parseSignedData>;
  try {
    parsed = parseSignedData(Buffer.from(hex, 'hex'));
  } catch {
    return invalid('La firma electrónica no se puede leer');
  }
  const signedAt = parsed.signingTime ?? claimedAt;
  const certificate = parsed.certificates
    .map((der) => {
      try {
        return new X509Certificate(der);
      } catch {
        return undefined;
      }
    })
    .find((candidate) => {
      if (!candidate) return false;
      const id = certificateIssuerAndSerial(candidate);
      return id.issuer.equals(parsed.signerIssuer) && id.serial.equals(parsed.signerSerial);
    });
  if (!certificate) return invalid('La firma no incluye el certificado del firmante', null, signedAt);
  const signer = signerOf(certificate);
  if (!parsed.digestName || !parsed.signatureKey || parsed.signedAttributes.length === 0 || !parsed.messageDigest)
    return invalid('La firma usa un formato o un algoritmo no admitido', signer, signedAt);

  const covered = createHash(parsed.digestName).update(pdf.subarray(0, gapStart)).update(pdf.subarray(gapEnd)).digest();
  if (!covered.equals(parsed.messageDigest))
    return invalid('El contenido del archivo cambió después de la firma', signer, signedAt);
  if (certificate.publicKey.asymmetricKeyType !== parsed.signatureKey)
    return invalid('La firma no corresponde a la clave del certificado', signer, signedAt);
  let authentic = false;
  try {
    authentic = verify(
      parsed.signatureDigest ?? parsed.digestName,
      parsed.signedAttributes,
      certificate.publicKey,
      parsed.signature,
    );
  } catch {
    authentic = false;
  }
  if (!authentic) return invalid('La firma no corresponde al certificado del firmante', signer, signedAt);
  if (signedAt && (signedAt < new Date(certificate.validFrom) || signedAt > new Date(certificate.validTo)))
    return invalid('El certificado del firmante no estaba vigente en la fecha de la firma', signer, signedAt);
  return { status: 'valid', problem: null, signer, signedAt, subFilter };
}
