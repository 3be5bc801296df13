import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { Agency } from '../api/types';
import { checkPasswordChange, passwordErrorsFromApi } from './password-change';
import { rolesByAgency } from './roles-by-agency';

describe('changing one’s own password', () => {
  const good = { current: 'clave-actual-123', next: 'una-clave-nueva-larga', repeat: 'una-clave-nueva-larga' };

  it('accepts a long enough new password typed twice', () => {
    expect(checkPasswordChange(good)).toEqual({});
  });

  it('says what is missing at each field', () => {
    expect(checkPasswordChange({ current: '', next: '', repeat: '' })).toEqual({
      current: 'Escriba su contraseña actual',
      next: 'Escriba la contraseña nueva',
      repeat: 'Repita la contraseña nueva',
    });
  });

  it('refuses a short password, the same one, and a repetition that differs', () => {
    expect(checkPasswordChange({ ...good, next: 'corta', repeat: 'corta' }).next).toBe(
      'La contraseña nueva debe tener al menos 12 caracteres',
    );
    expect(checkPasswordChange({ ...good, next: good.current, repeat: good.current }).next).toBe(
      'La contraseña nueva debe ser distinta de la actual',
    );
    expect(checkPasswordChange({ ...good, repeat: 'una-clave-nueva-largX' })).toEqual({
      repeat: 'Las contraseñas nuevas no coinciden',
    });
  });

  it('puts the server’s refusals at their field', () => {
    expect(passwordErrorsFromApi(new ApiError(422, 'WRONG_PASSWORD', 'La contraseña actual no es correcta'))).toEqual({
      current: 'La contraseña actual no es correcta',
    });
    expect(passwordErrorsFromApi(new ApiError(422, 'SAME_PASSWORD', 'Distinta'))).toEqual({ next: 'Distinta' });
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'Los datos enviados no son válidos', {
      fields: [
        { path: 'newPassword', message: 'Al menos 12' },
        { path: 'otro', message: 'x' },
      ],
    });
    expect(passwordErrorsFromApi(invalid)).toEqual({ next: 'Al menos 12' });
    expect(passwordErrorsFromApi(new ApiError(0, 'NETWORK', 'Sin conexión'))).toBeNull();
  });
});

describe('a person’s roles by agency', () => {
  const agencies: Agency[] = [
    { id: 'b', code: 'SRV', name: 'Servicio de Salud', ministry: 'Salud' },
    { id: 'a', code: 'MIN', name: 'Instituto Nacional', ministry: 'Economía' },
  ];

  it('groups memberships and expert assignments by agency, sorted by name, roles in the procedure’s order', () => {
    const groups = rolesByAgency(
      {
        memberships: [
          { id: '1', agencyId: 'b', role: 'quality_team', centre: null },
          { id: '2', agencyId: 'b', role: 'centre_lead', centre: 'Dirección Regional del Maule' },
        ],
        expertAgencyIds: ['a'],
      },
      agencies,
    );
    expect(groups).toEqual([
      {
        agencyId: 'a',
        agencyName: 'Instituto Nacional',
        roles: [{ role: 'sernam_expert', label: 'SERNAM, Red de Expertos', centre: null }],
      },
      {
        agencyId: 'b',
        agencyName: 'Servicio de Salud',
        roles: [
          {
            role: 'centre_lead',
            label: 'Encargado/a de Centro de Responsabilidad',
            centre: 'Dirección Regional del Maule',
          },
          { role: 'quality_team', label: 'Equipo de la Calidad', centre: null },
        ],
      },
    ]);
  });
});
