import { describe, expect, it } from 'vitest';
import { change, EVIDENCE_LABELS, formatChange, formatMeasure, formatPercent, formatPointChange, MAP_STEPS, measureValue, parseMapMeasure, share, stepOf } from './display';

describe('statistics display', () => {
  it('writes shares the Vietnamese way and never divides by zero', () => {
    expect(formatPercent(share(9, 12))).toBe('75,0 %');
    expect(share(0, 0)).toBeNull();
    expect(formatPercent(null)).toBe('—');
  });

  it('says how the period changed, with a real minus sign', () => {
    expect(formatChange(change(12, 8))).toBe('+50,0 %');
    expect(formatChange(change(6, 8))).toBe('−25,0 %');
    expect(formatChange(change(5, 0))).toBe('không có kỳ trước để so sánh');
    expect(formatPointChange(0.75, 0.5)).toBe('+25,0 điểm %');
  });

  it('reads the map measure from the URL', () => {
    expect(parseMapMeasure('hop-le')).toBe('valid');
    expect(parseMapMeasure('chung-nhan')).toBe('certified');
    expect(parseMapMeasure('x')).toBe('total');
    expect(parseMapMeasure(undefined)).toBe('total');
    const totals = { total: 12, valid: 9, certified: 3 };
    expect(formatMeasure(measureValue(totals, 'valid'), 'valid')).toBe('75,0 %');
    expect(formatMeasure(measureValue(totals, 'total'), 'total')).toBe('12');
  });

  it('bins values into the colour steps', () => {
    expect(stepOf(0, 100)).toBe(0);
    expect(stepOf(100, 100)).toBe(MAP_STEPS.length - 1);
    expect(stepOf(50, 100)).toBe(2);
    expect(stepOf(null, 1)).toBe(-1);
    expect(stepOf(3, 0)).toBe(-1);
  });

  it('labels self-declared evidence "Tự khai"', () => {
    expect(EVIDENCE_LABELS.self_declared).toBe('Tự khai');
  });
});
