'use client';
import { useActionState, useState } from 'react';
import Link from 'next/link';
import { formatDate } from '@/lib/text/format';
import { LIST_LABELS } from '@/lib/letters/labels';
import type { RecipientGroup } from '@/lib/letters/recipients';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
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
  const [state, formAction] = useActionState(action, { ok: false } as LinksState);
  const [letterId, setLetterId] = useState(state.values?.materialId ?? initialLetter ?? letters[0]?.id ?? '');
  const [chosen, setChosen] = useState(() => new Set(state.values?.['recipientKeys[]']?.split(',') ?? []));
  // After a successful send the boxes clear (those recipients now show as already sent).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setChosen(new Set(state.ok ? [] : (state.values?.['recipientKeys[]']?.split(',') ?? [])));
  }
  const sent = new Set(sentKeys[letterId] ?? []);
  const toggle = (keys: string[], on: boolean) => setChosen((prev) => {
    const next = new Set(prev);
    for (const key of keys) if (on) next.add(key); else next.delete(key);
    return next;
  });
  const err = state.errors ?? {};
  return (
    <>
      <form action={formAction} className="card" noValidate>
        <FormMessage state={state} />
        {state.ok && state.links && (
          <>
            <IssuedLinks links={state.links} />
            <p className="mt-2"><Link href={`/quan-tri/van-ban-gui/${state.materialId}`}>Theo dõi nhận văn bản →</Link></p>
          </>
        )}
        <div className="mt-4" />
        <Field id="materialId" label="Văn bản cần gửi" required errors={err.materialId} hint="Chỉ văn bản chỉ đạo đã đăng công khai.">
          {(p) => (
            <select {...p} name="materialId" className="input" value={letterId} onChange={(e) => { setLetterId(e.target.value); setChosen(new Set()); }}>
              {letters.map((l) => (
                <option key={l.id} value={l.id}>{[l.documentNumber, formatDate(l.issuedOn), l.title].filter(Boolean).join(' · ')}</option>
              ))}
            </select>
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
        <Field id="note" label="Lời nhắn kèm theo" errors={err.note} hint="Không bắt buộc; hiện cho mọi đơn vị nhận lần này.">
          {(p) => <textarea {...p} name="note" rows={3} className="input" defaultValue={state.values?.note ?? ''} />}
        </Field>
        <SubmitButton pendingText="Đang gửi…">Gửi tới {chosen.size} đơn vị</SubmitButton>
      </form>
    </>
  );
}
