import type { Audience, MaterialKind, Topic } from '@/lib/materials/catalog';

export interface DemoMaterial {
  /** Stable id key (db/demo/stable-id.ts), so re-seeding finds the same row. */
  key: string;
  slug: string;
  kind: MaterialKind;
  title: string;
  summary: string;
  body?: string;
  documentNumber?: string | null;
  issuedOn?: string | null;
  issuer?: string | null;
  language?: 'vi' | 'en';
  audiences: Audience[];
  topics: Topic[];
  publishedAt: string;
  videoUrl?: string;
  /** A summary PDF generated at seed time. */
  pdf?: { fileName: string; disclaimer: string };
  /** A file committed under db/demo/assets/, or made at seed time. */
  asset?: { fileName: string; path?: string; make?: () => Promise<Buffer> };
}
