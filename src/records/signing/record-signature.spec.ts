import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRecord } from '../../../templates/render';
import { sampleRecord } from '../../../templates/testing/record-samples';
import { institutionP12 } from '../../../test/support/signing';
import { signPdf, SUBFILTER, verifyRecordSignature } from './record-signature';
import { readOrCreateSelfSignedP12, SELF_SIGNED_NAME, SELF_SIGNED_ORGANIZATION } from './self-signed-identity';
import { loadSigningIdentity, type SigningIdentity } from './signing-identity';

const ISSUED_AT = new Date('2027-05-14T16:42:07Z');

describe('firma PAdES de los registros', () => {
  let selfSigned: SigningIdentity;
  let rendered: Buffer;
  let signed: Buffer;

  beforeAll(async () => {
    const stored = readOrCreateSelfSignedP12(mkdtempSync(join(tmpdir(), 'enfoque-firma-')));
    selfSigned = loadSigningIdentity(stored.p12, stored.passphrase, { label: 'autofirmado', generated: true });
    rendered = await renderRecord(sampleRecord('visa-certificate'));
    signed = await signPdf(rendered, ISSUED_AT, selfSigned);
  });

  it('signs the rendered PDF so that it verifies: signer, issue time, CAdES format', () => {
    expect(signed.subarray(0, rendered.length - 10).equals(rendered.subarray(0, rendered.length - 10))).toBe(true);
    expect(verifyRecordSignature(signed)).toEqual({
      status: 'valid',
      problem: null,
      signer: { name: SELF_SIGNED_NAME, organization: SELF_SIGNED_ORGANIZATION, selfSigned: true },
      signedAt: ISSUED_AT,
      subFilter: SUBFILTER,
    });
    expect(SUBFILTER).toBe('ETSI.CAdES.detached');
    // PAdES baseline: the claimed time is the dictionary's /M, not a CMS signing-time attribute.
    expect(signed.toString('latin1')).toContain('/M (D:20270514164207Z)');
  });

  it('finds any byte changed in the signed ranges, before or after the signature', () => {
    const text = signed.toString('latin1');
    const contents = text.lastIndexOf('/Contents <');
    for (const at of [10, rendered.length - 200, text.lastIndexOf('/M (D:') + 8, signed.length - 3]) {
      expect(at < contents || at > text.indexOf('>', contents)).toBe(true);
      const altered = Buffer.from(signed);
      altered[at] = altered[at] === 0x30 ? 0x31 : 0x30;
      expect(verifyRecordSignature(altered)).toMatchObject({
        status: 'invalid',
        signer: { name: SELF_SIGNED_NAME },
      });
    }
    const body = Buffer.from(signed);
    body[rendered.length - 200] ^= 0x01;
    expect(verifyRecordSignature(body).problem).toBe('El contenido del archivo cambió después de la firma');
  });

  it('refuses a file with bytes added after the signature, or a tampered signature', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% añadido\n')]);
    expect(verifyRecordSignature(appended)).toMatchObject({
      status: 'invalid',
      problem: 'El archivo fue modificado después de la firma: la firma no cubre todo el archivo',
    });
    // The last bytes of the CMS are the RSA signature value: flip one hex digit there.
    const text = signed.toString('latin1');
    const hexStart = text.lastIndexOf('/Contents <') + '/Contents <'.length;
    const hex = text.slice(hexStart, text.indexOf('>', hexStart)).replace(/(00)+$/, '');
    const at = hexStart + hex.length - 4;
    const forged = Buffer.from(signed);
    forged[at] = forged[at] === 0x61 ? 0x62 : 0x61;
    expect(verifyRecordSignature(forged)).toMatchObject({
      status: 'invalid',
      problem: 'La firma no corresponde al certificado del firmante',
    });
  });

  it('says an unsigned PDF has no signature', () => {
    expect(verifyRecordSignature(rendered)).toMatchObject({ status: 'unsigned', signer: null, signedAt: null });
  });

  it('signs with an institution’s certificate issued by an authority, chain included', async () => {
    const identity = loadSigningIdentity(
      institutionP12({ name: 'Firma de Registros', organization: 'Servicio Nacional de Prueba', passphrase: 'clave' }),
      'clave',
      { label: 'RECORDS_SIGNING_P12', generated: false },
    );
    expect(identity.chain).toHaveLength(2);
    const pdf = await signPdf(rendered, ISSUED_AT, identity);
    expect(verifyRecordSignature(pdf)).toMatchObject({
      status: 'valid',
      signer: { name: 'Firma de Registros', organization: 'Servicio Nacional de Prueba', selfSigned: false },
      signedAt: ISSUED_AT,
    });
  });

  it('refuses a PKCS#12 it cannot sign with, saying why in Spanish', () => {
    const p12 = institutionP12({ name: 'Firma', organization: 'Servicio', passphrase: 'buena' });
    const origin = { label: 'RECORDS_SIGNING_P12 (/ruta/institucion.p12)', generated: false };
    expect(() => loadSigningIdentity(p12, 'mala', origin)).toThrow(
      'RECORDS_SIGNING_P12 (/ruta/institucion.p12): la contraseña no abre el archivo PKCS#12; revise RECORDS_SIGNING_P12_PASSPHRASE',
    );
    expect(() => loadSigningIdentity(Buffer.from('no es un p12'), 'x', origin)).toThrow(
      /no es un archivo PKCS#12 \(\.p12\/\.pfx\) legible/,
    );
    const expired = institutionP12({
      name: 'Firma',
      organization: 'Servicio',
      passphrase: 'buena',
      validity: { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2021-01-01T00:00:00Z') },
    });
    expect(() => loadSigningIdentity(expired, 'buena', origin)).toThrow(/el certificado no está vigente/);
  });
});
