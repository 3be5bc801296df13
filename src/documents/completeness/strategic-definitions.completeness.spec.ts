import { loadFixture } from '../../../test/fixtures/cycle';
import { checkStrategicDefinitionsSubmission } from '.';
import type { StrategicDefinitionsContent } from '../content';

function sd(): StrategicDefinitionsContent {
  return structuredClone(loadFixture('strategic-definitions'));
}

function check(content: StrategicDefinitionsContent) {
  return checkStrategicDefinitionsSubmission({
    kinds: ['strategic-definitions'],
    documents: { 'strategic-definitions': content },
    previousFollowUpProgramme: null,
  });
}

describe('strategic definitions (Ficha A1 and Formulario H)', () => {
  it('reports a product applying gender focus without a Formulario H indicator', () => {
    const content = sd();
    content.indicators = content.indicators?.filter((i) => i.productId !== 'PE-3');
    expect(check(content)).toEqual([
      {
        path: 'strategic-definitions.products[2]',
        message: 'El producto «PE-3» aplica enfoque de género y no tiene ningún indicador en el Formulario H.',
      },
    ]);
  });

  it('reports an indicator on a product without gender focus and one on an unknown product', () => {
    const content = sd();
    const [first, second] = content.indicators ?? [];
    first.productId = 'PE-4';
    second.productId = 'PE-9';
    const problems = check(content);
    expect(problems).toContainEqual({
      path: 'strategic-definitions.indicators[0].productId',
      message: 'Según la Ficha A1, al producto «PE-4» no le aplica enfoque de género.',
    });
    expect(problems).toContainEqual({
      path: 'strategic-definitions.indicators[1].productId',
      message: 'El producto «PE-9» no existe en la Ficha A1.',
    });
  });

  it('requires an indicator to measure a product or mainstreaming, not neither nor both', () => {
    const content = sd();
    const [first, , , mainstreaming] = content.indicators ?? [];
    first.mainstreaming = true;
    mainstreaming.mainstreaming = undefined;
    expect(check(content)).toEqual([
      {
        path: 'strategic-definitions.indicators[0].mainstreaming',
        message: 'El indicador «H-1» no puede medir a la vez un producto y la transversalización.',
      },
      {
        path: 'strategic-definitions.indicators[3].productId',
        message: 'El indicador «H-4» debe medir un producto estratégico o la transversalización del enfoque de género.',
      },
    ]);
  });

  it('requires the yes/no and the reason of every product', () => {
    const content = sd();
    const product = content.products?.[1];
    if (product) {
      product.appliesGenderFocus = undefined;
      product.reason = '';
    }
    expect(check(content)).toEqual([
      {
        path: 'strategic-definitions.products[1].appliesGenderFocus',
        message: 'Falta indicar si aplica enfoque de género al producto «PE-2».',
      },
      {
        path: 'strategic-definitions.products[1].reason',
        message: 'Falta la razón por la que aplica o no enfoque de género al producto «PE-2».',
      },
    ]);
  });

  it('requires formula, verification means and goal, but not a denominator', () => {
    const content = sd();
    const indicator = content.indicators?.[0];
    if (indicator) {
      indicator.formula = { numerator: 'N° de mujeres beneficiarias' };
      indicator.verificationMeans = undefined;
      indicator.goal = undefined;
    }
    expect(check(content)).toEqual([
      {
        path: 'strategic-definitions.indicators[0].formula.unit',
        message: 'Falta la unidad de medida de la fórmula de cálculo.',
      },
      {
        path: 'strategic-definitions.indicators[0].verificationMeans',
        message: 'Faltan los medios de verificación del indicador «H-1».',
      },
      { path: 'strategic-definitions.indicators[0].goal', message: 'Falta la meta del indicador «H-1».' },
    ]);
  });

  it('lists what an empty draft lacks', () => {
    expect(check({})).toEqual([
      { path: 'strategic-definitions.products', message: 'La Ficha A1 debe listar los productos estratégicos.' },
      {
        path: 'strategic-definitions.indicators',
        message: 'El Formulario H debe incluir al menos un indicador de desempeño con enfoque de género.',
      },
    ]);
  });
});
