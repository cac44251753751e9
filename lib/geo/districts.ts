import data from '@/db/data/quang-ngai-2021.json';

export interface District {
  code: string;
  name: string;
  type: string;
}
export interface Commune extends District {
  districtCode: string;
}

// Reference data is fixed (01/07/2021 units) and small: read it from the bundled JSON rather
// than the database, so forms and labels need no query. The database copy serves joins.
export const DISTRICTS: District[] = data.districts.map(({ code, name, type }) => ({ code, name, type }));

export const COMMUNES: Commune[] = data.districts.flatMap((d) =>
  d.communes.map((c) => ({ code: c.code, name: c.name, type: c.type, districtCode: d.code })),
);

const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));
const communeByCode = new Map(COMMUNES.map((c) => [c.code, c]));

export function districtName(code: string | null | undefined): string {
  return (code && districtByCode.get(code)?.name) || '';
}

export function communeName(code: string | null | undefined): string {
  return (code && communeByCode.get(code)?.name) || '';
}

export function isDistrictCode(code: string): boolean {
  return districtByCode.has(code);
}

export function communesOf(districtCode: string): Commune[] {
  return COMMUNES.filter((c) => c.districtCode === districtCode);
}

export function communeBelongsTo(communeCode: string, districtCode: string): boolean {
  return communeByCode.get(communeCode)?.districtCode === districtCode;
}
