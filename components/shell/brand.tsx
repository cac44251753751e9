import Link from 'next/link';
import { DEPARTMENT_NAME } from '@/lib/config/site';

export function Brand({ href = '/', subtitle }: { href?: string; subtitle?: string }) {
  return (
    <Link href={href} className="flex min-h-11 items-center gap-3 text-white no-underline hover:no-underline">
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-white text-lg font-bold text-brand-700">
        QN
      </span>
      <span className="leading-tight">
        <span className="block text-xs uppercase tracking-wide text-brand-100">UBND tỉnh Quảng Ngãi</span>
        <span className="block text-sm font-bold sm:text-base">{DEPARTMENT_NAME}</span>
        {subtitle && <span className="block text-xs text-brand-100">{subtitle}</span>}
      </span>
    </Link>
  );
}
