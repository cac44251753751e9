import type { Metadata } from 'next';
import Link from 'next/link';
import { SkipLink } from '@/components/ui/skip-link';
import { DEPARTMENT_SHORT, supportLine } from '@/lib/config/site';

export const metadata: Metadata = {
  manifest: '/chot.webmanifest',
  appleWebApp: { capable: true, title: 'Kiểm soát chốt', statusBarStyle: 'default' },
};

// Phone-first shell: one slim bar, big touch targets, nothing that needs the network to draw.
export default function ConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="sticky top-0 z-10 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-2 px-3 py-2">
          <Link href="/chot" className="min-h-11 content-center font-bold text-white no-underline">
            Bàn kiểm soát chốt
          </Link>
          <span className="text-xs text-brand-100">{DEPARTMENT_SHORT}</span>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-xl px-3 py-4">
        {children}
      </main>
      <footer className="mx-auto max-w-xl px-3 pb-6 text-xs text-slate-600">{supportLine()}</footer>
    </>
  );
}
