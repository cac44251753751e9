import { formatDateTime } from '@/lib/text/format';
import { telHref } from '@/lib/config/site';
import { EmptyState } from '@/components/ui/empty-state';
import type { TraceResult } from './trace-state';
import { METHOD_WORDS, RESULT_WORDS } from './labels';

type Row = TraceResult['passages'][number];
const PURGED = <span className="text-slate-500">đã xoá (quá thời hạn lưu)</span>;

function Person({ row }: { row: Pick<Row, 'citizenName' | 'birthYear' | 'personalPurgedAt'> }) {
  if (row.personalPurgedAt) return PURGED;
  return <>{[row.citizenName, row.birthYear].filter(Boolean).join(', ') || '—'}</>;
}

export function TraceResults({ result }: { result: TraceResult }) {
  if (!result.passages.length) {
    return <EmptyState title="Không tìm thấy lượt kiểm tra nào của người này.">Dữ liệu cá nhân chỉ được giữ trong thời hạn lưu; sau đó không tra được nữa.</EmptyState>;
  }
  const when = new Map(result.passages.map((p) => [p.id, p]));
  return (
    <div className="space-y-6">
      <section className="card overflow-x-auto p-0" aria-labelledby="luot-cua-nguoi">
        <h2 id="luot-cua-nguoi" className="px-4 pt-4">Các lượt qua chốt ({result.passages.length})</h2>
        <table className="table mt-2">
          <thead>
            <tr><th scope="col">Thời điểm</th><th scope="col">Chốt</th><th scope="col">Cách kiểm tra</th><th scope="col">Kết quả</th><th scope="col">Họ tên, năm sinh</th></tr>
          </thead>
          <tbody>
            {result.passages.map((p) => (
              <tr key={p.id}>
                <td className="whitespace-nowrap">{formatDateTime(p.checkedAt)}</td>
                <td>{p.checkpointName}</td>
                <td>{METHOD_WORDS[p.method]}</td>
                <td>{RESULT_WORDS[p.result]}{p.evidence === 'self_declared' ? ' (tự khai)' : ''}</td>
                <td><Person row={p} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card overflow-x-auto p-0" aria-labelledby="tiep-xuc">
        <h2 id="tiep-xuc" className="px-4 pt-4">Người qua cùng chốt trong ±30 phút ({result.contacts.length})</h2>
        {result.contacts.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">Không có ai khác qua cùng chốt trong khoảng thời gian đó.</p>
        ) : (
          <table className="table mt-2">
            <thead>
              <tr><th scope="col">Thời điểm</th><th scope="col">Chốt</th><th scope="col">Họ tên, năm sinh</th><th scope="col">Điện thoại</th><th scope="col">Kết quả</th><th scope="col">Gần lượt lúc</th></tr>
            </thead>
            <tbody>
              {result.contacts.map((c) => (
                <tr key={c.id}>
                  <td className="whitespace-nowrap">{formatDateTime(c.checkedAt)}</td>
                  <td>{c.checkpointName}</td>
                  <td><Person row={c} /></td>
                  <td>{c.personalPurgedAt ? PURGED : c.phone ? <a href={telHref(c.phone)}>{c.phone}</a> : '—'}</td>
                  <td>{RESULT_WORDS[c.result]}{c.evidence === 'self_declared' ? ' (tự khai)' : ''}</td>
                  <td className="whitespace-nowrap">{formatDateTime(when.get(c.seenWith)?.checkedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
