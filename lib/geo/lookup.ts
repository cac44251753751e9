import { foldVietnamese } from '@/lib/text/fold';
import { COMMUNES, DISTRICTS, communesOf, type District } from './districts';

// People write "Bình Sơn", "huyện Bình Sơn", "binh son" or the code "524": all name one unit.
const UNIT_PREFIX = /^(thanh pho|thi xa|thi tran|huyen|phuong|xa) /;

function keysOf(unit: District): string[] {
  const full = foldVietnamese(unit.name);
  return [unit.code, full, full.replace(UNIT_PREFIX, '')];
}

function match<T extends District>(units: T[], text: string): T | undefined {
  const wanted = foldVietnamese(text);
  const exact = units.find((u) => u.code === text.trim() || foldVietnamese(u.name) === wanted);
  if (exact) return exact;
  const loose = units.filter((u) => keysOf(u).includes(wanted.replace(UNIT_PREFIX, '')));
  return loose.length === 1 ? loose[0] : undefined;
}

export function findDistrict(text: string) {
  return match(DISTRICTS, text);
}

export function findCommune(districtCode: string, text: string) {
  return match(communesOf(districtCode), text) ?? COMMUNES.find((c) => c.code === text.trim() && c.districtCode === districtCode);
}
