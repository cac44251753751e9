import Link from 'next/link';
import { DEPARTMENT_SHORT } from '@/lib/config/site';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/ui/skip-link';

// The page a poster's QR opens, on a phone at the checkpoint: one slim bar instead of the portal
// menu, so the checkpoint's name and the form start on the first screen.
export default function CheckInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-2 px-3">
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-white no-underline">
            {DEPARTMENT_SHORT}
          </Link>
          <Link href="/huong-dan" className="inline-flex min-h-11 items-center text-sm text-white">
            Hướng dẫn
          </Link>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-xl px-3 py-4">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
