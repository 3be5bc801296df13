import { verifyPage } from './verify-page';
import type { Verification } from './records.service';

const genuine: Verification = {
  valid: true,
  sha256: 'a'.repeat(64),
  matches: 'pdf',
  record: {
    code: 'EG-2027-DIAG-v1',
    title: 'Diagnóstico',
    kind: 'diagnostic',
    version: 1,
    agency: { code: 'SNP', name: 'Servicio Nacional de Prueba' },
    year: 2027,
    current: true,
    issuedAt: '2027-05-14T16:42:07.000Z',
  },
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('página de verificación: la firma electrónica', () => {
  it('says who signed and when, in Chile’s time, and that a self-signed certificate is one', () => {
    const page = verifyPage({
      ...genuine,
      signature: {
        status: 'valid',
        problem: null,
        signer: { name: 'Firma <b>SNP</b>', organization: 'Servicio Nacional de Prueba', selfSigned: true },
        signedAt: '2027-05-14T16:42:07.000Z',
      },
    });
    expect(text(page)).toContain(
      'Firma electrónica: válida — firmado por Firma &lt;b&gt;SNP&lt;/b&gt; (Servicio Nacional de Prueba) el 14 de mayo de 2027 a las 12:42.',
    );
    expect(page).toContain('autofirmado por esta instalación');
  });

  it('says why a signature is not valid, or that there is none', () => {
    const invalid = verifyPage({
      ...genuine,
      signature: {
        status: 'invalid',
        problem: 'El contenido del archivo cambió después de la firma',
        signer: { name: 'Firma SNP', organization: null, selfSigned: false },
        signedAt: null,
      },
    });
    expect(text(invalid)).toContain(
      'Firma electrónica: no válida — el contenido del archivo cambió después de la firma.',
    );
    expect(invalid).not.toContain('autofirmado');
    const unsigned = verifyPage({
      ...genuine,
      signature: { status: 'unsigned', problem: 'El archivo no tiene firma electrónica', signer: null, signedAt: null },
    });
    expect(text(unsigned)).toContain('Firma electrónica: ausente — este registro se emitió sin firma electrónica.');
    expect(text(verifyPage({ valid: false, sha256: 'b'.repeat(64) }))).not.toContain('Firma electrónica');
  });
});
