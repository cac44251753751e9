import Link from 'next/link';
import type { Actor } from '@/lib/auth/roles';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { ADMIN_NAV } from '@/lib/navigation';
import { Brand } from './brand';
import { SignOutButton } from './sign-out-button';

const itemClass = 'inline-flex min-h-11 items-center rounded px-3 text-sm text-white no-underline hover:bg-brand-800 hover:no-underline';

/** Header with the menu this actor may use; on a phone the menu folds into a disclosure. */
export function AdminHeader({ actor }: { actor: Actor }) {
  const items = ADMIN_NAV.filter((item) => can(actor, item.permission));
  const consoleLink = can(actor, 'console.use');
  return (
    <header className="bg-brand-700 no-print">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Brand href={items[0]?.href ?? '/quan-tri/tai-khoan'} subtitle="Trang quản trị" />
        <div className="flex flex-wrap items-center gap-2 text-sm text-white">
          <span>
            <span className="font-semibold">{actor.fullName}</span> · {ROLE_LABELS[actor.role]}
          </span>
          <SignOutButton className="min-h-11 rounded border border-white/60 px-3 hover:bg-brand-800" />
        </div>
      </div>
      <details className="mx-auto max-w-7xl px-4 pb-2 sm:hidden">
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-white">Danh mục</summary>
        <NavList items={items} consoleLink={consoleLink} />
      </details>
      <div className="mx-auto hidden max-w-7xl px-4 pb-2 sm:block">
        <NavList items={items} consoleLink={consoleLink} />
      </div>
    </header>
  );
}

function NavList({ items, consoleLink }: { items: typeof ADMIN_NAV; consoleLink: boolean }) {
  return (
    <nav aria-label="Danh mục quản trị">
      <ul className="flex flex-wrap gap-1">
        {consoleLink && (
          <li>
            <Link href="/chot" className={itemClass}>
              Bàn kiểm soát chốt
            </Link>
          </li>
        )}
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={itemClass}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
