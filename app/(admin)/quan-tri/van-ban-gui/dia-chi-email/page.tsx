import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listRecipientEmails, MAX_EMAILS_PER_UNIT } from '@/lib/letters/emails';
import { RECIPIENT_GROUPS } from '@/lib/letters/recipients';
import { mailEnabled } from '@/lib/mail/config';
import { MAIL_OFF_MESSAGE } from '@/lib/letters/delivery';
import { PageHeader } from '@/components/ui/page-header';
import { RecipientEmailsForm } from '@/components/letters/recipient-emails-form';
import { saveRecipientEmailsAction } from '../actions';

export const metadata: Metadata = { title: 'Địa chỉ e-mail đơn vị nhận' };

export default async function RecipientEmailsPage() {
  const actor = await requirePageActor('letters.manage', undefined, '/quan-tri/van-ban-gui/dia-chi-email');
  const emails = await listRecipientEmails(actor);
  return (
    <>
      <PageHeader
        title="Địa chỉ e-mail đơn vị nhận"
        description={`Khi gửi văn bản, mỗi đơn vị có địa chỉ nhận một e-mail kèm liên kết riêng (và tệp PDF nếu nhỏ). Tối đa ${MAX_EMAILS_PER_UNIT} địa chỉ mỗi đơn vị, cách nhau bằng dấu phẩy.`}
      />
      {mailEnabled() ? null : <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{MAIL_OFF_MESSAGE}</p>}
      {RECIPIENT_GROUPS.map((group) => (
        <section key={group.key} className="card mb-4" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{group.label}</h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {group.options.map((o) => (
              <li key={o.key} className="py-2">
                <RecipientEmailsForm action={saveRecipientEmailsAction} recipientKey={o.key} recipientName={o.name} emails={emails[o.key] ?? []} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
