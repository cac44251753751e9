import { HomePage } from '@/components/comms/home-page';

export default function Home() {
  return <HomePage lang="vi" />;
}
