import type { Metadata } from 'next';
import { getPublicMaterial } from '@/lib/materials/public-queries';
import { MaterialDetail } from '@/components/comms/material-detail';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = await getPublicMaterial((await params).slug);
  return { title: m?.title ?? 'Tài liệu', description: m?.summary };
}

export default async function MaterialRoute({ params }: Props) {
  return <MaterialDetail lang="vi" slug={(await params).slug} />;
}
