import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/current-user';
import { districtName } from '@/lib/geo/districts';
import { CSV_COLUMNS } from '@/lib/checkpoints/csv/columns';
import { CSV_MAX_ROWS } from '@/lib/checkpoints/csv/read';
import { PageHeader } from '@/components/ui/page-header';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Nhập chốt từ CSV' };

const NOTES: Partial<Record<(typeof CSV_COLUMNS)[number]['key'], string>> = {
  number: 'Để trống để thêm chốt mới; ghi số hiệu (lấy từ tệp xuất) để cập nhật chốt đó.',
  kind: 'Bắt buộc: "Chốt kiểm soát" hoặc "Tổ tuần tra".',
  name: 'Bắt buộc.',
  district: 'Bắt buộc: tên (vd "Bình Sơn") hoặc mã (vd 524).',
  commune: 'Tên hoặc mã; để trống nếu không có (Lý Sơn).',
  latitude: 'Số thập phân, dấu phẩy hoặc dấu chấm (vd 15,3956).',
  smartphoneCount: 'Số nguyên, để trống là 0.',
  hasMobileData: '"Có" hoặc "Không".',
  installedApps: 'Bluezone, PC-Covid, Sổ sức khỏe điện tử, cách nhau bằng dấu phẩy.',
  status: '"Đang hoạt động" (mặc định), "Tạm dừng" hoặc "Đã đóng".',
};

export default async function ImportCheckpointsPage() {
  const actor = await requirePageActor('checkpoints.manage', undefined, '/quan-tri/chot-kiem-soat/nhap-csv');
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/chot-kiem-soat">← Danh sách chốt</Link></p>
      <PageHeader
        title="Nhập danh sách chốt từ tệp CSV"
        description={actor.role === 'district' ? `Chỉ nhập được chốt của ${districtName(actor.districtCode)}.` : 'Nhập hoặc cập nhật nhiều chốt cùng lúc.'}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
        <ImportForm />
        <section className="card text-sm" aria-labelledby="format-title">
          <h2 id="format-title">Định dạng tệp</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Tệp CSV mã UTF-8 (trong Excel: Lưu thành → <strong>CSV UTF-8 (Comma delimited)</strong>), phân cách bằng dấu phẩy hoặc dấu chấm phẩy.</li>
            <li>Dòng đầu là tiêu đề cột như bảng dưới; thứ tự cột tùy ý, cột không bắt buộc có thể bỏ.</li>
            <li>Tối đa {CSV_MAX_ROWS} dòng. Mọi dòng được kiểm tra trước; nếu có dòng lỗi thì chưa nhập dòng nào.</li>
          </ul>
          <p className="mt-2 flex flex-wrap gap-x-4">
            <a href="/api/checkpoints/csv-template" className="inline-flex min-h-11 items-center">Tải tệp mẫu (dấu phẩy)</a>
            <a href="/api/checkpoints/csv-template?sep=semicolon" className="inline-flex min-h-11 items-center">Tải tệp mẫu (dấu chấm phẩy)</a>
          </p>
          <table className="table mt-2">
            <caption className="sr-only">Các cột của tệp nhập</caption>
            <thead><tr><th scope="col">Cột</th><th scope="col">Ghi chú</th></tr></thead>
            <tbody>
              {CSV_COLUMNS.map((c) => (
                <tr key={c.key}><td className="font-semibold">{c.header}</td><td>{NOTES[c.key] ?? ''}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
