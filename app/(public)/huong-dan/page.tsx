import type { Metadata } from 'next';
import { GuidancePage } from '@/components/comms/guidance-page';

export const metadata: Metadata = {
  title: 'Hướng dẫn',
  description: 'Các cách chứng nhận đã tiêm vắc-xin và cách chốt kiểm soát, tổ tuần tra kiểm tra chứng nhận.',
};

export default function GuidanceRoute() {
  return <GuidancePage lang="vi" />;
}
