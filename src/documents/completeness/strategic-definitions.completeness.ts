import type { StrategicDefinitionsContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

// Stage 0: Ficha A1 and Formulario H.
export function checkStrategicDefinitionsSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const sd = p.document(input, 'strategic-definitions');
  if (sd) checkStrategicDefinitions(sd, p);
  return p.list;
}

function checkStrategicDefinitions(sd: StrategicDefinitionsContent, p: Problems): void {
  const base = 'strategic-definitions';
  const products = p.nonEmpty(at(base, 'products'), sd.products, 'La Ficha A1 debe listar los productos estratégicos.');
  products.forEach((product, i) => {
    const here = at(base, 'products', i);
    p.text(at(here, 'name'), product.name, `el nombre del producto estratégico «${product.id}»`);
    if (product.appliesGenderFocus === undefined) {
      p.add(at(here, 'appliesGenderFocus'), `Falta indicar si aplica enfoque de género al producto «${product.id}».`);
    }
    p.text(
      at(here, 'reason'),
      product.reason,
      `la razón por la que aplica o no enfoque de género al producto «${product.id}»`,
    );
  });

  const indicators = p.nonEmpty(
    at(base, 'indicators'),
    sd.indicators,
    'El Formulario H debe incluir al menos un indicador de desempeño con enfoque de género.',
  );
  const productsById = new Map(products.map((product) => [product.id, product]));
  indicators.forEach((indicator, i) => {
    const here = at(base, 'indicators', i);
    const code = indicator.code;
    p.text(at(here, 'name'), indicator.name, `el nombre del indicador «${code}»`);
    if (indicator.productId === undefined && indicator.mainstreaming !== true) {
      p.add(
        at(here, 'productId'),
        `El indicador «${code}» debe medir un producto estratégico o la transversalización del enfoque de género.`,
      );
    } else if (indicator.productId !== undefined && indicator.mainstreaming === true) {
      p.add(
        at(here, 'mainstreaming'),
        `El indicador «${code}» no puede medir a la vez un producto y la transversalización.`,
      );
    }
    if (indicator.productId !== undefined) {
      const product = productsById.get(indicator.productId);
      if (!product) {
        p.add(at(here, 'productId'), `El producto «${indicator.productId}» no existe en la Ficha A1.`);
      } else if (product.appliesGenderFocus === false) {
        p.add(
          at(here, 'productId'),
          `Según la Ficha A1, al producto «${indicator.productId}» no le aplica enfoque de género.`,
        );
      }
    }
    p.formula(at(here, 'formula'), indicator.formula, false);
    p.text(
      at(here, 'verificationMeans'),
      indicator.verificationMeans,
      `los medios de verificación del indicador «${code}»`,
    );
    p.text(at(here, 'goal'), indicator.goal, `la meta del indicador «${code}»`);
  });

  products.forEach((product, i) => {
    if (product.appliesGenderFocus === true && !indicators.some((indicator) => indicator.productId === product.id)) {
      p.add(
        at(base, 'products', i),
        `El producto «${product.id}» aplica enfoque de género y no tiene ningún indicador en el Formulario H.`,
      );
    }
  });
}
