'use client';
import { useActionState } from 'react';
import { initialActionState } from '@/lib/actions/state';
import type { CheckpointStatus } from '@/lib/checkpoints/labels';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { setCheckpointStatusAction } from '../actions';

const CHOICES: Record<CheckpointStatus, { status: CheckpointStatus; label: string; variant: 'secondary' | 'danger' }[]> = {
  active: [{ status: 'paused', label: 'Tạm dừng chốt', variant: 'secondary' }, { status: 'closed', label: 'Đóng chốt', variant: 'danger' }],
  paused: [{ status: 'active', label: 'Hoạt động trở lại', variant: 'secondary' }, { status: 'closed', label: 'Đóng chốt', variant: 'danger' }],
  closed: [{ status: 'active', label: 'Mở lại chốt', variant: 'secondary' }],
};

export function StatusControls({ id, status }: { id: string; status: CheckpointStatus }) {
  const [state, action] = useActionState(setCheckpointStatusAction, initialActionState);
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">Trạng thái hoạt động</h2>
      <p className="my-2 text-sm text-slate-700">
        Chốt tạm dừng hoặc đã đóng vẫn giữ mã QR; người dân quét mã sẽ được báo chốt không nhận khai báo.
      </p>
      <FormMessage state={state} />
      <form action={action} className="mt-2 flex flex-wrap gap-2">
        <input type="hidden" name="id" value={id} />
        {CHOICES[status].map((c) => (
          <SubmitButton key={c.status} name="status" value={c.status} variant={c.variant}>{c.label}</SubmitButton>
        ))}
      </form>
    </section>
  );
}
