import { CONTENT_SCHEMAS } from '../src/documents/content';
import { RECORD_ABBREVIATIONS, RECORD_KINDS, RECORD_TITLES, recordCode } from './record-data';
import { RECORD_TEMPLATES } from './record-templates';

describe('records', () => {
  it('has one record kind per document kind, plus the visa certificate', () => {
    expect([...RECORD_KINDS].sort()).toEqual([...Object.keys(CONTENT_SCHEMAS), 'visa-certificate'].sort());
    expect(Object.keys(RECORD_TEMPLATES).sort()).toEqual([...RECORD_KINDS].sort());
  });

  it('titles each record as the guide does', () => {
    expect(RECORD_TITLES).toEqual({
      'strategic-definitions': 'Ficha A1 y Formulario H',
      diagnostic: 'Informe de Diagnóstico',
      plan: 'Plan de Acción con Enfoque de Género',
      'work-programme': 'Programa de Trabajo Anual',
      'activity-record': 'Registro de Actividades Realizadas',
      'progress-report': 'Informe de Avance',
      evaluation: 'Informe de Evaluación',
      'follow-up-programme': 'Programa de Seguimiento',
      'management-review': 'Registro de Revisión por la Dirección',
      dissemination: 'Registro de Difusión',
      standardisation:
        'Registro de Incorporación del Enfoque de Género en los procesos de provisión de bienes y servicios',
      'visa-certificate': 'Certificado V°B° SERNAM',
    });
  });

  it('gives every record a distinct abbreviation', () => {
    const abbreviations = Object.values(RECORD_ABBREVIATIONS);
    expect(new Set(abbreviations).size).toBe(RECORD_KINDS.length);
    for (const abbreviation of abbreviations) expect(abbreviation).toMatch(/^[A-Z0-9]{2,5}$/);
  });

  it('codes a record by year, kind and version, and by serial when there are many', () => {
    expect(recordCode(2027, 'diagnostic', 3)).toBe('EG-2027-DIAG-v3');
    expect(recordCode(2027, 'strategic-definitions', 1)).toBe('EG-2027-A1H-v1');
    expect(recordCode(2028, 'visa-certificate', 1)).toBe('EG-2028-VOB-v1');
    expect(recordCode(2027, 'activity-record', 1, 12)).toBe('EG-2027-ACT-12-v1');
  });
});
