import { ERROR_LABELS } from '@procedure/labels';
import { ApiError, CSRF_HEADER, refusal } from '../api/client';
import type { Evidence } from '../api/types';

// One file sent to the API as multipart (field "file"), reporting how much has gone: fetch cannot
// tell an upload's progress, XMLHttpRequest can. Same rules as api/client.ts: the session cookie
// rides along, the CSRF header proves the page is ours, a refusal becomes an ApiError.

export interface Upload {
  done: Promise<Evidence>;
  abort: () => void;
}

export function uploadEvidence(path: string, file: File, onProgress: (fraction: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Evidence>((resolve, reject) => {
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as Evidence);
      } else reject(refusal(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ERROR_LABELS.NETWORK ?? 'Sin conexión'));
    xhr.onabort = () => reject(new DOMException('Subida cancelada', 'AbortError'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
