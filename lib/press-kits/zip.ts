import 'server-only';
import { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { getStorage } from '@/lib/storage';
import { publicBaseUrl } from '@/lib/config/base-url';
import type { PublicPressKit } from './queries';
import { entryName, manifestCsv, type ManifestItem } from './manifest';

export const MANIFEST_NAME = 'manifest.csv';

/**
 * The kit as one ZIP, streamed as it is built: each material's file (stored, not recompressed:
 * PDFs, images and Office files are compressed already) and a manifest listing every file with
 * its number, date, size, SHA-256, and an image's caption and credit. Video links appear in the manifest only.
 */
export async function pressKitZip(kit: PublicPressKit): Promise<ReadableStream<Uint8Array>> {
  const base = publicBaseUrl().url;
  const storage = getStorage();
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const manifest: ManifestItem[] = [];
  const date = kit.updatedAt;
  for (const [index, item] of kit.items.entries()) {
    const name = item.fileKey && item.fileName ? entryName(index, item.fileName) : null;
    if (name && item.fileKey) {
      const stream = Readable.fromWeb(await storage.read(item.fileKey) as import('node:stream/web').ReadableStream);
      archive.append(stream, { name, date, store: true });
    }
    manifest.push({
      kind: item.kind, title: item.title, documentNumber: item.documentNumber, issuedOn: item.issuedOn, issuer: item.issuer,
      entryName: name, size: name ? item.fileSize : null, sha256: name ? item.fileSha256 : null,
      link: item.videoUrl ?? `${base}/tai-lieu/${item.slug}`, caption: item.caption, credit: item.credit,
    });
  }
  archive.append(manifestCsv(manifest), { name: MANIFEST_NAME, date });
  archive.finalize().catch((error) => archive.destroy(error));
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}
