import type { Metadata } from 'next';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { CheckpointHeader } from '@/components/check-in/checkpoint-header';
import { PosterRefusal } from '@/components/check-in/poster-refusal';
import { CheckIn } from '@/components/check-in/check-in';
import { PrivacyNotice } from '@/components/check-in/privacy-notice';
import { readRetentionDays } from '@/lib/settings/retention';
import { trustedSignerCount } from '@/lib/trust/server-trust-list';

export const metadata: Metadata = { title: 'Khai báo tại chốt kiểm soát', robots: { index: false, follow: false } };

/** The page a poster's QR opens: which checkpoint this is, then the check-in below it. */
export default async function PosterLandingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const resolved = await resolvePosterToken(token);
  if (!resolved.ok) return <PosterRefusal reason={resolved.reason} />;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <CheckpointHeader checkpoint={resolved.checkpoint} />
      {resolved.checkpoint.status === 'active' && (
        <>
          <PrivacyNotice retentionDays={await readRetentionDays()} />
          <CheckIn posterToken={token} checkpointName={resolved.checkpoint.name} signaturesVerifiable={(await trustedSignerCount()) > 0} />
        </>
      )}
    </div>
  );
}
