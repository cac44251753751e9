import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { PageHeader } from '@/components/ui/page-header';
import { CheckpointForm } from '@/components/checkpoints/checkpoint-form';
import { createCheckpointAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm chốt kiểm soát' };

export default async function NewCheckpointPage() {
  const actor = await requirePageActor('checkpoints.manage', undefined, '/quan-tri/chot-kiem-soat/moi');
  return (
    <>
      <PageHeader title="Thêm chốt kiểm soát, tổ tuần tra" />
      <CheckpointForm action={createCheckpointAction} fixedDistrict={actor.role === 'district' ? actor.districtCode : undefined} />
    </>
  );
}
