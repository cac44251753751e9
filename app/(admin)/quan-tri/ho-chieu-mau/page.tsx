import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/current-user';
import { listDemoPassports } from '@/lib/trust/demo-passports';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Hộ chiếu vắc-xin mẫu' };

export default async function DemoPassportsPage() {
  const actor = await requirePageActor('trust.view', undefined, '/quan-tri/ho-chieu-mau');
  const passports = await listDemoPassports(actor);
  return (
    <>
      <PageHeader
        title="Hộ chiếu vắc-xin mẫu (chế độ demo)"
        description="Mã QR do cơ quan ký mẫu “DEMO” tạo khi nạp dữ liệu mẫu, cho người dùng thử quét trên bàn kiểm soát hoặc trang khai báo. Không phải chứng nhận thật; chỉ có trong bản demo."
      />
      {passports.length === 0 ? (
        <EmptyState title="Không có hộ chiếu mẫu.">Hộ chiếu mẫu chỉ có khi cổng chạy với dữ liệu mẫu (npm run demo).</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {passports.map((p) => (
            <li key={p.slug} className="card p-4" data-passport={p.slug}>
              <h2 className="text-base">{p.label}</h2>
              <p className="text-sm text-slate-700">Kết quả mong đợi: <strong>{p.expectation}</strong></p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
              <img src={p.png} alt={`Mã QR hộ chiếu mẫu: ${p.label}`} width={360} height={360} className="mx-auto my-3 h-auto w-full max-w-[18rem]" />
              <a className={buttonClass('secondary')} href={p.png} download={`ho-chieu-mau-${p.slug}.png`}>
                Tải ảnh PNG
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
