import { loadCycle } from '../../../test/fixtures/cycle';
import { checkDiagnosticSubmission, type CycleDocuments } from '.';
import type { DiagnosticContent, ProductAnalysis } from '../content';

function cycle(): { documents: CycleDocuments; diagnostic: DiagnosticContent } {
  const all = structuredClone(loadCycle(2027));
  const diagnostic = all.diagnostic;
  if (!diagnostic) throw new Error('fixtures incompletas');
  return { documents: { diagnostic, 'strategic-definitions': all['strategic-definitions'] }, diagnostic };
}

function product(d: DiagnosticContent, id: string): ProductAnalysis {
  const found = d.products?.find((p) => p.productId === id);
  if (!found) throw new Error(`no existe ${id}`);
  return found;
}

const check = (documents: CycleDocuments) =>
  checkDiagnosticSubmission({ kinds: ['diagnostic'], documents, previousFollowUpProgramme: null });

describe('diagnostic', () => {
  it('reports a product of the Ficha A1 that is not analysed', () => {
    const { documents, diagnostic } = cycle();
    diagnostic.products = diagnostic.products?.filter((p) => p.productId !== 'PE-4');
    expect(check(documents)).toEqual([
      { path: 'diagnostic.products', message: 'Falta el análisis del producto estratégico «PE-4» de la Ficha A1.' },
    ]);
  });

  it('reports a product that the Ficha A1 does not have', () => {
    const { documents, diagnostic } = cycle();
    product(diagnostic, 'PE-4').productId = 'PE-5';
    expect(check(documents)).toEqual([
      { path: 'diagnostic.products', message: 'Falta el análisis del producto estratégico «PE-4» de la Ficha A1.' },
      { path: 'diagnostic.products[3].productId', message: 'El producto «PE-5» no existe en la Ficha A1.' },
    ]);
  });

  it('reports a barrier citing an inequity that its product does not have', () => {
    const { documents, diagnostic } = cycle();
    const barriers = product(diagnostic, 'PE-1').barriers ?? [];
    barriers[0].inequityId = 'INQ-2';
    barriers[1].inequityId = 'INQ-99';
    expect(check(documents)).toEqual([
      {
        path: 'diagnostic.products[0].barriers[0].inequityId',
        message: 'La inequidad «INQ-2» no existe en el análisis del producto «PE-1».',
      },
      {
        path: 'diagnostic.products[0].barriers[1].inequityId',
        message: 'La inequidad «INQ-99» no existe en el análisis del producto «PE-1».',
      },
    ]);
  });

  it('requires the reason when gender focus does not apply', () => {
    const { documents, diagnostic } = cycle();
    product(diagnostic, 'PE-4').notApplicableReason = undefined;
    expect(check(documents)).toEqual([
      {
        path: 'diagnostic.products[3].notApplicableReason',
        message: 'Falta la razón por la que no corresponde enfoque de género en el producto «PE-4».',
      },
    ]);
  });

  it('requires clients by sex and the reviews of design and implementation', () => {
    const { documents, diagnostic } = cycle();
    const analysis = product(diagnostic, 'PE-2');
    analysis.clients = { women: 2150 };
    analysis.designReview = undefined;
    expect(check(documents)).toEqual([
      {
        path: 'diagnostic.products[1].clients.men',
        message: 'Falta el número de hombres clientes, usuarios o beneficiarios del producto «PE-2».',
      },
      {
        path: 'diagnostic.products[1].designReview',
        message: 'Falta la revisión del diseño del producto «PE-2» según necesidades diferenciadas.',
      },
    ]);
  });

  it('requires at least one inequity when gender focus applies somewhere', () => {
    const { documents, diagnostic } = cycle();
    for (const analysis of diagnostic.products ?? []) {
      analysis.inequities = [];
      analysis.barriers = [];
    }
    expect(check(documents)).toEqual([
      {
        path: 'diagnostic.products',
        message: 'El diagnóstico no identifica ninguna inequidad de género en los productos estratégicos.',
      },
    ]);
  });

  it('requires the stages needing measures of a system not fully disaggregated by sex', () => {
    const { documents, diagnostic } = cycle();
    const system = diagnostic.informationSystems?.systems?.[2];
    if (system) system.stagesNeedingMeasures = [];
    expect(check(documents)).toEqual([
      {
        path: 'diagnostic.informationSystems.systems[2].stagesNeedingMeasures',
        message:
          'El sistema «SI-3» no desagrega por sexo todos sus datos: falta indicar en qué etapas del proceso de información corresponde adoptar medidas.',
      },
    ]);
  });

  it('requires the five parts', () => {
    const { documents, diagnostic } = cycle();
    diagnostic.missionAnalysis = undefined;
    diagnostic.informationSystems = { systems: diagnostic.informationSystems?.systems };
    expect(check(documents).map((p) => p.path)).toEqual([
      'diagnostic.missionAnalysis.mission',
      'diagnostic.missionAnalysis.inequitiesAndGaps',
      'diagnostic.missionAnalysis.barriers',
      'diagnostic.informationSystems.clientStatisticsAnalysis',
      'diagnostic.informationSystems.sectorStatisticsReview',
      'diagnostic.informationSystems.directUserSystemsReview',
    ]);
  });

  it('reports the Ficha A1 missing from the cycle', () => {
    const { diagnostic } = cycle();
    expect(check({ diagnostic })).toEqual([
      { path: 'strategic-definitions', message: 'Falta el documento «Ficha A1 y Formulario H» del ciclo.' },
    ]);
  });
});
