import type { Metadata } from 'next';
import { LibraryPage } from '@/components/comms/library-page';

export const metadata: Metadata = { title: 'Materials', description: 'Official letters, guides, infographics and press materials.' };

export default async function EnglishLibrary({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <LibraryPage lang="en" search={await searchParams} />;
}
