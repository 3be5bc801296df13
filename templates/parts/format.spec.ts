import { formatBytes, formatDate, formatDateCell, formatPeriod, formatShare, toFixedDate } from './format';

describe('dates', () => {
  it('shows instants in Santiago time, summer and winter, in the one format', () => {
    expect(formatDate('2027-01-15T12:00:00Z')).toBe('15 de enero de 2027 a las 09:00');
    expect(formatDate('2027-07-15T12:00:00Z')).toBe('15 de julio de 2027 a las 08:00');
    expect(formatDate('2027-12-31T23:30:00-03:00')).toBe('31 de diciembre de 2027 a las 23:30');
  });

  it('puts the time of an instant on its own line in a table cell', () => {
    expect(formatDateCell('2027-09-29T14:40:00Z')).toBe('29 de septiembre de 2027\na las 11:40');
    expect(formatDateCell('2027-03-01')).toBe('1 de marzo de 2027');
  });

  it('shows calendar dates as written, without moving them to another day', () => {
    expect(formatDate('2027-03-01')).toBe('1 de marzo de 2027');
    expect(formatPeriod('2027-01-01', '2027-06-30')).toBe('1 de enero de 2027 al 30 de junio de 2027');
    expect(formatPeriod(undefined, '2027-06-30')).toBe('… al 30 de junio de 2027');
  });

  it('shows unparseable dates as they came, made printable', () => {
    expect(formatDate('pronto\u0000')).toBe('pronto');
    expect(formatDate('2027-02-30')).toBe('2027-02-30');
    expect(toFixedDate('nunca').getTime()).toBe(0);
    expect(toFixedDate('2027-04-20T15:42:00Z').toISOString()).toBe('2027-04-20T15:42:00.000Z');
  });
});

describe('numbers', () => {
  it('uses Chilean separators', () => {
    expect(formatShare(1240, 4000)).toBe('31,0 %');
    expect(formatShare(0, 0)).toBe('—');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(48_213)).toBe('47,1 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5,0 MB');
  });
});
