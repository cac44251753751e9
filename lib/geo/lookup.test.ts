import { describe, expect, it } from 'vitest';
import { findCommune, findDistrict } from './lookup';

describe('findDistrict and findCommune', () => {
  it.each([['524', '524'], ['Huyện Bình Sơn', '524'], ['binh son', '524'], ['THỊ XÃ ĐỨC PHỔ', '534'], ['Đức Phổ', '534'], ['Lý Sơn', '536']])('%s → %s', (text, code) => {
    expect(findDistrict(text)?.code).toBe(code);
  });

  it('finds nothing for a unit outside the province', () => {
    expect(findDistrict('Hội An')).toBeUndefined();
  });

  it('finds a commune by name within its district only', () => {
    expect(findCommune('524', 'Châu Ổ')?.name).toBe('Thị trấn Châu Ổ');
    expect(findCommune('524', 'thi tran chau o')?.name).toBe('Thị trấn Châu Ổ');
    expect(findCommune('534', 'Châu Ổ')).toBeUndefined();
  });
});

describe('reference names', () => {
  it('begin with their unit type written as the type is ("Thị trấn Châu Ổ", never "Thị Trấn")', async () => {
    const { COMMUNES, DISTRICTS } = await import('./districts');
    const miscased = [...DISTRICTS, ...COMMUNES].filter((unit) => !unit.name.startsWith(`${unit.type} `));
    expect(miscased.map((u) => `${u.name} (${u.type})`)).toEqual([]);
  });
});
