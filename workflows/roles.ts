// The people of the procedure (PROCEDURE.md, "Who acts"). Codes are what the API and the
// database store; labels are what users read.
export const AGENCY_ROLES = ['gender_officer', 'centre_lead', 'agency_head', 'quality_team', 'auditor'] as const;
export type AgencyRole = (typeof AGENCY_ROLES)[number];

export const ROLES = [...AGENCY_ROLES, 'sernam_expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  gender_officer: 'Encargado/a del Sistema Enfoque de Género',
  centre_lead: 'Encargado/a de Centro de Responsabilidad',
  agency_head: 'Jefe/a de Servicio',
  quality_team: 'Equipo de la Calidad',
  auditor: 'Auditor/a',
  sernam_expert: 'SERNAM, Red de Expertos',
  admin: 'Administración',
};
