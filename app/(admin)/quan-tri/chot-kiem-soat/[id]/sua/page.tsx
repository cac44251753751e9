import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/current-user';
import { NotFoundError } from '@/lib/auth/errors';
import { getCheckpointForEdit } from '@/lib/checkpoints/queries';
import { PageHeader } from '@/components/ui/page-header';
import { CheckpointForm } from '@/components/checkpoints/checkpoint-form';
import { updateCheckpointAction } from '../../actions';

export const metadata: Metadata = { title: 'Sửa chốt kiểm soát' };

export default async function EditCheckpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('checkpoints.manage', undefined, `/quan-tri/chot-kiem-soat/${id}/sua`);
  const checkpoint = await getCheckpointForEdit(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={`Sửa: ${checkpoint.name}`} />
      <CheckpointForm action={updateCheckpointAction} checkpoint={checkpoint} fixedDistrict={actor.role === 'district' ? actor.districtCode : undefined} />
    </>
  );
}
