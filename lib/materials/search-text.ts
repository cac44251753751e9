import { foldVietnamese } from '@/lib/text/fold';
import { AUDIENCE_LABELS, KIND_LABELS, TOPIC_LABELS, type Audience, type MaterialKind, type Topic } from './catalog';

interface Searchable {
  kind: MaterialKind;
  title: string;
  summary: string;
  body?: string | null;
  documentNumber?: string | null;
  issuer?: string | null;
  audiences: readonly string[];
  topics: readonly string[];
  fileName?: string | null;
}

/** The folded text the library searches: "cong van 1088" finds "Công văn số 1088/STTT". */
export function materialSearchText(m: Searchable): string {
  return foldVietnamese(
    [
      m.title, m.documentNumber, m.issuer, m.summary, m.body, m.fileName, KIND_LABELS[m.kind].vi,
      ...m.audiences.map((a) => AUDIENCE_LABELS[a as Audience]?.vi),
      ...m.topics.map((t) => TOPIC_LABELS[t as Topic]?.vi),
    ]
      .filter(Boolean)
      .join(' '),
  );
}
