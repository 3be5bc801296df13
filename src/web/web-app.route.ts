import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where `vite build` leaves the web app: beside src/ when running from TypeScript (tests), two
// levels up when running from dist/src.
export function webAppDir(): string | null {
  for (const dir of [resolve(__dirname, '../../web/dist'), resolve(__dirname, '../../../web/dist')]) {
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

const NOT_BUILT = `<!doctype html><html lang="es"><meta charset="utf-8"><title>Enfoque</title>
<p>La interfaz web no está compilada. Ejecute <code>npm start</code> (o <code>npm run build</code>) para compilarla.</p></html>`;

// The web app at /: its hashed assets cached for good, and index.html for every other page path
// (deep links), so that the browser's router takes over. /api and /verify stay the server's.
export function mountWebApp(app: NestExpressApplication): void {
  const dir = webAppDir();
  if (dir) {
    app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
    app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  }
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|verify|assets)(\/|$)/.test(request.path);
    if (!isPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    if (!dir) return void response.status(503).type('html').send(NOT_BUILT);
    response.sendFile(join(dir, 'index.html'));
  });
}
