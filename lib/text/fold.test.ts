import { describe, expect, it } from 'vitest';
import { foldVietnamese, likeContains } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Nghĩa Hành', 'nghia hanh'],
    ['Đức Phổ', 'duc pho'],
    ['  Thị xã   ĐỨC PHỔ ', 'thi xa duc pho'],
    ['Lý Sơn', 'ly son'],
    ['Sơn Tây', 'son tay'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Nghi\u0303a')).toBe(foldVietnamese('Nghĩa'));
  });
});

describe('likeContains', () => {
  it('escapes wildcards', () => {
    expect(likeContains('50%_a')).toBe('%50\\%\\_a%');
  });

  it('drops NUL, control characters and broken UTF-16 that would fail the query', () => {
    expect(likeContains('doc\u0000 so\u001bi\ud800')).toBe('%doc soi%');
    expect(likeContains('🙂')).toBe('%🙂%');
  });
});
