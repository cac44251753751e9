'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/http/client-ip';
import { echoValues } from '@/lib/actions/form-data';
import { nextAttempt, type ActionState } from '@/lib/actions/state';
import { describeError } from '@/lib/actions/describe-error';
import { confirmSubscription, subscribe, subscribeSchema, unsubscribe } from '@/lib/mail/subscriptions';

// Public forms: no session, so not defineAction; the same shape of answer, rate-limited per client.
export async function subscribeAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = echoValues(formData);
  const attempt = nextAttempt(previous);
  const parsed = subscribeSchema.safeParse({ email: formData.get('email') ?? '' });
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    return { ok: false, message: 'Địa chỉ e-mail chưa hợp lệ.', errors: { email: [message] }, values, attempt };
  }
  try {
    const outcome = await subscribe(parsed.data, clientIp(await headers()));
    if (!outcome.ok) return { ok: false, message: `Bạn đã gửi quá nhiều lần. Vui lòng thử lại sau ${outcome.retryAfterS} giây.`, values, attempt };
  } catch (error) {
    return { ...describeError(error), ok: false, values, attempt };
  }
  return { ok: true, message: 'Đã gửi thư xác nhận. Hãy mở thư và bấm liên kết trong đó; chưa xác nhận thì địa chỉ không nhận thư nào.', attempt };
}

export async function confirmSubscriptionAction(token: string): Promise<void> {
  const done = await confirmSubscription(token);
  redirect(`/nhan-tin/xac-nhan/${encodeURIComponent(token)}?${done ? 'xong=1' : 'loi=1'}`);
}

export async function unsubscribeAction(token: string): Promise<void> {
  const done = await unsubscribe(token);
  redirect(`/nhan-tin/huy/${encodeURIComponent(token)}?${done ? 'xong=1' : 'loi=1'}`);
}
