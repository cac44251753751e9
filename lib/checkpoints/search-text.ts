import { communeName, districtName } from '@/lib/geo/districts';
import { foldVietnamese } from '@/lib/text/fold';

/** The folded text that diacritic-insensitive search matches ("cho chua" finds "Chợ Chùa"). */
export function checkpointSearchText(c: { name: string; address?: string | null; responsibleUnit?: string | null; communeCode?: string | null; districtCode: string }): string {
  return foldVietnamese([c.name, c.address, c.responsibleUnit, communeName(c.communeCode), districtName(c.districtCode)].filter(Boolean).join(' '));
}
