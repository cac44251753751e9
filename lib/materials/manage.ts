import 'server-only';
import { eq, like } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { materials, letterReceipts } from '@/db/schema';
import type { Actor } from '@/lib/auth/roles';
import { assertCan } from '@/lib/auth/guard';
import { NotFoundError, UserInputError } from '@/lib/auth/errors';
import { recordAudit } from '@/lib/audit/record';
import { firstFreeSlug, slugify } from '@/lib/text/slug';
import { isUuid } from '@/lib/validation/ids';
import type { CreateMaterialInput, UpdateMaterialInput } from './schema';
import { checkUpload } from './upload-check';
import { discardStoredFile, storeUpload, type FileColumns } from './stored-file';
import { materialSearchText } from './search-text';

type Row = typeof materials.$inferSelect;

const fileError = (message: string) => new UserInputError(message, { file: [message] });

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await tx.select({ slug: materials.slug }).from(materials).where(like(materials.slug, `${base}%`));
  return firstFreeSlug(base, taken.map((r) => r.slug));
}

/** Publishing keeps an earlier publication time; a chosen time in the future schedules it. */
function publicationTime(input: { status: string; publishAt?: Date }, before?: Row): Date | null {
  if (input.status === 'draft') return null;
  if (input.publishAt) return input.publishAt;
  if (before?.publishedAt && before.status !== 'draft') return before.publishedAt;
  return input.status === 'published' ? new Date() : null;
}

type FileChange = Partial<FileColumns> | { [K in keyof FileColumns]: null };

function columnsOf(input: CreateMaterialInput, file: FileChange, before?: Row) {
  const fileName = file.fileName === undefined ? (before?.fileName ?? null) : file.fileName;
  return {
    kind: input.kind, title: input.title, summary: input.summary, body: input.body ?? null,
    documentNumber: input.documentNumber ?? null, issuedOn: input.issuedOn ?? null, issuer: input.issuer ?? null,
    language: input.language, audiences: input.audiences, topics: input.topics,
    status: input.status, publishedAt: publicationTime(input, before),
    videoUrl: input.kind === 'video' ? (input.videoUrl ?? null) : null,
    caption: input.caption ?? null, credit: input.credit ?? null,
    searchText: materialSearchText({ ...input, fileName }),
    ...file,
  };
}

function auditView(row: Row) {
  const { searchText: _s, body: _b, fileKey: _k, ...rest } = row;
  return rest;
}

const VIDEO_NEEDS = 'Video cần địa chỉ (https://…) hoặc một tệp MP4.';
const MP4_ONLY_VIDEO = 'Tệp MP4 chỉ dùng cho loại “Video”. Hãy chọn loại Video hoặc chọn tệp khác.';

/** A video is a link, a hosted MP4, or both; every other kind has a file, and never an MP4. */
async function checkedFile(input: CreateMaterialInput, required: boolean): Promise<FileColumns | null> {
  if (!input.file) {
    if (required && input.kind !== 'video') throw fileError('Chọn tệp tài liệu (PDF, DOCX, XLSX, PNG hoặc JPG).');
    return null;
  }
  // Checked in full before anything is stored; refused uploads leave no file and no row.
  const upload = await checkUpload(input.file);
  if (input.kind === 'video' && upload.type !== 'mp4') throw fileError(`Video chỉ nhận tệp MP4; tệp “${upload.name}” là tệp ${upload.type.toUpperCase()}. Hãy chọn tệp MP4 hoặc nhập địa chỉ video.`);
  if (input.kind !== 'video' && upload.type === 'mp4') throw fileError(MP4_ONLY_VIDEO);
  return storeUpload(upload);
}

function assertVideoSource(input: CreateMaterialInput, hasFile: boolean) {
  if (input.kind === 'video' && !input.videoUrl && !hasFile) throw new UserInputError(VIDEO_NEEDS, { videoUrl: [VIDEO_NEEDS] });
}

export async function createMaterial(actor: Actor | null, input: CreateMaterialInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'materials.manage');
  const file = await checkedFile(input, true);
  try {
    assertVideoSource(input, !!file);
    return await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(materials)
        .values({ ...columnsOf(input, file ?? {}), slug: await freeSlug(tx, input.title), createdBy: actor.id, updatedBy: actor.id })
        .returning();
      await recordAudit(tx, actor, { action: 'material.create', entityType: 'material', entityId: row.id, after: auditView(row) });
      return { id: row.id, slug: row.slug };
    });
  } catch (error) {
    await discardStoredFile(file?.fileKey);
    throw error;
  }
}

async function loadForUpdate(tx: Tx, id: string): Promise<Row> {
  const [row] = isUuid(id) ? await tx.select().from(materials).where(eq(materials.id, id)).for('update') : [];
  if (!row) throw new NotFoundError('Không tìm thấy tài liệu.');
  return row;
}

export async function updateMaterial(actor: Actor | null, input: UpdateMaterialInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'materials.manage');
  const file = await checkedFile(input, false);
  let replacedKey: string | null = null;
  try {
    const result = await getDb().transaction(async (tx) => {
      const before = await loadForUpdate(tx, input.id);
      if (input.kind !== 'video' && !file && !before.fileKey) throw fileError('Chọn tệp tài liệu (PDF, DOCX, XLSX, PNG hoặc JPG).');
      if (before.kind === 'official_letter' && input.kind !== 'official_letter' && (await hasReceipts(tx, before.id))) {
        throw new UserInputError('Văn bản này đã được gửi tới các đơn vị nên không thể đổi sang loại khác.', { kind: ['Văn bản đã gửi không đổi loại được.'] });
      }
      const keptVideo = before.fileMime === 'video/mp4';
      if (!file && input.kind !== 'video' && keptVideo) throw fileError(MP4_ONLY_VIDEO);
      // A material turned into a video keeps its file only if that file is a video.
      const dropFile: FileChange = input.kind === 'video' && !keptVideo ? { fileKey: null, fileName: null, fileMime: null, fileSize: null, fileSha256: null } : {};
      assertVideoSource(input, !!file || (input.kind === 'video' && keptVideo && !!before.fileKey));
      const [after] = await tx
        .update(materials)
        .set({ ...columnsOf(input, file ?? dropFile, before), updatedBy: actor.id, updatedAt: new Date() })
        .where(eq(materials.id, before.id))
        .returning();
      await recordAudit(tx, actor, { action: 'material.update', entityType: 'material', entityId: before.id, before: auditView(before), after: auditView(after) });
      if (before.fileKey !== after.fileKey) replacedKey = before.fileKey;
      return { id: after.id, slug: after.slug };
    });
    await discardStoredFile(replacedKey);
    return result;
  } catch (error) {
    await discardStoredFile(file?.fileKey);
    throw error;
  }
}

async function hasReceipts(tx: Tx, materialId: string): Promise<boolean> {
  const [found] = await tx.select({ id: letterReceipts.id }).from(letterReceipts).where(eq(letterReceipts.materialId, materialId)).limit(1);
  return !!found;
}

/** Only drafts are deleted; anything once published is archived instead, so links keep a trace. */
export async function deleteMaterial(actor: Actor | null, id: string): Promise<void> {
  assertCan(actor, 'materials.manage');
  const key = await getDb().transaction(async (tx) => {
    const before = await loadForUpdate(tx, id);
    if (before.status !== 'draft' || (await hasReceipts(tx, before.id))) {
      throw new UserInputError('Chỉ xoá được bản nháp. Tài liệu đã đăng hãy chuyển sang “Lưu trữ”.');
    }
    await tx.delete(materials).where(eq(materials.id, before.id));
    await recordAudit(tx, actor, { action: 'material.delete', entityType: 'material', entityId: before.id, before: auditView(before) });
    return before.fileKey;
  });
  await discardStoredFile(key);
}
