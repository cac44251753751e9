import { describe, expect, it } from 'vitest';
import { INVALID_TEXT_MESSAGE } from '@/lib/text/clean-text';
import { createContactSchema } from '@/lib/contacts/schema';
import { createCheckpointSchema } from '@/lib/checkpoints/schema';
import { createMaterialSchema } from '@/lib/materials/schema';
import { createUserSchema } from '@/lib/users/schema';
import { optionalUserText, userText } from './text';

describe('userText', () => {
  it.each([['NUL', 'a\u0000b'], ['a lone high surrogate', 'a\ud800b'], ['a lone low surrogate', '\udc00'], ['ESC', 'a\u001b[31m'], ['C1', 'a\u0085'], ['CR', 'X\rURL:x']])(
    'refuses %s with the Vietnamese message', (_, value) => {
      const parsed = userText().safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].message).toBe(INVALID_TEXT_MESSAGE);
    },
  );

  it('keeps line breaks and tabs where a field holds several lines, and emoji pairs', () => {
    expect(userText({ multiline: true }).parse('dòng 1\r\n\tdòng 2 🙂')).toBe('dòng 1\r\n\tdòng 2 🙂');
  });

  it('drops bidirectional controls and puts text in NFC', () => {
    expect(userText().parse('hoa-don\u202Efdp.exe')).toBe('hoa-donfdp.exe');
    expect(userText().parse('Sa Huy\u0300nh')).toBe('Sa Huỳnh');
    expect(optionalUserText(10, 'dài').parse('  ')).toBeUndefined();
  });
});

describe('every form schema uses it', () => {
  const nul = 'Tên\u0000thử';
  it.each([
    ['contact', () => createContactSchema.safeParse({ kind: 'person', name: nul, phone: '0905123456' }), 'name'],
    ['checkpoint', () => createCheckpointSchema.safeParse({ kind: 'fixed', name: nul, districtCode: '524' }), 'name'],
    ['material', () => createMaterialSchema.safeParse({ kind: 'guide', title: nul, summary: 'Tóm tắt đủ dài', status: 'draft' }), 'title'],
    ['user', () => createUserSchema.safeParse({ username: 'thu.nghiem', password: 'Mat-khau-dai', fullName: nul, role: 'admin' }), 'fullName'],
  ])('%s refuses a NUL byte on its field', (_, parse, field) => {
    const parsed = parse();
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(INVALID_TEXT_MESSAGE);
  });
});
