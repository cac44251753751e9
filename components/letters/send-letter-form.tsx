'use client';
import Link from 'next/link';
import { formatDate } from '@/lib/text/format';
import { LIST_LABELS } from '@/lib/letters/labels';
import type { RecipientGroup } from '@/lib/letters/recipients';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { CHOOSE, Select } from '@/components/ui/select';
import { useActionForm, useFieldState } from '@/components/ui/use-action-form';
import { IssuedLinks } from './issued-links';
import type { LinksState } from './send-state';

type Action = (state: LinksState, formData: FormData) => Promise<LinksState>;
type Letter = { id: string; title: string; documentNumber: string | null; issuedOn: string | null };

export function SendLetterForm({ action, letters, groups, sentKeys, initialLetter }: {
  action: Action;
  letters: Letter[];
  groups: RecipientGroup[];
  sentKeys: Record<string, string[]>;
  initialLetter?: string;
}) {
  const form = useActionForm(action, { materialId: initialLetter });
  const [letterId, setLetterId] = useFieldState(form, () => form.value('materialId'));
  // After a successful send the boxes clear (those recipients now show as already sent).
  const [chosen, setChosen] = useFieldState(form, () => new Set(form.list('recipientKeys')));
  const state = form.state;
  const sent = new Set(sentKeys[letterId] ?? []);
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const key of keys) if (on) next.add(key); else next.delete(key);
    setChosen(next);
  };
  const letter = letters.find((l) => l.id === letterId);
  const err = state.errors ?? {};
  return (
    <>
      <ActionForm form={form} className="card" noValidate>
        <FormMessage state={state} />
        {state.ok && state.links && (
          <>
            <IssuedLinks links={state.links} />
            <p className="mt-2"><Link href={`/quan-tri/van-ban-gui/${state.materialId}`}>Theo dõi nhận văn bản →</Link></p>
          </>
        )}
        <div className="mt-4" />
        <Field name="materialId" label="Văn bản cần gửi" required hint="Chỉ văn bản chỉ đạo đã đăng công khai.">
          {(p) => (
            <Select {...p} placeholder={CHOOSE} onChange={(e) => { setLetterId(e.target.value); setChosen(new Set()); }}>
              {letters.map((l) => (
                <option key={l.id} value={l.id}>{[l.documentNumber, formatDate(l.issuedOn), l.title].filter(Boolean).join(' · ')}</option>
              ))}
            </Select>
          )}
        </Field>
        {err.recipientKeys && <p className="mb-2 text-sm text-accent-600" role="alert">{err.recipientKeys.join(' ')}</p>}
        <div className="grid gap-4 lg:grid-cols-2">
          {(['to', 'cc'] as const).map((list) => (
            <div key={list}>
              <h2 className="mb-2">{LIST_LABELS[list]}</h2>
              {groups.filter((g) => g.list === list).map((g) => {
                const open = g.options.filter((o) => !sent.has(o.key)).map((o) => o.key);
                const all = open.length > 0 && open.every((k) => chosen.has(k));
                return (
                  <fieldset key={g.key} className="mb-3 rounded border border-slate-200 p-2">
                    <legend className="px-1 text-sm font-semibold">{g.label}</legend>
                    {g.options.length > 1 && (
                      <button type="button" disabled={!open.length} onClick={() => toggle(open, !all)} className="mb-1 min-h-11 text-sm font-semibold text-brand-700 underline disabled:text-slate-400">
                        {all ? 'Bỏ chọn cả nhóm' : 'Chọn cả nhóm'}
                      </button>
                    )}
                    {g.options.map((o) => (
                      <label key={o.key} className="flex min-h-11 items-center gap-2 text-sm">
                        <input
                          type="checkbox" name="recipientKeys[]" value={o.key} className="size-5" disabled={sent.has(o.key)}
                          checked={chosen.has(o.key)} onChange={(e) => toggle([o.key], e.target.checked)}
                        />
                        {o.name}
                        {sent.has(o.key) && <span className="text-xs text-slate-500">(đã gửi)</span>}
                      </label>
                    ))}
                  </fieldset>
                );
              })}
            </div>
          ))}
        </div>
        <Field name="note" label="Lời nhắn kèm theo" hint="Không bắt buộc; hiện cho mọi đơn vị nhận lần này.">
          {(p) => <textarea {...p} rows={3} className="input" />}
        </Field>
        <ConfirmSubmit
          label={`Gửi tới ${chosen.size} đơn vị`} title="Gửi văn bản?" confirmLabel={`Gửi tới ${chosen.size} đơn vị`} variant="primary" pendingText="Đang gửi…"
          consequence={
            <p>
              {letter ? `“${letter.title}”` : 'Văn bản'} sẽ được gửi ngay tới {chosen.size} đơn vị, mỗi đơn vị một liên kết riêng.
              Đã gửi thì không thu hồi được; chỉ có thể cấp lại liên kết cho từng đơn vị.
            </p>
          }
        />
      </ActionForm>
    </>
  );
}
