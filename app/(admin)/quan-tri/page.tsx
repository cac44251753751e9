import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser, requirePageActor } from '@/lib/auth/current-user';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { districtName } from '@/lib/geo/districts';
import { ADMIN_NAV } from '@/lib/navigation';
import { PageHeader } from '@/components/ui/page-header';
import Link from 'next/link';
import { IncomingLettersCard } from '@/components/letters/incoming-letters-card';

export const metadata: Metadata = { title: 'Tổng quan' };

export default async function AdminHome() {
  const signedIn = await getCurrentUser();
  if (signedIn?.role === 'officer') redirect('/chot');
  const actor = await requirePageActor('stats.view', undefined, '/quan-tri');
  const areas = ADMIN_NAV.filter((item) => item.href !== '/quan-tri' && can(actor, item.permission));
  return (
    <>
      <PageHeader
        title="Tổng quan"
        description={`${ROLE_LABELS[actor.role]}${actor.districtCode ? ` · ${districtName(actor.districtCode)}` : ' · toàn tỉnh'}`}
      />
      <IncomingLettersCard actor={actor} />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {areas.map((item) => (
          <li key={item.href} className="card">
            <Link href={item.href} className="font-semibold">{item.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
