import type { Metadata } from 'next';
import { LibraryPage } from '@/components/comms/library-page';

export const metadata: Metadata = {
  title: 'Tài liệu',
  description: 'Văn bản chỉ đạo, hướng dẫn, infographic, mẫu áp phích và thông cáo báo chí về chứng nhận tiêm chủng tại chốt kiểm soát.',
};

export default async function LibraryRoute({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <LibraryPage lang="vi" search={await searchParams} />;
}
