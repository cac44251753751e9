import { typeOfMime, FILE_TYPES } from '@/lib/materials/file-type-list';

export function fileTypeLabel(mime: string | null | undefined): string {
  const type = typeOfMime(mime);
  return type ? FILE_TYPES[type].label : '';
}
