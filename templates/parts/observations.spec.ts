import type { ItemObservation, RecordData } from '../record-data';
import { renderRecord } from '../render';
import { pdfText } from '../testing/pdf-text';
import { PEOPLE, sampleRecord } from '../testing/record-samples';

// The observations section: each return or denial, then what it said about single items.

const item = (overrides: Partial<ItemObservation>): ItemObservation => ({
  kind: 'diagnostic',
  version: 2,
  path: 'products/PE-1/inequities/INQ-1/gap',
  itemId: 'INQ-1',
  text: 'Falta cuantificar la brecha por sexo.',
  status: 'open',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  addressedInVersion: null,
  ...overrides,
});

function withItems(items: ItemObservation[][]): RecordData {
  const data = sampleRecord('diagnostic');
  return {
    ...data,
    observations: data.observations.map((round, i) => (items[i] ? { ...round, items: items[i] } : round)),
  };
}

describe('observaciones por elemento en el registro', () => {
  it('prints each one under its round, with its place, author, answer and status', async () => {
    const data = withItems([
      [
        item({
          status: 'addressed',
          answer: 'Se agregó la brecha: 41 % de postulaciones y 31 % de beneficiarias.',
          answeredBy: 'Ana Oficial',
          answeredAt: '2027-03-20T14:00:00.000Z',
          addressedInVersion: 3,
        }),
        item({
          path: 'part4',
          itemId: null,
          text: 'Revisar la parte 4 completa.',
          status: 'answered',
          answer: 'Se revisó.',
        }),
      ],
      [item({ version: 3, path: 'informationSystems/SI-2', itemId: 'SI-2', text: 'Sin nivel de desagregación.' })],
    ]);
    const { flat } = await pdfText(await renderRecord(data));
    expect(flat).toContain('Observaciones por elemento');
    expect(flat).toMatch(
      /1 15 de marzo de 2027 a las \d\d:\d\d INQ-1 products\/PE-1\/inequities\/ ?INQ-1\/gap Versión 2 Falta cuantificar/,
    );
    expect(flat).toContain(`Falta cuantificar la brecha por sexo. ${PEOPLE.head}`);
    expect(flat).toContain(
      'Atendida en la versión 3 Se agregó la brecha: 41 % de postulaciones y 31 % de beneficiarias.',
    );
    expect(flat).toContain('Ana Oficial, 20 de marzo de 2027 a las');
    expect(flat).toContain('part4 Versión 2 Revisar la parte 4 completa.');
    expect(flat).toContain('Respondida Se revisó.');
    expect(flat).toMatch(
      /2 29 de marzo de 2027 a las \d\d:\d\d SI-2 informationSystems\/SI-2 Versión 3 Sin nivel de desagregación\./,
    );
    expect(flat).toContain(`Sin nivel de desagregación. ${PEOPLE.expert} Pendiente`);
  });

  it('adds nothing when no round has observations on items', async () => {
    const { flat } = await pdfText(await renderRecord(sampleRecord('diagnostic')));
    expect(flat).toContain('Historial de observaciones');
    expect(flat).not.toContain('Observaciones por elemento');
  });

  it('names the document of each item when the record covers several', async () => {
    const data = {
      ...sampleRecord('visa-certificate'),
      observations: [
        {
          at: '2027-03-15T12:00:00.000Z',
          by: PEOPLE.head,
          role: 'agency_head',
          type: 'RETURN' as const,
          comment: 'Ver observaciones por elemento (2)',
          items: [
            item({ kind: 'plan', path: 'measures/M-1', itemId: 'M-1', text: 'Meta sin plazo.' }),
            item({ kind: 'work-programme', path: 'activities/A-3', itemId: 'A-3', text: 'Sin responsable.' }),
          ],
        },
      ],
    };
    const { flat } = await pdfText(await renderRecord(data));
    expect(flat).toContain('Plan de Acción con Enfoque de Género M-1 measures/M-1');
    expect(flat).toContain('Programa de Trabajo Anual A-3 activities/A-3');
  });

  it('prints hostile text inertly', async () => {
    const hostile = `<script>alert(1)</script> '; DROP TABLE users;-- x\u0000y ${'W'.repeat(3000)}`;
    const data = withItems([[item({ text: hostile, answer: hostile, answeredBy: hostile, path: 'a/b' })]]);
    const { flat } = await pdfText(await renderRecord(data));
    expect(flat).toContain('<script>alert(1)</script>');
    expect(flat).toContain("'; DROP TABLE users;--");
  });
});
