import type { Content, CustomTableLayout } from 'pdfmake/interfaces';
import type { RecordFrame } from './frame';
import { code, userText } from './text';
import { COLORS } from './theme';

// Modules are whole points (pdfmake floors fit / modules): 100 gives 2-pt modules, easy to
// scan from paper, for any verification URL up to about 130 characters.
const QR_FIT = 100;
const QR_QUIET_ZONE = 3;
const WEB = /^https?:\/\//i;

const BOX: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: (i: number) => (i === 1 ? 0 : 0.6),
  hLineColor: () => COLORS.rule,
  vLineColor: () => COLORS.rule,
  fillColor: () => COLORS.boxFill,
  paddingLeft: () => 8,
  paddingRight: () => 8,
  paddingTop: () => 8,
  paddingBottom: () => 8,
};

// Closing box: the QR code and the same link as text, for a reader without a scanner.
export function verificationBlock(frame: RecordFrame): Content {
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    table: {
      widths: [QR_FIT + 12, '*'],
      body: [
        [
          { qr: frame.verifyUrl, fit: QR_FIT, padding: QR_QUIET_ZONE, eccLevel: 'M' },
          {
            stack: [
              { text: 'Verificación de autenticidad', bold: true, color: COLORS.accent, fontSize: 10 },
              { text: userText(frame.statement), margin: [0, 4, 0, 2] },
              code(frame.sha256, undefined, { bold: true, fontSize: 8 }),
              {
                text: 'Escanee el código QR o visite la dirección siguiente para comprobar que no ha sido alterado:',
                margin: [0, 6, 0, 2],
              },
              code(frame.verifyUrl, undefined, {
                color: COLORS.accent,
                fontSize: 8,
                ...(WEB.test(frame.verifyUrl) ? { link: frame.verifyUrl } : {}),
              }),
            ],
            style: 'small',
          },
        ],
      ],
    },
    layout: BOX,
  };
}
