// Every date and time a person reads, in the one format of workflows/chile-format.ts.
export { formatChileDate as formatDate, formatChileDateTime as formatDateTime } from '@procedure/chile-format';

/** Today's date in Chile, as 'YYYY-MM-DD'. */
export function todayInChile(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(now);
}

/** "hoy", "hace 1 día", "hace 9 días": how long something has waited. */
export function daysSince(iso: string, now: Date = new Date()): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return 'hoy';
  return days === 1 ? 'hace 1 día' : `hace ${days} días`;
}
