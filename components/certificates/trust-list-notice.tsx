import Link from 'next/link';
import type { Actor } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { trustedSignerCount } from '@/lib/trust/server-trust-list';

/**
 * The dashboard says first when no passport can be verified: with an empty trust list every scan
 * at every checkpoint reads "không xác minh được chữ ký", and only an admin can fix it.
 */
export async function TrustListNotice({ actor }: { actor: Actor }) {
  if (!can(actor, 'trust.view') || (await trustedSignerCount()) > 0) return null;
  return (
    <p role="alert" className="mb-4 rounded border-2 border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="trust-list-empty">
      <strong>Danh sách tin cậy đang trống:</strong> chưa xác minh được chữ ký của hộ chiếu vắc-xin nào; cán bộ chốt cần kiểm tra
      trực tiếp trên ứng dụng hoặc giấy chứng nhận.{' '}
      {can(actor, 'trust.manage') ? <Link href="/quan-tri/danh-sach-tin-cay">Nhập chứng thư ký</Link> : 'Báo Sở TT&TT để nhập chứng thư ký.'}
    </p>
  );
}
