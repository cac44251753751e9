import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { users, verificationRules } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { ruleInForce, type VerificationRule } from '@/lib/verification/rule';
import { allRuleVersions, forgetRuleCache, RULE_LEAD_MS } from './in-force';
import { toRule } from './row';
import type { CreateRuleVersionInput } from './schema';

const VERSION_LOCK = 42_2021;

/** Every version, newest first, with who added it and whether it is past, in force or scheduled. */
export async function listRuleVersions(actor: Actor | null, now = new Date()) {
  assertCan(actor, 'rules.manage');
  const rows = await getDb()
    .select({ rule: verificationRules, createdByName: users.fullName })
    .from(verificationRules)
    .leftJoin(users, eq(users.id, verificationRules.createdBy))
    .orderBy(desc(verificationRules.version));
  const current = ruleInForce(rows.map((r) => toRule(r.rule)), now);
  return rows.map(({ rule, createdByName }) => ({
    ...toRule(rule),
    note: rule.note,
    createdAt: rule.createdAt,
    createdByName,
    state: rule.version === current?.version ? ('current' as const) : rule.effectiveFrom > now ? ('scheduled' as const) : ('past' as const),
  }));
}

/** For the console's offline cache: the version in force now and those scheduled after it. */
export async function rulesForConsole(actor: Actor | null, now = new Date()): Promise<{ current: VerificationRule; upcoming: VerificationRule[] }> {
  assertCan(actor, 'rules.view');
  const rules = await allRuleVersions(now);
  const current = ruleInForce(rules, now) ?? rules[0];
  const upcoming = rules.filter((r) => new Date(r.effectiveFrom) > now).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { current, upcoming };
}

/**
 * Adds a version; versions are never edited. It must start at least five minutes from now: stored
 * checks keep the verdict of the version they were judged with, and every server process learns
 * of the new version before it applies (see in-force.ts).
 */
export async function createRuleVersion(actor: Actor | null, input: CreateRuleVersionInput, now = new Date()) {
  assertCan(actor, 'rules.manage');
  // Việt Nam has kept UTC+7 without daylight saving since 1975.
  const effectiveFrom = new Date(`${input.effectiveDate}T${input.effectiveTime}:00+07:00`);
  if (effectiveFrom.getTime() < now.getTime() + RULE_LEAD_MS) {
    const message = 'Thời điểm hiệu lực phải sau hiện tại ít nhất 5 phút: các lượt kiểm tra đã ghi giữ kết quả theo phiên bản cũ.';
    throw new UserInputError(message, { effectiveDate: [message] });
  }
  const singleDoseVaccines = [...new Set([...input.singleDoseVaccines, ...input.otherSingleDoseVaccines])];
  const created = await getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${VERSION_LOCK})`);
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${verificationRules.version}), 0)::int + 1` }).from(verificationRules);
    const [row] = await tx
      .insert(verificationRules)
      .values({
        version: next, effectiveFrom, requiredDoses: input.requiredDoses, singleDoseVaccines,
        daysAfterLastDose: input.daysAfterLastDose, validityDays: input.validityDays ?? null,
        recoveryDays: input.recoveryDays ?? null, note: input.note, createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'rule.create', entityType: 'verification_rule', entityId: row.version, after: row });
    return toRule(row);
  });
  forgetRuleCache();
  return created;
}
