import type { Metadata } from 'next';
import { LibraryPage } from '@/components/comms/library-page';
import { libraryFeedAlternates } from '@/lib/materials/feed-link';

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return {
    title: 'Tài liệu',
    description: 'Văn bản chỉ đạo, hướng dẫn, infographic, mẫu áp phích và thông cáo báo chí về chứng nhận tiêm chủng tại chốt kiểm soát.',
    alternates: libraryFeedAlternates(await searchParams, 'Tài liệu mới (Atom)'),
  };
}

export default async function LibraryRoute({ searchParams }: { searchParams: Promise<Search> }) {
  return <LibraryPage lang="vi" search={await searchParams} />;
}
