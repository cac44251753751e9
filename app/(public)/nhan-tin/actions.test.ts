import { describe, expect, it } from 'vitest';
import { subscribeAction } from './actions';

// The e2e server runs without SMTP, so /nhan-tin shows no form there: its refusal is checked here.
describe('subscribeAction', () => {
  it('refuses a malformed address and hands back what was typed for the field to keep', async () => {
    const form = new FormData();
    form.set('email', 'phong-vien@');
    const state = await subscribeAction({ ok: false, attempt: 1 }, form);
    expect(state).toMatchObject({ ok: false, attempt: 2, values: { email: 'phong-vien@' } });
    expect(state.errors?.email?.length).toBe(1);
  });
});
