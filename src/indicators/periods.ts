// A measurement period: a year, a semester, a quarter or a month of one year.
export const PERIOD_PATTERN = /^(\d{4})(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const periodYear = (period: string): number => Number(period.slice(0, 4));
