import { formatDate } from '@/lib/text/format';
import type { Lang } from '@/lib/materials/catalog';
import { LIBRARY_TEXT } from './library-text';

/** "Số hiệu 1088/STTT · 26/08/2021 · Sở TT&TT", the line every official document is known by. */
export function MaterialMeta({ m, lang }: { m: { documentNumber: string | null; issuedOn: string | null; issuer: string | null }; lang: Lang }) {
  const t = LIBRARY_TEXT[lang];
  const parts = [
    m.documentNumber && `${t.number} ${m.documentNumber}`,
    m.issuedOn && formatDate(m.issuedOn),
    m.issuer,
  ].filter(Boolean);
  if (!parts.length) return null;
  return <p className="text-sm text-slate-600">{parts.join(' · ')}</p>;
}
