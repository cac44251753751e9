import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/auth/roles';
import { echoValues, formDataToObject } from './form-data';
import { nextAttempt, type ActionState } from './state';
import { describeError } from './describe-error';

export interface ActionOutcome {
  message?: string;
  rowLinks?: ActionState['rowLinks'];
  redirectTo?: string;
  revalidate?: string[];
}

/**
 * The one shape of a server action: authenticate → validate (zod) → authorise, do and audit
 * (inside the data-layer call, which checks permission and scope itself) → revalidate.
 * Never throws to the client: every refusal comes back as a Vietnamese message with the input.
 */
export function defineAction<S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, input: z.infer<S>) => Promise<ActionOutcome | void>,
) {
  return async function action(previous: ActionState, formData: FormData): Promise<ActionState> {
    const values = echoValues(formData);
    const attempt = nextAttempt(previous);
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', values, attempt };
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return { ok: false, message: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu.', errors: fieldErrors(parsed.error), values, attempt };
    }
    let outcome: ActionOutcome | void;
    try {
      outcome = await run(actor, parsed.data);
    } catch (error) {
      return { ...describeError(error), ok: false, values, attempt };
    }
    for (const path of outcome?.revalidate ?? []) revalidatePath(path);
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, message: outcome?.message ?? 'Đã lưu.', rowLinks: outcome?.rowLinks, attempt };
  };
}

/** A zod refusal as the form's errors, by field (the first path segment). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
