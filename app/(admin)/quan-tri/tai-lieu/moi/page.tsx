import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { PageHeader } from '@/components/ui/page-header';
import { MaterialForm } from '@/components/materials/material-form';
import { createMaterialAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm tài liệu' };

export default async function NewMaterialPage() {
  await requirePageActor('materials.manage', undefined, '/quan-tri/tai-lieu/moi');
  return (
    <>
      <PageHeader title="Thêm tài liệu" description="Tệp được kiểm tra theo nội dung; tên tệp chỉ dùng làm tên khi tải về." />
      <MaterialForm action={createMaterialAction} />
    </>
  );
}
