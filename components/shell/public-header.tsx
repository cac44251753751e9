import Link from 'next/link';
import { PUBLIC_NAV, PUBLIC_NAV_EN } from '@/lib/navigation';
import { Brand } from './brand';

const itemClass = 'inline-flex min-h-11 items-center rounded px-3 text-white hover:bg-brand-800';

export function PublicHeader({ lang = 'vi' }: { lang?: 'vi' | 'en' }) {
  const en = lang === 'en';
  return (
    <header className="bg-brand-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Brand href={en ? '/en' : '/'} lang={lang} />
        <nav aria-label={en ? 'Main navigation' : 'Điều hướng chính'} className="w-full sm:w-auto">
          <ul className="flex flex-wrap gap-1 text-sm">
            {(en ? PUBLIC_NAV_EN : PUBLIC_NAV).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={itemClass}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              {en ? (
                <Link href="/" lang="vi" hrefLang="vi" className={itemClass}>Tiếng Việt</Link>
              ) : (
                <Link href="/en" lang="en" hrefLang="en" className={itemClass}>English</Link>
              )}
            </li>
            <li>
              <Link href="/dang-nhap" className="inline-flex min-h-11 items-center rounded bg-white px-3 font-semibold text-brand-800">
                {en ? 'Sign in' : 'Đăng nhập'}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
