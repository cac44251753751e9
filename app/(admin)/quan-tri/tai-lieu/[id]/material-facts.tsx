import { AUDIENCE_LABELS, LANGUAGE_LABELS, TOPIC_LABELS, type Audience, type Lang, type Topic } from '@/lib/materials/catalog';
import { formatDate } from '@/lib/text/format';

/** The read-only view of a material, for roles that may look but not edit. */
export function MaterialFacts({ m }: {
  m: { summary: string; body: string | null; documentNumber: string | null; issuedOn: string | null; issuer: string | null; language: string; audiences: string[]; topics: string[]; videoUrl: string | null };
}) {
  const rows: [string, string][] = [
    ['Trích yếu / tóm tắt', m.summary],
    ['Số hiệu', m.documentNumber ?? ''],
    ['Ngày ban hành', formatDate(m.issuedOn)],
    ['Cơ quan ban hành', m.issuer ?? ''],
    ['Ngôn ngữ', LANGUAGE_LABELS[m.language as Lang]?.vi ?? m.language],
    ['Dành cho', m.audiences.map((a) => AUDIENCE_LABELS[a as Audience]?.vi).join(', ')],
    ['Chủ đề', m.topics.map((t) => TOPIC_LABELS[t as Topic]?.vi).join(', ')],
    ['Địa chỉ video', m.videoUrl ?? ''],
    ['Nội dung', m.body ?? ''],
  ];
  return (
    <dl className="card grid gap-3 text-sm">
      {rows.filter(([, v]) => v).map(([label, value]) => (
        <div key={label}>
          <dt className="font-semibold text-slate-700">{label}</dt>
          <dd className="whitespace-pre-line break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
