import type { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RecordsService } from './records.service';
import { verifyPage } from './verify-page';

// The page every record's QR code opens (PUBLIC_URL/verify/<sha256>), outside /api: public,
// read-only, and saying nothing of the record's content.
export function mountVerifyPage(app: INestApplication): void {
  const records = app.get(RecordsService);
  const express = app.getHttpAdapter().getInstance() as {
    get(path: string, handler: (req: Request, res: Response) => void): void;
  };
  express.get('/verify/:sha256', (request, response) => {
    const sha256 = String(request.params.sha256 ?? '');
    records
      .verify(sha256)
      .catch(() => ({ valid: false, sha256: sha256.slice(0, 64) }))
      // Public and holding nothing personal, but the answer follows the database: asked again each time.
      .then((result) => response.status(200).type('html').set('Cache-Control', 'no-cache').send(verifyPage(result)))
      .catch(() => response.status(500).end());
  });
}
