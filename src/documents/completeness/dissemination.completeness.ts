import type { DisseminationAudience, DisseminationContent } from '../content';
import { at, Problems, type CompletenessInput, type Problem } from './problem';

const BASE = 'dissemination';

// Guide flowchart, stage 5: internal (staff) and external (clients, Red de Expertos, DIPRES).
const REQUIRED_AUDIENCES: { audience: DisseminationAudience; label: string }[] = [
  { audience: 'staff', label: 'los funcionarios y funcionarias (difusión interna)' },
  { audience: 'clients', label: 'los clientes, usuarios y beneficiarios' },
  { audience: 'expert-network', label: 'la Red de Expertos de SERNAM' },
  { audience: 'dipres', label: 'la Dirección de Presupuestos (DIPRES)' },
];

export function checkDisseminationSubmission(input: CompletenessInput): Problem[] {
  const p = new Problems();
  const dissemination = p.document(input, 'dissemination');
  if (dissemination) checkDissemination(dissemination, p);
  return p.list;
}

function checkDissemination(d: DisseminationContent, p: Problems): void {
  const actions = p.nonEmpty(at(BASE, 'actions'), d.actions, 'Faltan las acciones de difusión de los resultados.');
  actions.forEach((a, i) => {
    const here = at(BASE, 'actions', i);
    if (a.audience === undefined) p.add(at(here, 'audience'), `Falta el público de la acción de difusión «${a.id}».`);
    p.text(at(here, 'channel'), a.channel, `el canal de la acción de difusión «${a.id}»`);
    if (a.date === undefined) p.add(at(here, 'date'), `Falta la fecha de la acción de difusión «${a.id}».`);
    p.text(at(here, 'description'), a.description, `la descripción de la acción de difusión «${a.id}»`);
  });
  for (const { audience, label } of REQUIRED_AUDIENCES) {
    if (!actions.some((a) => a.audience === audience))
      p.add(at(BASE, 'actions'), `Falta difundir los resultados a ${label}.`);
  }
}
