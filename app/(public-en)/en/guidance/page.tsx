import type { Metadata } from 'next';
import { GuidancePage } from '@/components/comms/guidance-page';

export const metadata: Metadata = { title: 'Guidance', description: 'The ways to prove vaccination and how checkpoints check them.' };

export default function EnglishGuidance() {
  return <GuidancePage lang="en" />;
}
