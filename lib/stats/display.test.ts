import { describe, expect, it } from 'vitest';
import { EVIDENCE_LABELS, formatMeasure, MAP_STEPS, measureValue, parseMapMeasure, share, stepOf } from './display';

describe('statistics display', () => {
  it('never divides by zero', () => {
    expect(share(9, 12)).toBe(0.75);
    expect(share(0, 0)).toBeNull();
  });

  it('reads the map measure from the URL and writes it with the one percentage formatter', () => {
    expect(parseMapMeasure('hop-le')).toBe('valid');
    expect(parseMapMeasure('chung-nhan')).toBe('certified');
    expect(parseMapMeasure('x')).toBe('total');
    expect(parseMapMeasure(undefined)).toBe('total');
    const totals = { total: 12, valid: 9, certified: 3 };
    expect(formatMeasure(totals, 'valid')).toBe('75,0\u00a0%');
    expect(formatMeasure({ total: 2000, valid: 1441, certified: 0 }, 'valid')).toBe('72,1\u00a0%');
    expect(formatMeasure(totals, 'total')).toBe('12');
    expect(measureValue(totals, 'certified')).toBe(0.25);
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
