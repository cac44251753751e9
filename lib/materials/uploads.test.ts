import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { outcomeOf } from '@/lib/testing/outcome';
import { fileOf, pdfBytes, PNG_BYTES, docxBytes, xlsxBytes, JPG_BYTES } from '@/lib/testing/files';
import { materialInput } from '@/lib/testing/comms';
import { materials, auditLogs } from '@/db/schema';
import { UserInputError } from '@/lib/auth/errors';
import { createMaterial, deleteMaterial, updateMaterial } from './manage';
import { updateMaterialSchema } from './schema';

const { db } = useTestDatabase();
const uploads = useTempUploads();

async function refusal(file: File) {
  const admin = await makeActor('admin');
  const input = materialInput({ file });
  const before = uploads.files();
  const error = await createMaterial(admin, input).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserInputError);
  // Nothing stored: no row, no file, no audit entry.
  expect(await db().select().from(materials).where(eq(materials.title, input.title))).toHaveLength(0);
  expect(await db().select().from(auditLogs).where(eq(auditLogs.actorId, admin.id))).toHaveLength(0);
  expect(uploads.files()).toEqual(before);
  return (error as UserInputError).fieldErrors.file?.[0] ?? '';
}

describe('uploads are refused with a clear Vietnamese message and nothing stored', () => {
  it('wrong content under a .pdf name', async () => {
    expect(await refusal(fileOf(PNG_BYTES, 'cong-van.pdf', 'application/pdf'))).toBe(
      'Nội dung tệp “cong-van.pdf” không phải PDF: tệp có đuôi .pdf nhưng nội dung là tệp PNG. Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPG, MP4 có nội dung đúng với đuôi tệp.',
    );
    expect(await refusal(fileOf(new TextEncoder().encode('<script>alert(1)</script>'), 'thong-bao.pdf'))).toContain('không thuộc loại nào được nhận');
  });

  it('an oversized file', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    expect(await refusal(fileOf(big, 'ban-in-lon.pdf', 'application/pdf'))).toBe(
      'Tệp “ban-in-lon.pdf” nặng hơn 20 MB, vượt giới hạn 20 MB cho tệp PDF. Hãy nén hoặc giảm dung lượng rồi tải lên lại.',
    );
    expect(await refusal(fileOf(new Uint8Array(10 * 1024 * 1024 + 1), 'anh-lon.png'))).toContain('vượt giới hạn 10 MB cho tệp PNG');
  });

  it('a path-traversal name', async () => {
    expect(await refusal(fileOf(pdfBytes(), '../../.data/secrets/AUTH_SECRET.pdf'))).toContain('không được chứa đường dẫn');
  });

  it('a double extension', async () => {
    expect(await refusal(fileOf(pdfBytes(), 'huong-dan.exe.pdf'))).toContain('có hai đuôi (.exe.pdf)');
  });

  it('an empty file and a type outside the list', async () => {
    expect(await refusal(fileOf(new Uint8Array(0), 'rong.pdf'))).toContain('rỗng');
    expect(await refusal(fileOf(PNG_BYTES, 'anh.gif'))).toContain('Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPG');
  });
});

describe('accepted uploads', () => {
  it.each([
    ['Hướng dẫn.pdf', pdfBytes(), 'application/pdf'],
    ['Mẫu báo cáo.docx', docxBytes(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Danh sách chốt.xlsx', xlsxBytes(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['Infographic.png', PNG_BYTES, 'image/png'],
    ['Ảnh chốt.JPG', JPG_BYTES, 'image/jpeg'],
  ])('%s is stored under a random key with the type found in its content', async (name, bytes, mime) => {
    const admin = await makeActor('admin');
    const before = uploads.files();
    const { id } = await createMaterial(admin, materialInput({ file: fileOf(bytes, name, 'text/plain') }));
    const [row] = await db().select().from(materials).where(eq(materials.id, id));
    expect(row.fileName).toBe(name);
    expect(row.fileMime).toBe(mime);
    expect(row.fileSize).toBe(bytes.length);
    const added = uploads.files().filter((f) => !before.includes(f));
    expect(added).toEqual([`${row.fileKey!.slice(0, 2)}/${row.fileKey}`]);
    expect(row.fileKey).toMatch(/^[a-f0-9]{32}$/);
  });

  it('replacing a file removes the old one; deleting a draft removes its file', async () => {
    const admin = await makeActor('admin');
    const input = materialInput({ status: 'draft' });
    const { id } = await createMaterial(admin, input);
    const [first] = await db().select().from(materials).where(eq(materials.id, id));
    await updateMaterial(admin, updateMaterialSchema.parse({ ...input, id, file: fileOf(PNG_BYTES, 'thay-the.png') }));
    const [second] = await db().select().from(materials).where(eq(materials.id, id));
    expect(second.fileKey).not.toBe(first.fileKey);
    expect(uploads.files().some((f) => f.endsWith(first.fileKey!))).toBe(false);
    await deleteMaterial(admin, id);
    expect(uploads.files().some((f) => f.endsWith(second.fileKey!))).toBe(false);
  });

  it('a published material cannot be deleted, only archived', async () => {
    const admin = await makeActor('admin');
    const { id } = await createMaterial(admin, materialInput({ status: 'published' }));
    expect(await outcomeOf(() => deleteMaterial(admin, id))).toBe('invalid');
  });
});
