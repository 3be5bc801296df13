import type { StandardisationContent, StrategicDefinitionsContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

const BASE = 'standardisation';

// Stage 6: every product the Ficha A1 marks as applying gender focus has its procedure
// modified (inside the QMS) or a new documented procedure (outside it).
export function checkStandardisationSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const standardisation = p.document(input, 'standardisation');
  const sd = p.document(input, 'strategic-definitions');
  if (standardisation && sd) checkStandardisation(standardisation, sd, p);
  return p.list;
}

function checkStandardisation(s: StandardisationContent, sd: StrategicDefinitionsContent, p: Problems): void {
  const entries = s.products ?? [];
  const a1 = sd.products ?? [];
  for (const product of a1) {
    if (product.appliesGenderFocus === true && !entries.some((e) => e.productId === product.id)) {
      p.add(
        at(BASE, 'products'),
        `Falta registrar la incorporación del enfoque de género en los procedimientos del producto «${product.id}».`,
      );
    }
  }
  entries.forEach((e, i) => {
    const here = at(BASE, 'products', i);
    const id = e.productId;
    if (!a1.some((product) => product.id === id))
      p.add(at(here, 'productId'), `El producto «${id}» no existe en la Ficha A1.`);
    p.text(at(here, 'procedureName'), e.procedureName, `el nombre del procedimiento del producto «${id}»`);
    p.text(at(here, 'procedureCode'), e.procedureCode, `el código del procedimiento del producto «${id}»`);
    p.text(at(here, 'responsibleCentre'), e.responsibleCentre, `el centro de responsabilidad del producto «${id}»`);
    if (e.insideQms === undefined) {
      p.add(
        at(here, 'insideQms'),
        `Falta indicar si el producto «${id}» está incorporado en el Sistema de Gestión de la Calidad.`,
      );
    } else if (e.insideQms) {
      p.text(
        at(here, 'changesMade'),
        e.changesMade,
        `la descripción de las modificaciones al procedimiento del producto «${id}»`,
      );
    } else {
      p.text(
        at(here, 'newProcedureSummary'),
        e.newProcedureSummary,
        `la descripción del nuevo procedimiento documentado del producto «${id}»`,
      );
    }
  });
}
