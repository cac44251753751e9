import { HomePage } from '@/components/comms/home-page';

export default function EnglishHome() {
  return <HomePage lang="en" />;
}
