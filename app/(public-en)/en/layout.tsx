import type { Metadata } from 'next';
import { PublicHeader } from '@/components/shell/public-header';
import { SiteFooter } from '@/components/shell/site-footer';
import { SkipLink } from '@/components/ui/skip-link';

export const metadata: Metadata = {
  title: { default: 'Checkpoint & comms portal — Quảng Ngãi', template: '%s — Quảng Ngãi DIC' },
  description: 'Quảng Ngãi Department of Information and Communications: proving COVID-19 vaccination at checkpoints, guidance and materials.',
};

// The root layout declares Vietnamese; this wrapper tells assistive technology the page is English.
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <div lang="en">
      <SkipLink lang="en" />
      <PublicHeader lang="en" />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter lang="en" />
    </div>
  );
}
