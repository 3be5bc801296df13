import { Logger } from '@nestjs/common';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { institutionP12, writeP12 } from '../../../test/support/signing';
import { ConfigurationError } from '../../config/app-config';
import { loadConfig, type AppConfig } from '../../config/load-config';
import { resolveSigningIdentity } from './record-signer';
import { SELF_SIGNED_NAME } from './self-signed-identity';

const quietLogger = () => {
  const logger = new Logger('prueba');
  const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
  jest.spyOn(logger, 'log').mockImplementation(() => undefined);
  return { logger, warn };
};

const config = (env: NodeJS.ProcessEnv): AppConfig =>
  loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'enfoque-firma-')), ...env });

describe('certificado con que se firman los registros', () => {
  it('generates a self-signed certificate into DATA_DIR once, then reuses it', () => {
    const embedded = config({});
    const { logger, warn } = quietLogger();
    const first = resolveSigningIdentity(embedded, logger);
    expect(first).toMatchObject({ name: SELF_SIGNED_NAME, selfSigned: true, generated: true });
    const folder = join(embedded.dataDir, 'records-signing');
    expect(readdirSync(folder).sort()).toEqual(['certificate.p12', 'passphrase']);
    for (const file of ['certificate.p12', 'passphrase']) expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    const again = resolveSigningIdentity(embedded, logger);
    expect(again.certificate.fingerprint256).toBe(first.certificate.fingerprint256);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns in Spanish when production signs with a self-signed certificate', () => {
    const production = config({ DATABASE_URL: 'postgres://u@h/db', JWT_SECRET: 's'.repeat(40) });
    const { logger, warn } = quietLogger();
    expect(resolveSigningIdentity(production, logger).selfSigned).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/certificado autofirmado.*Defina RECORDS_SIGNING_P12/));
  });

  it('uses the configured PKCS#12 instead, generating nothing', () => {
    const path = writeP12(
      institutionP12({ name: 'Firma SNP', organization: 'Servicio Nacional', passphrase: 'ñandú 1' }),
    );
    const configured = config({ RECORDS_SIGNING_P12: path, RECORDS_SIGNING_P12_PASSPHRASE: 'ñandú 1' });
    expect(configured.recordsSigning).toEqual({ p12Path: path, passphrase: 'ñandú 1' });
    const { logger, warn } = quietLogger();
    expect(resolveSigningIdentity(configured, logger)).toMatchObject({
      name: 'Firma SNP',
      organization: 'Servicio Nacional',
      selfSigned: false,
      generated: false,
    });
    expect(existsSync(join(configured.dataDir, 'records-signing'))).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('stops the start with a Spanish message for a wrong passphrase or a missing file', () => {
    const path = writeP12(institutionP12({ name: 'Firma', organization: 'Servicio', passphrase: 'buena' }));
    const wrong = config({ RECORDS_SIGNING_P12: path, RECORDS_SIGNING_P12_PASSPHRASE: 'mala' });
    const { logger } = quietLogger();
    expect(() => resolveSigningIdentity(wrong, logger)).toThrow(ConfigurationError);
    expect(() => resolveSigningIdentity(wrong, logger)).toThrow(
      `Configuración inválida:\n  - RECORDS_SIGNING_P12 (${path}): la contraseña no abre el archivo PKCS#12; revise RECORDS_SIGNING_P12_PASSPHRASE`,
    );
    const missing = config({ RECORDS_SIGNING_P12: '/no/existe.p12' });
    expect(() => resolveSigningIdentity(missing, logger)).toThrow(
      'RECORDS_SIGNING_P12 (/no/existe.p12): no se puede leer el archivo (ENOENT)',
    );
  });

  it('refuses a passphrase without the file it opens', () => {
    expect(() => loadConfig({ RECORDS_SIGNING_P12_PASSPHRASE: 'x' })).toThrow(
      /RECORDS_SIGNING_P12 es obligatorio cuando se define RECORDS_SIGNING_P12_PASSPHRASE/,
    );
  });
});
