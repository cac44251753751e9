/** Vaccines used in Việt Nam in 2021, by their EU value-set product code, for pickers and labels. */
export const VACCINES: { code: string; label: string }[] = [
  { code: 'EU/1/21/1529', label: 'AstraZeneca (Vaxzevria)' },
  { code: 'EU/1/20/1528', label: 'Pfizer-BioNTech (Comirnaty)' },
  { code: 'EU/1/20/1507', label: 'Moderna (Spikevax)' },
  { code: 'EU/1/20/1525', label: 'Janssen (Johnson & Johnson) — 1 mũi' },
  { code: 'BBIBP-CorV', label: 'Sinopharm (Vero Cell)' },
  { code: 'CoronaVac', label: 'Sinovac (CoronaVac)' },
  { code: 'Sputnik-V', label: 'Sputnik V' },
  { code: 'Abdala', label: 'Abdala' },
  { code: 'Hayat-Vax', label: 'Hayat-Vax' },
  { code: 'EU/1/21/1618', label: 'Novavax (Nuvaxovid)' },
];

export function vaccineLabel(code: string | null | undefined): string {
  if (!code) return '';
  return VACCINES.find((v) => v.code === code)?.label ?? code;
}
