import { formatCount } from './display';
import { changeOf, formatShare, formatShareOf, pointChangeOf, shareOf } from './percent';
import type { PeriodTotals } from './types';

// The report's opening sentences, in words: one text for the print view, the PDF and the DOCX,
// so the three never disagree on a number or on what is compared.

/** "Trong kỳ có 1.234 lượt kiểm tra, trong đó … hợp lệ (72,1 %) và … có chứng nhận …". */
export function totalsSentence(range: PeriodTotals): string {
  const c = range.current;
  return `Trong kỳ${range.unfinished ? ' (đến nay)' : ''} có ${formatCount(c.total)} lượt kiểm tra, trong đó ${formatCount(c.valid)} lượt hợp lệ (${formatShare(c.valid, c.total)}) và `
    + `${formatCount(c.certified)} lượt có chứng nhận được máy chủ kiểm (${formatShare(c.certified, c.total)}).`;
}

/** The like-for-like comparison in one sentence, or why there is none yet. */
export function comparisonSentence(range: PeriodTotals): string {
  const { current: a, previous: b, label, windows } = range.comparison;
  if (!windows) return `Chưa so sánh: ${label}.`;
  const change = changeOf(a.total, b.total);
  const points = pointChangeOf(shareOf(a.valid, a.total), shareOf(b.valid, b.total));
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${formatCount(a.total)} lượt so với ${formatCount(b.total)} lượt`
    + `${change ? `, số lượt ${formatShareOf(change)}` : ''}${points ? `, tỉ lệ hợp lệ ${formatShareOf(points)}` : ''}.`;
}
