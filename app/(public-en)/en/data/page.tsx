import type { Metadata } from 'next';
import { OpenDataPage } from '@/components/open-data/open-data-page';

export const metadata: Metadata = {
  title: 'Open data',
  description: 'Checkpoints, readiness, checks and valid share by district over 90 days; CSV and JSON downloads (CC BY 4.0).',
};

export default function EnglishOpenData() {
  return <OpenDataPage lang="en" />;
}
