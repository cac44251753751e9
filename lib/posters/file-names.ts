import { safeFileName } from '@/lib/http/content-disposition';
import type { PosterSize } from './sizes';

export function posterFileName(name: string, version: number, size: PosterSize): string {
  return safeFileName(`Áp phích ${name} - phiên bản ${version} - ${size}.pdf`);
}

export function batchFileName(scope: string, size: PosterSize, format: 'pdf' | 'zip'): string {
  return safeFileName(`Áp phích ${scope} - ${size}.${format}`);
}

/** Entries sort by checkpoint number in any archive tool. */
export function zipEntryName(number: number, name: string, version: number): string {
  return safeFileName(`${String(number).padStart(4, '0')} - ${name} - phiên bản ${version}.pdf`);
}
