import {
  pgTable, text, uuid, integer, bigint, timestamp, pgEnum, date, index, primaryKey,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const materialKind = pgEnum('material_kind', [
  'official_letter', 'guide', 'infographic', 'poster_template', 'press_release', 'video',
]);
export const publicationStatus = pgEnum('publication_status', ['draft', 'published', 'archived']);

// Guidance, letters and campaign content. Audience and topic are filters, not access control:
// what is published (and whose published_at has come) is public.
export const materials = pgTable(
  'materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: materialKind('kind').notNull(),
    title: text('title').notNull(),
    // Trích yếu for a letter, a one-paragraph summary for anything else.
    summary: text('summary').notNull().default(''),
    body: text('body'),
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer'),
    language: text('language').notNull().default('vi'),
    audiences: text('audiences').array().notNull().default([]),
    topics: text('topics').array().notNull().default([]),
    status: publicationStatus('status').notNull().default('draft'),
    // A future instant schedules publication: the material stays hidden until then.
    publishedAt: timestamp('published_at', { withTimezone: true }),
    videoUrl: text('video_url'),
    // For images (and any file shown as media): what it shows and whom to credit, as the press needs.
    caption: text('caption'),
    credit: text('credit'),
    // The file lives in lib/storage under a random key; its name is only ever a display name.
    fileKey: text('file_key'),
    fileName: text('file_name'),
    fileMime: text('file_mime'),
    fileSize: bigint('file_size', { mode: 'number' }),
    fileSha256: text('file_sha256'),
    searchText: text('search_text').notNull().default(''),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('materials_public_idx').on(t.status, t.publishedAt),
    index('materials_kind_idx').on(t.kind),
  ],
);

// Downloads per material and local day (Asia/Ho_Chi_Minh), incremented by the download route.
export const materialDownloads = pgTable(
  'material_downloads',
  {
    materialId: uuid('material_id').notNull().references(() => materials.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.day] })],
);

export const pressKits = pgTable(
  'press_kits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: publicationStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('press_kits_public_idx').on(t.status, t.publishedAt).where(sql`${t.status} = 'published'`)],
);

export const pressKitItems = pgTable(
  'press_kit_items',
  {
    kitId: uuid('kit_id').notNull().references(() => pressKits.id, { onDelete: 'cascade' }),
    materialId: uuid('material_id').notNull().references(() => materials.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kitId, t.materialId] }), index('press_kit_items_material_idx').on(t.materialId)],
);
