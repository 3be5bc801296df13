import type { NextFunction, Request, Response } from 'express';

// What the API answers (documents, records, evidence, exports, the session itself) is personal
// and changes: no browser, proxy or shared computer may keep a copy. The API's description
// (/api/docs) is public and stays cacheable; a route may still set its own header.
export function noStore(request: Request, response: Response, next: NextFunction): void {
  if (/^\/api(\/|$)/i.test(request.path) && !/^\/api\/docs/i.test(request.path))
    response.setHeader('Cache-Control', 'no-store');
  next();
}
