import { PublicHeader } from '@/components/shell/public-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/ui/skip-link';

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <PublicHeader />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
