import type { Metadata } from 'next';
import { LibraryPage } from '@/components/comms/library-page';
import { libraryFeedAlternates } from '@/lib/materials/feed-link';

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return {
    title: 'Materials',
    description: 'Official letters, guides, infographics and press materials.',
    alternates: libraryFeedAlternates(await searchParams, 'New materials (Atom, in Vietnamese)'),
  };
}

export default async function EnglishLibrary({ searchParams }: { searchParams: Promise<Search> }) {
  return <LibraryPage lang="en" search={await searchParams} />;
}
