import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/load-config';

/** Seconds a client is told to wait (Retry-After) when every dossier slot is taken. */
export const DOSSIER_RETRY_AFTER_SECONDS = 30;

// How many dossiers one API process builds at once (DOSSIER_CONCURRENCY). Each holds a database
// connection now and then, a slice of a file and the client's connection for as long as the
// download lasts; one more is told to come back later rather than slowing all of them.
@Injectable()
export class DossierSlots {
  private taken = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A slot and the function that gives it back (once, however often called); null when all are taken. */
  take(): (() => void) | null {
    if (this.taken >= this.config.dossierConcurrency) return null;
    this.taken++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.taken--;
    };
  }
}
