import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { materials } from '@/db/schema';
import { useTestDatabase } from '@/lib/testing/db';
import { useTempUploads } from '@/lib/testing/uploads';
import { makeActor } from '@/lib/testing/factories';
import { makeMaterial } from '@/lib/testing/comms';
import { fileOf, mp4Bytes, PNG_BYTES, pdfBytes } from '@/lib/testing/files';
import { UserInputError } from '@/lib/auth/errors';
import { createPressKit } from '@/lib/press-kits/manage';
import { createPressKitSchema } from '@/lib/press-kits/schema';
import { getPublicPressKit } from '@/lib/press-kits/queries';
import { MANIFEST_NAME, pressKitZip } from '@/lib/press-kits/zip';
import { GET } from '@/app/api/files/materials/[id]/route';
import { getPublicMaterial } from './public-queries';
import { isMp4 } from './mp4';

const { db } = useTestDatabase();
useTempUploads();

const fetchFile = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/files/materials/${id}?xem=1`, { headers }), { params: Promise.resolve({ id }) });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserInputError);
  return (error as UserInputError).fieldErrors.file?.[0] ?? (error as Error).message;
}

describe('hosted MP4 videos', () => {
  it('recognises MP4 by its ftyp box, not by name', () => {
    expect(isMp4(mp4Bytes())).toBe(true);
    const quicktime = mp4Bytes();
    quicktime.set(Buffer.from('qt  '), 8);
    quicktime.set(Buffer.from('qt  '), 16);
    quicktime.set(Buffer.from('qt  '), 20);
    expect(isMp4(quicktime)).toBe(false);
    expect(isMp4(pdfBytes())).toBe(false);
    expect(isMp4(Uint8Array.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom')]))).toBe(false);
  });

  it('a video takes an MP4 file instead of a link; a fake MP4 or a PDF named .mp4 is refused with nothing stored', async () => {
    const admin = await makeActor('admin');
    const video = await makeMaterial(admin, { kind: 'video', title: 'Video hướng dẫn quét mã', file: fileOf(mp4Bytes(), 'Hướng dẫn quét mã.mp4', 'video/mp4') });
    const [row] = await db().select().from(materials).where(eq(materials.id, video.id));
    expect(row.fileMime).toBe('video/mp4');
    expect(row.videoUrl).toBeNull();
    expect(await refusal(makeMaterial(admin, { kind: 'video', file: fileOf(pdfBytes(), 'gia-mao.mp4', 'video/mp4') }))).toContain('không phải MP4');
    expect(await refusal(makeMaterial(admin, { kind: 'video', file: fileOf(pdfBytes(), 'tai-lieu.pdf') }))).toContain('MP4');
    expect(await refusal(makeMaterial(admin, { kind: 'guide', file: fileOf(mp4Bytes(), 'video.mp4') }))).toContain('Video');
    expect(await refusal(makeMaterial(admin, { kind: 'video', file: undefined }))).toContain('https://');
  });

  it('streams with HTTP Range: 206 with Content-Range, 416 for a range past the end', async () => {
    const admin = await makeActor('admin');
    const bytes = mp4Bytes(5000);
    const { id } = await makeMaterial(admin, { kind: 'video', title: 'Video phát theo đoạn', file: fileOf(bytes, 'video.mp4') });
    const full = await fetchFile(id);
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('content-type')).toBe('video/mp4');
    expect(new Uint8Array(await full.arrayBuffer())).toEqual(bytes);
    const part = await fetchFile(id, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(part.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const open = await fetchFile(id, { range: `bytes=${bytes.length - 10}-` });
    expect(open.status).toBe(206);
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 10));
    const suffix = await fetchFile(id, { range: 'bytes=-16' });
    expect(suffix.headers.get('content-range')).toBe(`bytes ${bytes.length - 16}-${bytes.length - 1}/${bytes.length}`);
    const past = await fetchFile(id, { range: `bytes=${bytes.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });
});

describe('image caption and credit', () => {
  it('are kept, shown with the public material, and listed in the press-kit manifest', async () => {
    const admin = await makeActor('admin');
    const image = await makeMaterial(admin, {
      kind: 'infographic', title: 'Ảnh chốt kiểm soát', file: fileOf(PNG_BYTES, 'Chốt Bình Sơn.png'),
      caption: 'Cán bộ quét mã QR tại chốt Bình Sơn, 21/9/2021', credit: 'Ảnh: Báo Quảng Ngãi',
    });
    const letter = await makeMaterial(admin, { title: 'Công văn kèm ảnh', file: fileOf(pdfBytes(), 'Công văn.pdf') });
    const shown = await getPublicMaterial(image.slug);
    expect(shown).toMatchObject({ caption: 'Cán bộ quét mã QR tại chốt Bình Sơn, 21/9/2021', credit: 'Ảnh: Báo Quảng Ngãi' });
    const kit = await createPressKit(admin, createPressKitSchema.parse({ title: 'Bộ ảnh thử', description: 'Ảnh và văn bản thử.', status: 'published', materialIds: [image.id, letter.id] }));
    const entries = unzipSync(new Uint8Array(await new Response(await pressKitZip((await getPublicPressKit(kit.slug))!)).arrayBuffer()));
    const lines = strFromU8(entries[MANIFEST_NAME]).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Chú thích ảnh,Nguồn ảnh');
    expect(lines[1]).toContain('"Cán bộ quét mã QR tại chốt Bình Sơn, 21/9/2021",Ảnh: Báo Quảng Ngãi');
    expect(lines[2].endsWith(',,')).toBe(true);
  });
});
