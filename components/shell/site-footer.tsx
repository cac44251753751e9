import Link from 'next/link';
import { DEPARTMENT_NAME, supportLine } from '@/lib/config/site';

export function SiteFooter({ lang = 'vi' }: { lang?: 'vi' | 'en' }) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
        <p className="font-semibold">{lang === 'en' ? 'Department of Information and Communications of Quảng Ngãi' : DEPARTMENT_NAME}</p>
        <p className="mt-1">{supportLine(lang)}</p>
        <p className="mt-2 flex flex-wrap gap-x-4">
          <Link href={lang === 'en' ? '/en/data' : '/so-lieu'} className="inline-flex min-h-11 items-center underline">{lang === 'en' ? 'Open data (CC BY 4.0)' : 'Số liệu mở (CC BY 4.0)'}</Link>
          <a href="/tai-lieu/atom.xml" className="inline-flex min-h-11 items-center underline">{lang === 'en' ? 'New materials feed (Atom)' : 'Nguồn tin tài liệu mới (Atom)'}</a>
        </p>
      </div>
    </footer>
  );
}
