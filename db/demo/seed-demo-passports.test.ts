import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { makeActor } from '@/lib/testing/factories';
import { FIRST_RULE } from '@/lib/verification';
import { judgeCertificate } from '@/lib/passages/certificate';
import { forgetTrustList } from '@/lib/trust/server-trust-list';
import { listDemoPassports } from '@/lib/trust/demo-passports';
import { getDb } from '@/db';
import { settings, trustedSigners } from '@/db/schema';
import { DEMO_PASSPORTS_KEY, type DemoPassport } from '@/lib/trust/demo-passport';
import { seedDemoPassports } from './seed-demo-passports';

const { db } = useTestDatabase();
const NOW = new Date('2021-10-01T03:00:00Z');

async function seededPassports(): Promise<Map<string, string>> {
  const [row] = await getDb().select().from(settings).where(eq(settings.key, DEMO_PASSPORTS_KEY));
  return new Map((row.value as DemoPassport[]).map((p) => [p.slug, p.hc1]));
}

describe('seedDemoPassports', () => {
  it('trusts a demo signer and makes a passport for every verdict the officer can meet', async () => {
    await seedDemoPassports(db(), NOW);
    await seedDemoPassports(db(), NOW); // idempotent: a second start adds nothing
    forgetTrustList();
    const signers = await getDb().select().from(trustedSigners);
    expect(signers).toHaveLength(3);
    expect(signers.every((s) => s.subject.includes('DEMO'))).toBe(true);
    expect(signers.filter((s) => s.enabled)).toHaveLength(2);

    const passports = await seededPassports();
    const verdict = (slug: string) => judgeCertificate(passports.get(slug)!, NOW, FIRST_RULE);
    expect((await verdict('hop-le')).result).toBe('valid');
    expect((await verdict('mot-mui')).result).toBe('incomplete_doses');
    expect((await verdict('chua-du-14-ngay')).result).toBe('under_14_days');
    expect((await verdict('het-han')).result).toBe('expired');
    const revoked = await verdict('co-quan-ky-da-tat');
    expect(revoked.result).toBe('invalid_certificate');
    expect(revoked.summary.reason).toBe('unknown_signer');
  });

  it('shows the passports as QR images to staff who may view the trust list, and to no one else', async () => {
    await seedDemoPassports(db(), NOW);
    const shown = await listDemoPassports(await makeActor('officer'));
    expect(shown.map((p) => p.slug)).toEqual(['hop-le', 'mot-mui', 'chua-du-14-ngay', 'het-han', 'co-quan-ky-da-tat']);
    for (const p of shown) expect(p.png).toMatch(/^data:image\/png;base64,/);
    await expect(listDemoPassports(null)).rejects.toThrow();
  });
});
