import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesAsText, describeChanges, formatAuditValue } from './describe';
import { actionLabel, ACTION_LABELS } from './vocabulary';

describe('audit values in words', () => {
  it('turns codes into the labels the forms show', () => {
    expect(formatAuditValue('user', 'role', 'district')).toBe('UBND huyện / Phòng VH&TT');
    expect(formatAuditValue('material', 'kind', 'official_letter')).toBe('Văn bản chỉ đạo');
    expect(formatAuditValue('contact', 'kind', 'agency')).toBe('Cơ quan, đơn vị');
    expect(formatAuditValue('material', 'status', 'archived')).toBe('Lưu trữ');
    expect(formatAuditValue('material', 'audiences', ['citizen', 'press'])).toBe('Người dân, Báo chí');
    expect(formatAuditValue('checkpoint', 'latitude', 15.3956)).toBe('15,3956');
    expect(formatAuditValue('user', 'disabledAt', '2021-10-01T02:05:00.000Z')).toBe('09:05 01/10/2021');
    expect(formatAuditValue('material', 'issuedOn', '2021-09-21')).toBe('21/09/2021');
    expect(formatAuditValue('checkpoint', 'shiftNotes', null)).toBe('(trống)');
  });

  it('names the ids it knows', () => {
    const id = '0b7c5a5e-4a53-4d8e-9b1a-2f1f2b6d1c11';
    expect(describeChanges('user', { checkpointIds: [] }, { checkpointIds: [id] }, new Map([[id, 'Chốt Dốc Sỏi']]))).toEqual([
      { field: 'checkpointIds', label: 'Chốt được giao', before: '(trống)', after: 'Chốt Dốc Sỏi' },
    ]);
  });

  it('lists a deletion with the values it had, and hides bookkeeping', () => {
    const changes = describeChanges('contact', { id: 'x', name: 'Báo Quảng Ngãi', updatedAt: '2021-01-01T00:00:00Z', notes: '' }, null);
    expect(changes).toEqual([{ field: 'name', label: 'Tên', before: 'Báo Quảng Ngãi' }]);
    expect(changesAsText(changes)).toBe('Tên: Báo Quảng Ngãi');
  });

  it('has a Vietnamese name for every action the code records', () => {
    // Every file that writes audit entries, every dotted verb on a line about the action.
    const files = (fs.readdirSync('lib', { recursive: true }) as string[])
      .map((f) => path.join('lib', f))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith(path.join('lib', 'audit')));
    const recorded = new Set<string>();
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      if (!source.includes('recordAudit(')) continue;
      for (const line of source.split('\n').filter((l) => /action|ACTIONS/.test(l))) {
        for (const [, verb] of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) recorded.add(verb);
      }
    }
    expect(recorded.size).toBeGreaterThan(30);
    expect([...recorded].filter((verb) => !ACTION_LABELS[verb])).toEqual([]);
    expect(actionLabel('checkpoint.activate')).toBe('Mở lại chốt');
  });
});
