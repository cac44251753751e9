import type { Metadata } from 'next';
import { listPublicPressKits } from '@/lib/press-kits/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { PressKitList } from '@/components/comms/press-kit-list';

export const metadata: Metadata = { title: 'Bộ tài liệu báo chí' };

export default async function PressKitsPage() {
  const kits = await listPublicPressKits(100);
  return (
    <>
      <h1>Bộ tài liệu báo chí</h1>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">
        Mỗi bộ gom các văn bản, hướng dẫn, infographic và thông cáo về một chủ đề, tải về trong một tệp ZIP kèm danh mục để các cơ quan
        báo chí đăng tải, tuyên truyền.
      </p>
      {kits.length === 0 ? <EmptyState title="Chưa có bộ tài liệu nào được đăng." /> : <PressKitList kits={kits} lang="vi" />}
    </>
  );
}
