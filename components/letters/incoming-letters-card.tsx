import Link from 'next/link';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { countUnconfirmedIncomingLetters } from '@/lib/letters/incoming';

/**
 * For the dashboard (/quan-tri): how many letters to a district user's district await
 * confirmation, with a link to confirm them. Renders nothing for other roles.
 */
export async function IncomingLettersCard({ actor }: { actor: Actor }) {
  if (!can(actor, 'letters.confirm')) return null;
  const pending = await countUnconfirmedIncomingLetters(actor);
  return (
    <section className={`card mb-4 ${pending ? 'border-amber-300 bg-amber-50' : ''}`} aria-labelledby="van-ban-den-tom-tat">
      <h2 id="van-ban-den-tom-tat">Văn bản đến</h2>
      <p className="mt-1 text-sm">{pending ? `${pending} văn bản của Sở TT&TT chưa xác nhận đã nhận.` : 'Đã xác nhận mọi văn bản.'}</p>
      <Link href="/quan-tri/van-ban-den" className="mt-2 inline-flex min-h-11 items-center font-semibold">
        {pending ? 'Xem và xác nhận' : 'Xem văn bản đến'}
      </Link>
    </section>
  );
}
