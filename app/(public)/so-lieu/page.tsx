import type { Metadata } from 'next';
import { OpenDataPage } from '@/components/open-data/open-data-page';

export const metadata: Metadata = {
  title: 'Số liệu mở',
  description: 'Số chốt kiểm soát, mức sẵn sàng, lượt kiểm tra và tỷ lệ hợp lệ theo huyện trong 90 ngày; tải CSV, JSON (CC BY 4.0).',
};

export default function OpenDataRoute() {
  return <OpenDataPage lang="vi" />;
}
