import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { settings, trustedSigners } from '../schema';
import { createSigner } from '@/lib/dcc';
import { DEMO_PASSPORTS_KEY } from '@/lib/trust/demo-passport';
import { makeDemoPassports } from './demo-passports';

/**
 * Demo only (issue 15): a demo signing authority in the trust list and sample passports for every
 * verdict, so that a first scan in `npm run demo` is green where it should be. Real deployments
 * never run this; its signers are named "DEMO" on the trust-list page. Idempotent: the passports'
 * setting row marks it done.
 */
export async function seedDemoPassports(db: Db, now = new Date()): Promise<void> {
  const [done] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, DEMO_PASSPORTS_KEY));
  if (done) return;
  const { signers, passports } = await makeDemoPassports(now);
  await db.transaction(async (tx) => {
    for (const { signer, role } of signers) {
      const s = await createSigner(signer.certificate);
      await tx.insert(trustedSigners).values({
        kid: s.kid, country: s.country, algorithm: s.algorithm, subject: s.subject, issuer: s.issuer,
        notBefore: s.notBefore, notAfter: s.notAfter, certificate: s.certificate,
        enabled: role !== 'disabled', disabledAt: role === 'disabled' ? now : null,
      });
    }
    await tx.insert(settings).values({ key: DEMO_PASSPORTS_KEY, value: passports });
  });
}
