import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { PageHeader } from '@/components/ui/page-header';
import { TraceForm } from './trace-form';

export const metadata: Metadata = { title: 'Tra cứu vết' };

export default async function TracePage() {
  await requirePageActor('trace.lookup', undefined, '/quan-tri/tra-cuu');
  return (
    <>
      <PageHeader
        title="Tra cứu vết"
        description="Các lượt qua chốt của một người theo số điện thoại hoặc số CCCD/CMND, và những người qua cùng chốt trong vòng 30 phút trước hoặc sau. Mỗi lần tra cứu được ghi nhật ký kèm lý do."
      />
      <TraceForm />
    </>
  );
}
