import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listMaterialsForKits } from '@/lib/materials/admin-queries';
import { PageHeader } from '@/components/ui/page-header';
import { PressKitForm } from '@/components/press-kits/press-kit-form';
import { createPressKitAction } from '../actions';

export const metadata: Metadata = { title: 'Tạo bộ tài liệu' };

export default async function NewPressKitPage() {
  const actor = await requirePageActor('materials.manage', undefined, '/quan-tri/bo-tai-lieu/moi');
  return (
    <>
      <PageHeader title="Tạo bộ tài liệu báo chí" />
      <PressKitForm action={createPressKitAction} materials={await listMaterialsForKits(actor)} />
    </>
  );
}
