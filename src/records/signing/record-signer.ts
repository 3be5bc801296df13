import { Inject, Injectable, Logger, type Provider } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../config/app-config';
import { APP_CONFIG, type AppConfig } from '../../config/load-config';
import { signPdf } from './record-signature';
import { readOrCreateSelfSignedP12 } from './self-signed-identity';
import { loadSigningIdentity, SigningIdentityError, type SigningIdentity } from './signing-identity';

export const SIGNING_IDENTITY = Symbol('SIGNING_IDENTITY');

const opened = new Map<string, SigningIdentity>();

/**
 * The certificate records are signed with, opened once per process: main.ts and worker.ts open
 * it before anything else starts, so that a certificate that cannot sign stops the start with
 * a Spanish message (not the first record, and not inside Nest, which would exit without it);
 * the application's provider then finds it open.
 */
export function openSigningIdentity(config: AppConfig): SigningIdentity {
  const key = JSON.stringify(
    config.recordsSigning ? [config.recordsSigning.p12Path, config.recordsSigning.passphrase] : [config.dataDir],
  );
  const identity = opened.get(key) ?? resolveSigningIdentity(config);
  opened.set(key, identity);
  return identity;
}

/**
 * Opens RECORDS_SIGNING_P12, or else the self-signed certificate of this installation under
 * DATA_DIR (generated the first time), and checks it can sign.
 */
export function resolveSigningIdentity(config: AppConfig, logger = new Logger('Firma de registros')): SigningIdentity {
  try {
    if (config.recordsSigning) {
      const { p12Path, passphrase } = config.recordsSigning;
      const label = `RECORDS_SIGNING_P12 (${p12Path})`;
      let p12: Buffer;
      try {
        p12 = readFileSync(p12Path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new SigningIdentityError(`${label}: no se puede leer el archivo (${code})`);
      }
      const identity = loadSigningIdentity(p12, passphrase, { label, generated: false });
      logger.log(`Los registros se firman con el certificado de «${identity.name}» (${p12Path})`);
      return identity;
    }
    const stored = readOrCreateSelfSignedP12(config.dataDir);
    const identity = loadSigningIdentity(stored.p12, stored.passphrase, {
      label: `Certificado autofirmado de esta instalación (${stored.path})`,
      generated: true,
    });
    if (stored.created) logger.log(`Certificado autofirmado para firmar los registros generado en ${stored.path}`);
    if (config.databaseMode === 'external')
      logger.warn(
        `Los registros se firman con un certificado autofirmado de esta instalación (${stored.path}): ` +
          'un lector de PDF mostrará que no fueron alterados, pero no reconocerá a quien firma. ' +
          'Defina RECORDS_SIGNING_P12 y RECORDS_SIGNING_P12_PASSPHRASE con el certificado de la institución; ' +
          'mientras tanto, si la API y los procesos de trabajos no comparten DATA_DIR, cada uno firma con un certificado distinto.',
      );
    return identity;
  } catch (error) {
    if (error instanceof SigningIdentityError) throw new ConfigurationError([error.message]);
    throw error;
  }
}

export const signingIdentityProvider: Provider = {
  provide: SIGNING_IDENTITY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => openSigningIdentity(config),
};

/** Signs every PDF this installation issues, right after it is rendered and before it is hashed. */
@Injectable()
export class RecordSigner {
  constructor(@Inject(SIGNING_IDENTITY) private readonly identity: SigningIdentity) {}

  /** A record (or a V°B° certificate), signed as issued at `issuedAt`. */
  signRecordPdf(pdf: Buffer, issuedAt: Date): Promise<Buffer> {
    return signPdf(pdf, issuedAt, this.identity);
  }

  /** The dossier's master list, signed as generated at `generatedAt`. */
  signMasterList(pdf: Buffer, generatedAt: Date): Promise<Buffer> {
    return signPdf(pdf, generatedAt, this.identity, 'Lista maestra del expediente, generada por Enfoque');
  }
}
