export const POSTER_SIZES = ['A4', 'A5', 'A3'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

export function parsePosterSize(value: string | null | undefined): PosterSize {
  const upper = value?.toUpperCase();
  return POSTER_SIZES.includes(upper as PosterSize) ? (upper as PosterSize) : 'A4';
}
