import type TestAgent from 'supertest/lib/agent';
import { AgencyRole } from '../../workflows/roles';
import { ADMIN, PASSWORD } from './test-app';

export interface Person {
  id: string;
  email: string;
  token: string;
}

export async function login(http: TestAgent, email: string, password: string): Promise<string> {
  const response = await http.post('/api/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { accessToken: string }).accessToken;
}

export const adminToken = (http: TestAgent) => login(http, ADMIN.email, ADMIN.password);

let sequence = 0;

export async function createPerson(http: TestAgent, admin: string, label: string): Promise<Person> {
  const email = `${label}.${process.pid}.${++sequence}@prueba.cl`;
  const created = await http
    .post('/api/users')
    .set('Authorization', `Bearer ${admin}`)
    .send({ email, name: `Persona ${label}`, password: PASSWORD });
  if (created.status !== 201) throw new Error(`crear persona: ${created.status} ${JSON.stringify(created.body)}`);
  const id = (created.body as { id: string }).id;
  return { id, email, token: await login(http, email, PASSWORD) };
}

export async function createAgency(http: TestAgent, admin: string, code: string): Promise<string> {
  const response = await http
    .post('/api/agencies')
    .set('Authorization', `Bearer ${admin}`)
    .send({ code, name: `Servicio ${code}`, ministry: 'Ministerio de Prueba' });
  if (response.status !== 201) throw new Error(`crear servicio: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

export async function addMember(
  http: TestAgent,
  admin: string,
  agencyId: string,
  userId: string,
  role: AgencyRole,
  centre?: string,
): Promise<string> {
  const response = await http
    .post(`/api/agencies/${agencyId}/members`)
    .set('Authorization', `Bearer ${admin}`)
    .send({ userId, role, ...(centre ? { centre } : {}) });
  if (response.status !== 201)
    throw new Error(`agregar integrante: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

export async function assignExpert(http: TestAgent, admin: string, agencyId: string, userId: string): Promise<void> {
  const response = await http
    .post(`/api/agencies/${agencyId}/experts`)
    .set('Authorization', `Bearer ${admin}`)
    .send({ userId });
  if (response.status !== 201) throw new Error(`asignar experta: ${response.status} ${JSON.stringify(response.body)}`);
}
