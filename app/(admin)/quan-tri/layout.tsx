import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AdminHeader } from '@/components/shell/admin-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/ui/skip-link';

// The layout only needs a signed-in actor for its menu; each page checks its own permission
// (layouts do not re-render on navigation, so they are never the protection).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentUser();
  if (!actor) redirect('/dang-nhap?callbackUrl=/quan-tri');
  return (
    <>
      <SkipLink />
      <AdminHeader actor={actor} />
      <main id="noi-dung" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
