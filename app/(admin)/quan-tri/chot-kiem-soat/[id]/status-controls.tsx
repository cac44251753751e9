'use client';
import type { CheckpointStatus } from '@/lib/checkpoints/labels';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmit } from '@/components/ui/confirm-submit';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
import { setCheckpointStatusAction } from '../actions';

type Choice = { status: CheckpointStatus; label: string; title?: string; consequence?: string };

const PAUSE: Choice = {
  status: 'paused', label: 'Tạm dừng chốt', title: 'Tạm dừng chốt này?',
  consequence: 'Từ lúc này, người dân quét mã QR của chốt sẽ bị từ chối khai báo (trang báo chốt tạm dừng) cho đến khi bấm “Hoạt động trở lại” ở trang này.',
};
const CLOSE: Choice = {
  status: 'closed', label: 'Đóng chốt', title: 'Đóng chốt này?',
  consequence: 'Từ lúc này, người dân quét mã QR của chốt sẽ bị từ chối khai báo (trang báo chốt đã đóng) và không đổi được mã QR của chốt. Có thể mở lại chốt ở trang này.',
};

// Stopping a checkpoint turns citizens away, so it is confirmed; resuming is not.
const CHOICES: Record<CheckpointStatus, Choice[]> = {
  active: [PAUSE, CLOSE],
  paused: [{ status: 'active', label: 'Hoạt động trở lại' }, CLOSE],
  closed: [{ status: 'active', label: 'Mở lại chốt' }],
};

export function StatusControls({ id, status }: { id: string; status: CheckpointStatus }) {
  const form = useActionForm(setCheckpointStatusAction);
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">Trạng thái hoạt động</h2>
      <p className="my-2 text-sm text-slate-700">
        Chốt tạm dừng hoặc đã đóng vẫn giữ mã QR; người dân quét mã sẽ được báo chốt không nhận khai báo.
      </p>
      <FormMessage state={form.state} />
      <div className="mt-2 flex flex-wrap gap-2">
        {CHOICES[status].map((c) => (
          <ActionForm key={c.status} form={form}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="status" value={c.status} />
            {c.consequence ? (
              <ConfirmSubmit
                label={c.label} title={c.title!} confirmLabel={c.label} consequence={<p>{c.consequence}</p>}
                variant={c.status === 'closed' ? 'danger' : 'secondary'}
                showErrors={form.state.values?.status === c.status}
              />
            ) : (
              <SubmitButton variant="secondary">{c.label}</SubmitButton>
            )}
          </ActionForm>
        ))}
      </div>
    </section>
  );
}
