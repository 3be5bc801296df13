import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { NotificationsResponse } from '../api/types';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The bell's count, refreshed every 30 seconds while the page is open. */
export function useUnreadCount(): number {
  const query = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: () => api<NotificationsResponse>('/notifications?unread=true&limit=1'),
    refetchInterval: 30_000,
  });
  return query.data?.unread ?? 0;
}
