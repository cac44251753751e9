import 'server-only';
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { getDb } from '@/db';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { DEMO_PASSPORTS_KEY, type DemoPassport } from './demo-passport';

/** Whether this portal runs with the demo's sample passports (a link to them is then shown). */
export async function demoPassportsExist(actor: Actor | null): Promise<boolean> {
  assertCan(actor, 'trust.view');
  const rows = await getDb().select({ key: settings.key }).from(settings).where(eq(settings.key, DEMO_PASSPORTS_KEY));
  return rows.length > 0;
}

/**
 * The demo's sample passports as QR images (PNG data URLs) for staff to scan or download; an
 * empty list outside demo mode. Only the demo's made-up holders are in them.
 */
export async function listDemoPassports(actor: Actor | null) {
  assertCan(actor, 'trust.view');
  const [row] = await getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, DEMO_PASSPORTS_KEY));
  const passports = (row?.value ?? []) as DemoPassport[];
  return Promise.all(passports.map(async ({ slug, label, expectation, hc1 }) => ({
    slug, label, expectation,
    // Level M and a 4-module quiet zone, as on the posters: it scans from a screen or a print.
    png: await QRCode.toDataURL(hc1, { errorCorrectionLevel: 'M', margin: 4, width: 360 }),
  })));
}
