import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { trustedSigners, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { bytesToBase64 } from '@/lib/dcc/bytes';
import { signerValidityAt, type TrustedSigner } from '@/lib/dcc';
import { formatDate } from '@/lib/text/format';
import { readTrustSources, type TrustSource } from './read-upload';
import { forgetTrustList, trustListVersion } from './server-trust-list';
import { trustListMaxAgeHours } from '@/lib/config/trust-list';

export type SignerValidity = ReturnType<typeof signerValidityAt>;

/** Every signer, newest first, with its validity today (no certificate bytes). */
export async function listTrustedSigners(actor: Actor | null, now = new Date()) {
  assertCan(actor, 'trust.manage');
  const rows = await getDb()
    .select({ s: trustedSigners, createdByName: users.fullName })
    .from(trustedSigners)
    .leftJoin(users, eq(users.id, trustedSigners.createdBy))
    .orderBy(asc(trustedSigners.country), asc(trustedSigners.kid));
  return rows.map(({ s, createdByName }) => ({
    id: s.id, kid: s.kid, country: s.country, algorithm: s.algorithm, subject: s.subject, issuer: s.issuer,
    notBefore: s.notBefore, notAfter: s.notAfter, enabled: s.enabled, disabledAt: s.disabledAt,
    kidMatchesCertificate: s.kidMatchesCertificate, createdAt: s.createdAt, createdByName,
    synced: s.sourceId !== null, syncRemovedAt: s.syncRemovedAt,
    validity: (now < s.notBefore ? 'not_yet_valid' : now > s.notAfter ? 'expired' : 'valid') as SignerValidity,
  }));
}

export interface ImportReport {
  imported: { kid: string; country: string }[];
  /** Already in the list with the same certificate: nothing to do. */
  alreadyPresent: string[];
  warnings: string[];
  problems: string[];
}

const auditView = (s: TrustedSigner) => ({
  kid: s.kid, country: s.country, algorithm: s.algorithm, subject: s.subject,
  notBefore: s.notBefore.toISOString(), notAfter: s.notAfter.toISOString(),
});

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Adds signers from uploads or pasted text. A certificate past its validity is imported with a
 * warning: certificates it signed earlier still verify, each judged on its own `exp`. A kid
 * already present with the same certificate is reported and skipped; a kid already used by a
 * different certificate is refused (the verifier selects by kid). Nothing usable → nothing
 * written and a Vietnamese error listing each problem.
 */
export async function importTrustedSigners(actor: Actor | null, sources: TrustSource[], now = new Date()): Promise<ImportReport> {
  assertCan(actor, 'trust.manage');
  const read = await readTrustSources(sources);
  const report: ImportReport = { imported: [], alreadyPresent: [], warnings: [], problems: [...read.problems] };
  if (read.signers.length === 0 && read.problems.length === 0) {
    throw new UserInputError('Chưa có chứng thư nào: hãy chọn tệp hoặc dán nội dung PEM/JSON.', { files: ['Chọn tệp hoặc dán nội dung.'] });
  }
  const kids = [...new Set(read.signers.map((s) => s.signer.kid))];
  const existing = kids.length
    ? await getDb().select({ kid: trustedSigners.kid, certificate: trustedSigners.certificate, enabled: trustedSigners.enabled }).from(trustedSigners).where(inArray(trustedSigners.kid, kids))
    : [];
  const known = new Map(existing.map((e) => [e.kid, e]));
  const fresh: TrustedSigner[] = [];
  for (const { signer, source } of read.signers) {
    const other = known.get(signer.kid) ?? fresh.find((f) => f.kid === signer.kid);
    if (other) {
      if (sameBytes(new Uint8Array(other.certificate), signer.certificate)) {
        const off = 'enabled' in other && !other.enabled ? ' (đang tắt: bật lại trong danh sách nếu cần)' : '';
        if (!report.alreadyPresent.includes(signer.kid)) report.alreadyPresent.push(`${signer.kid}${off}`);
      } else {
        report.problems.push(`${source}: mã khoá ${signer.kid} đã thuộc một chứng thư khác trong danh sách nên không nhập.`);
      }
      continue;
    }
    const validity = signerValidityAt(signer, now);
    if (validity === 'expired') report.warnings.push(`${signer.kid} (${signer.country}): chứng thư đã hết hạn ngày ${formatDate(signer.notAfter)}; vẫn nhập vì các chứng nhận ký trước đó vẫn được xác minh theo hạn của chính chứng nhận.`);
    if (validity === 'not_yet_valid') report.warnings.push(`${signer.kid} (${signer.country}): chứng thư chỉ có hiệu lực từ ngày ${formatDate(signer.notBefore)}.`);
    if (!signer.kidMatchesCertificate) report.warnings.push(`${signer.kid} (${signer.country}): mã khoá do danh sách ghi khác mã tính từ chứng thư; dùng mã của danh sách.`);
    fresh.push(signer);
  }
  if (fresh.length === 0 && report.alreadyPresent.length === 0) {
    throw new UserInputError(`Không nhập được chứng thư nào. ${report.problems.join(' ')}`, { files: report.problems });
  }
  if (fresh.length) {
    await getDb().transaction(async (tx) => {
      const rows = await tx
        .insert(trustedSigners)
        .values(fresh.map((s) => ({
          kid: s.kid, country: s.country, algorithm: s.algorithm, subject: s.subject, issuer: s.issuer,
          notBefore: s.notBefore, notAfter: s.notAfter, certificate: s.certificate,
          kidMatchesCertificate: s.kidMatchesCertificate, createdBy: actor.id,
        })))
        .returning({ id: trustedSigners.id, kid: trustedSigners.kid });
      for (const [i, row] of rows.entries()) {
        await recordAudit(tx, actor, { action: 'trust.import', entityType: 'trusted_signer', entityId: row.id, after: auditView(fresh[i]) });
      }
    });
    forgetTrustList();
  }
  report.imported = fresh.map((s) => ({ kid: s.kid, country: s.country }));
  return report;
}

/** Disables (no longer trusted anywhere) or enables a signer; audited with before and after. */
export async function setTrustedSignerEnabled(actor: Actor | null, id: string, enabled: boolean, now = new Date()) {
  assertCan(actor, 'trust.manage');
  const changed = await getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(trustedSigners).where(eq(trustedSigners.id, id)).for('update');
    if (!before) throw new NotFoundError('Không tìm thấy chứng thư này trong danh sách tin cậy.');
    if (before.enabled === enabled) return before;
    const [after] = await tx
      .update(trustedSigners)
      .set({ enabled, disabledAt: enabled ? null : now, updatedAt: now })
      .where(eq(trustedSigners.id, id))
      .returning();
    const view = (r: typeof before) => ({ kid: r.kid, country: r.country, enabled: r.enabled, disabledAt: r.disabledAt });
    await recordAudit(tx, actor, { action: enabled ? 'trust.enable' : 'trust.disable', entityType: 'trusted_signer', entityId: id, before: view(before), after: view(after) });
    return after;
  });
  forgetTrustList();
  return { id: changed.id, kid: changed.kid, enabled: changed.enabled };
}

/** For the console's offline copy: enabled signers' kid, country and DER (base64), and a version. */
export async function trustListForConsole(actor: Actor | null) {
  assertCan(actor, 'trust.view');
  const { version, updatedAt } = await trustListVersion();
  const rows = await getDb()
    .select({ kid: trustedSigners.kid, country: trustedSigners.country, certificate: trustedSigners.certificate })
    .from(trustedSigners)
    .where(eq(trustedSigners.enabled, true))
    .orderBy(asc(trustedSigners.kid));
  return {
    version,
    updatedAt: updatedAt?.toISOString() ?? null,
    maxAgeHours: trustListMaxAgeHours(),
    signers: rows.map((r) => ({ kid: r.kid, country: r.country, certificate: bytesToBase64(new Uint8Array(r.certificate)) })),
  };
}
