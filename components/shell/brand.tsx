import Link from 'next/link';
import { DEPARTMENT_NAME } from '@/lib/config/site';

const WORDS = {
  vi: { parent: 'UBND tỉnh Quảng Ngãi', name: DEPARTMENT_NAME, mark: 'QN' },
  en: { parent: "Quảng Ngãi Provincial People's Committee", name: 'Department of Information and Communications', mark: 'QN' },
};

export function Brand({ href = '/', subtitle, lang = 'vi' }: { href?: string; subtitle?: string; lang?: 'vi' | 'en' }) {
  const words = WORDS[lang];
  return (
    <Link href={href} className="flex min-h-11 items-center gap-3 text-white no-underline hover:no-underline">
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-white text-lg font-bold text-brand-700">
        {words.mark}
      </span>
      <span className="leading-tight">
        <span className="block text-xs uppercase tracking-wide text-brand-100">{words.parent}</span>
        <span className="block text-sm font-bold sm:text-base">{words.name}</span>
        {subtitle && <span className="block text-xs text-brand-100">{subtitle}</span>}
      </span>
    </Link>
  );
}
