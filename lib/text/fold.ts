// Diacritic-insensitive search key: "Nghĩa Hành" and "nghia hanh" fold to the same string.
// đ/Đ is a separate letter, not d plus a mark, so Unicode decomposition leaves it alone.
export function foldVietnamese(input: string): string {
  return input
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so that user input is matched literally. */
export function likeContains(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
