import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, localDay, localHour } from './format';

describe('Vietnamese date formatting (Asia/Ho_Chi_Minh)', () => {
  it('formats dates as dd/MM/yyyy and times in 24 h', () => {
    expect(formatDate('2021-09-21')).toBe('21/09/2021');
    expect(formatDateTime(new Date('2021-09-21T06:30:00Z'))).toBe('13:30 21/09/2021');
  });

  it('puts an instant just after local midnight in the new local day', () => {
    const instant = new Date('2021-09-08T17:00:00Z'); // 00:00 on 09/09 in UTC+7
    expect(localDay(instant)).toBe('2021-09-09');
    expect(localHour(instant)).toBe(0);
    expect(localDay(new Date('2021-09-08T16:59:59Z'))).toBe('2021-09-08');
  });
});
