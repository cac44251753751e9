import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/lib/testing/db';
import { newReceiptToken } from '@/lib/letters/tokens';
import { confirmReceiptAction } from './actions';

useTestDatabase();

// redirect() throws an error whose digest names the target; anything else would be a 500.
const outcome = (call: Promise<unknown>) => call.then(() => 'returned', (error: { digest?: string; name?: string }) => error.digest ?? error.name);

describe('confirmReceiptAction', () => {
  it('sends a forged but well-formed token to the link page (its 404), never a 500', async () => {
    const forged = newReceiptToken();
    const form = new FormData();
    form.set('confirmerName', 'Nguyễn Văn An');
    form.set('confirmerTitle', 'Văn thư');
    expect(await outcome(confirmReceiptAction(forged, { ok: false }, form))).toMatch(new RegExp(`^NEXT_REDIRECT;[a-z]+;/van-ban/${forged};`));
  });

  it('without the confirming person\'s title, answers the form with the reason and keeps what was typed (never in the URL)', async () => {
    const token = newReceiptToken();
    const form = new FormData();
    form.set('confirmerName', 'Nguyễn Văn An');
    form.set('confirmerTitle', 'x');
    const state = await confirmReceiptAction(token, { ok: false, attempt: 2 }, form);
    expect(state).toMatchObject({ ok: false, attempt: 3, values: { confirmerName: 'Nguyễn Văn An', confirmerTitle: 'x' } });
    expect(state.errors).toEqual({ confirmerTitle: ['Nhập chức vụ của người xác nhận.'] });
  });

  it('sends a malformed token to the same not-found page', async () => {
    expect(await outcome(confirmReceiptAction('<script>', { ok: false }, new FormData()))).toMatch(/^NEXT_REDIRECT;[a-z]+;\/van-ban\/khong-hop-le;/);
  });
});
