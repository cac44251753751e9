'use server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { describeError } from '@/lib/actions/describe-error';
import { echoValues, formDataToObject } from '@/lib/actions/form-data';
import { nextAttempt } from '@/lib/actions/state';
import { traceSchema } from '@/lib/passages/trace-schema';
import { tracePerson } from '@/lib/passages/trace';
import type { TraceState } from './trace-state';

/**
 * Like defineAction, but hands the look-up's result back to the form: the number searched for is
 * personal data and must not travel in a URL (history, proxy logs), so this is a POST, not a GET page.
 */
export async function traceAction(previous: TraceState, formData: FormData): Promise<TraceState> {
  const values = echoValues(formData);
  const attempt = nextAttempt(previous);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, message: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', values, attempt };
  const parsed = traceSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? '_form')] ??= []).push(issue.message);
    return { ok: false, message: 'Chưa tra được, vui lòng kiểm tra các ô được đánh dấu.', errors, values, attempt };
  }
  try {
    const result = await tracePerson(actor, parsed.data);
    return { ok: true, values, result, attempt };
  } catch (error) {
    return { ...describeError(error, 'trace'), ok: false, values, attempt };
  }
}
