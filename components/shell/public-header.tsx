import Link from 'next/link';
import { PUBLIC_NAV } from '@/lib/navigation';
import { Brand } from './brand';

export function PublicHeader() {
  return (
    <header className="bg-brand-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Brand />
        <nav aria-label="Điều hướng chính" className="w-full sm:w-auto">
          <ul className="flex flex-wrap gap-1 text-sm">
            {PUBLIC_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded px-3 text-white hover:bg-brand-800">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/en" lang="en" className="inline-flex min-h-11 items-center rounded px-3 text-white hover:bg-brand-800">
                English
              </Link>
            </li>
            <li>
              <Link href="/dang-nhap" className="inline-flex min-h-11 items-center rounded bg-white px-3 font-semibold text-brand-800">
                Đăng nhập
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
