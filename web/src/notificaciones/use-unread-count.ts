import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { NotificationsResponse } from '../api/types';

/** The bell's count, refreshed every 30 seconds while the page is open. */
export function useUnreadCount(): number {
  const query = useQuery({
    queryKey: keys.unreadNotifications,
    queryFn: () => api<NotificationsResponse>('/notifications?unread=true&limit=1'),
    refetchInterval: 30_000,
  });
  return query.data?.unread ?? 0;
}
