import { formatChileDateTime } from '../../workflows/chile-format';
import type { Verification } from './records.service';

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

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
  const body =
    result.valid && result.record
      ? `<p class="ok">✔ Registro auténtico del Sistema Enfoque de Género.</p>
       <dl>
         <dt>Registro</dt><dd>${escapeHtml(result.record.title)} — <code>${escapeHtml(result.record.code)}</code></dd>
         <dt>Servicio</dt><dd>${escapeHtml(result.record.agency.name)} (${escapeHtml(result.record.agency.code)})</dd>
         <dt>Año</dt><dd>${result.record.year}</dd>
         <dt>Vigencia</dt><dd>${result.record.current ? 'Versión vigente' : 'Versión obsoleta: existe una versión posterior'}</dd>
         <dt>Emitido</dt><dd>${escapeHtml(result.record.issuedAt ?? '—')}</dd>
         <dt>El código corresponde a</dt><dd>${result.matches === 'pdf' ? 'el archivo PDF' : 'la versión del documento'}</dd>
       </dl>${signatureSection(result.signature)}`
      : `<p class="ko">✘ Este código no corresponde a ningún registro emitido. Si el archivo fue modificado, su código cambia.</p>`;
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verificación de registro — Enfoque</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
.ok{color:#0b6e4f;font-weight:600}.ko{color:#b42318;font-weight:600}dt{font-weight:600;margin-top:.5rem}code{word-break:break-all}</style>
</head><body><h1>Verificación de registro</h1><p>Código: <code>${escapeHtml(result.sha256)}</code></p>${body}</body></html>`;
}
