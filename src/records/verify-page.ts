import { formatChileDateTime } from '../common/chile-time';
import type { Verification } from './records.service';

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// An instant as a person reads it (Chile's time, the one format), with the exact ISO 8601 for machines.
const instant = (iso: string | null): string =>
  iso === null ? '—' : `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatChileDateTime(iso))}</time>`;

const MATCHES = {
  pdf: 'el archivo PDF',
  document: 'la versión del documento',
  history: 'el historial del ciclo con que se generó la lista maestra',
} as const;

// What a person reads of the PDF's electronic signature: valid (by whom, when), or why not.
function signatureSection(signature: Verification['signature']): string {
  if (!signature) return '';
  const signer = signature.signer
    ? `${escapeHtml(signature.signer.name)}${signature.signer.organization ? ` (${escapeHtml(signature.signer.organization)})` : ''}`
    : null;
  const when = signature.signedAt ? ` el ${escapeHtml(formatChileDateTime(signature.signedAt))}` : '';
  const problem = signature.problem ?? '';
  const line =
    signature.status === 'valid'
      ? `<p class="ok">Firma electrónica: válida — firmado por ${signer ?? 'un firmante sin nombre'}${when}. El archivo no cambió desde su emisión.</p>`
      : signature.status === 'unsigned'
        ? '<p class="ko">Firma electrónica: ausente — este registro se emitió sin firma electrónica.</p>'
        : `<p class="ko">Firma electrónica: no válida — ${escapeHtml(problem.charAt(0).toLowerCase() + problem.slice(1))}.</p>`;
  const selfSigned = signature.signer?.selfSigned
    ? '<p>El certificado es autofirmado por esta instalación de Enfoque, no emitido por una autoridad certificadora: su lector de PDF puede advertir que no reconoce a quien firma, aunque la firma confirme que el archivo no fue alterado.</p>'
    : '';
  return `<section aria-label="Firma electrónica">${line}${selfSigned}</section>`;
}

// The page a record's QR code opens: plain HTML, no script, nothing of the record's content.
export function verifyPage(result: Verification): string {
  const record = result.valid ? result.record : undefined;
  const history = result.matches === 'history';
  const currency = history
    ? record?.current
      ? 'El ciclo no ha registrado movimientos desde entonces'
      : 'El ciclo registró movimientos posteriores: una lista nueva puede diferir'
    : record?.current
      ? 'Versión vigente'
      : 'Versión obsoleta: existe una versión posterior';
  const body = record
    ? `<p class="ok">✔ ${history ? 'Lista maestra auténtica' : 'Registro auténtico'} del Sistema Enfoque de Género.</p>
       <dl>
         <dt>${history ? 'Documento' : 'Registro'}</dt><dd>${escapeHtml(record.title)} — <code>${escapeHtml(record.code)}</code></dd>
         <dt>Servicio</dt><dd>${escapeHtml(record.agency.name)} (${escapeHtml(record.agency.code)})</dd>
         <dt>Año</dt><dd>${record.year}</dd>
         <dt>Vigencia</dt><dd>${currency}</dd>
         <dt>${history ? `Historial hasta la entrada ${record.version}, del` : 'Emitido'}</dt><dd>${instant(record.issuedAt)}</dd>
         <dt>El código corresponde a</dt><dd>${MATCHES[result.matches ?? 'document']}</dd>
       </dl>${signatureSection(result.signature)}`
    : `<p class="ko">✘ Este código no corresponde a ningún registro emitido. Si el archivo fue modificado, su código cambia.</p>`;
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verificación de registro — Enfoque</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
.ok{color:#0b6e4f;font-weight:600}.ko{color:#b42318;font-weight:600}dt{font-weight:600;margin-top:.5rem}code{word-break:break-all}</style>
</head><body><h1>Verificación de registro</h1><p>Código: <code>${escapeHtml(result.sha256)}</code></p>${body}</body></html>`;
}
