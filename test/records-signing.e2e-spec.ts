import { createHash } from 'node:crypto';
import { verifyRecordSignature } from '../src/records/signing/record-signature';
import { formatChileDateTime } from '../workflows/chile-format';
import { adminToken } from './support/actors';
import { createTeam, CycleDriver } from './support/cycle-driver';
import { downloadPdf, waitForIssued } from './support/records';
import { institutionP12, writeP12 } from './support/signing';
import { freePort, startNode } from './support/processes';
import { startTestApp, TestApp } from './support/test-app';
import { REDIS_URL } from './support/test-database';

const INSTITUTION = { name: 'Firma de Registros SNP', organization: 'Servicio Nacional de Prueba' };
const PASSPHRASE = 'frase de paso de la institución';

// An installation configured with its institution's certificate (RECORDS_SIGNING_P12): records
// are signed with it, not with a self-signed one, and a passphrase that does not open it stops
// the start (of the built API and worker, as an operator runs them) instead of the first record.
describe('Firma de los registros con el certificado de la institución', () => {
  let t: TestApp;
  let p12Path: string;

  beforeAll(async () => {
    p12Path = writeP12(institutionP12({ ...INSTITUTION, passphrase: PASSPHRASE }));
    t = await startTestApp({ config: { recordsSigning: { p12Path, passphrase: PASSPHRASE } } });
  }, 120_000);
  afterAll(() => t.close());

  it('signs each record with the configured certificate, as the verification says', async () => {
    const admin = await adminToken(t.http);
    const team = await createTeam(t.http, admin, 'FIRMA');
    const cycle = await CycleDriver.create(t.http, team, 2027);
    await cycle.save(team.officer, 'strategic-definitions');
    await cycle.passGate(team);
    const records = await waitForIssued(t.http, cycle.cycleId, team.auditor.token, 2);
    const signer = { ...INSTITUTION, selfSigned: false };
    for (const record of records) {
      const bytes = (await downloadPdf(t.http, record.id, team.auditor.token)).body as Buffer;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(record.sha256);
      expect(verifyRecordSignature(bytes)).toMatchObject({
        status: 'valid',
        signer,
        signedAt: new Date(record.issuedAt!),
      });
      expect((await t.http.get(`/api/verify/${record.sha256}`)).body).toMatchObject({
        valid: true,
        signature: { status: 'valid', signer, signedAt: record.issuedAt },
      });
    }
    const page = await t.http.get(`/verify/${records[0].sha256}`);
    expect(page.text).toContain(
      `Firma electrónica: válida — firmado por ${INSTITUTION.name} (${INSTITUTION.organization}) el ${formatChileDateTime(records[0].issuedAt!)}.`,
    );
    expect(page.text).not.toContain('autofirmado');
  });

  it('stops the API and the worker at start-up when the passphrase does not open the certificate', async () => {
    const env = {
      DATABASE_URL: t.database.url,
      REDIS_URL,
      JWT_SECRET: 's'.repeat(40),
      RECORDS_SIGNING_P12: p12Path,
      RECORDS_SIGNING_P12_PASSPHRASE: 'otra frase',
    };
    const message = `RECORDS_SIGNING_P12 (${p12Path}): la contraseña no abre el archivo PKCS#12; revise RECORDS_SIGNING_P12_PASSPHRASE`;
    for (const [entry, prefix] of [
      ['src/main.js', 'No se pudo iniciar Enfoque'],
      ['src/worker.js', 'No se pudo iniciar el proceso de trabajos'],
    ] as const) {
      const child = startNode(entry, { ...env, PORT: String(await freePort()) });
      expect(await child.exited).toBe(1);
      expect(child.output()).toContain(`${prefix}: Configuración inválida:\n  - ${message}`);
    }
  });
});
