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

// Search words come straight from the address bar: a NUL or half a UTF-16 pair would make
// PostgreSQL fail the query (a 500). Stored text holds neither, so they can only fail to match.
const UNSEARCHABLE = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes LIKE wildcards so that user input is matched literally, and drops what no text holds. */
export function likeContains(folded: string): string {
  return `%${folded.replace(UNSEARCHABLE, '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
