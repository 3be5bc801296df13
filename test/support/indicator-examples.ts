// The plan's first indicator of the example cycle (test/fixtures/cycle), as the API takes it.
export const IND_1 = {
  code: 'IND-1',
  name: 'Porcentaje de mujeres beneficiarias del Capital Semilla Regional',
  product: 'PE-1',
  unit: 'count',
  numerator: 'N° de mujeres beneficiarias del Capital Semilla Regional en el año t',
  denominator: 'N° total de personas beneficiarias en el año t',
  convention: 'share',
  verificationMeans: 'Reporte anual de SIGEBEN',
  baseline: 31.2,
  annualGoal: 34,
  mediumTermGoal: 36,
  longTermGoal: 41,
};
