import { api } from '../api/client';
import type { Me } from '../api/types';

export async function signIn(email: string, password: string): Promise<Me> {
  const { user } = await api<{ user: Me }>('/auth/session', {
    method: 'POST',
    body: { email, password },
    anonymous: true,
  });
  return user;
}
