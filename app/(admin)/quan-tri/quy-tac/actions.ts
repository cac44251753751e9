'use server';
import { defineAction } from '@/lib/actions/define-action';
import { createRuleVersionSchema } from '@/lib/rules/schema';
import { createRuleVersion } from '@/lib/rules/versions';
import { formatDateTime } from '@/lib/text/format';

export const createRuleVersionAction = defineAction(createRuleVersionSchema, async (actor, input) => {
  const rule = await createRuleVersion(actor, input);
  return {
    message: `Đã thêm phiên bản ${rule.version}, áp dụng từ ${formatDateTime(rule.effectiveFrom)}.`,
    revalidate: ['/quan-tri/quy-tac'],
  };
});
