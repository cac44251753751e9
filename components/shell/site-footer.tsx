import { DEPARTMENT_NAME, supportLine } from '@/lib/config/site';

export function SiteFooter({ lang = 'vi' }: { lang?: 'vi' | 'en' }) {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
        <p className="font-semibold">{lang === 'en' ? 'Department of Information and Communications of Quảng Ngãi' : DEPARTMENT_NAME}</p>
        <p className="mt-1">{supportLine(lang)}</p>
      </div>
    </footer>
  );
}
