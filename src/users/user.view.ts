import { User } from './user.entity';

export interface UserView {
  id: string;
  email: string;
  name: string;
  active: boolean;
  isAdmin: boolean;
  createdAt: string;
}

export const toUserView = (user: User): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  active: user.active,
  isAdmin: user.isAdmin,
  createdAt: user.createdAt.toISOString(),
});
