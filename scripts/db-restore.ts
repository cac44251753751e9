// `npm run db:restore -- FILE`: puts a `db:backup` archive back (lib/ops/backup.ts). PGlite: the
// server must be stopped (the folder's lock is taken first). PostgreSQL: into an empty database
// (DATABASE_URL), in one transaction. Replaced folders are kept aside, not deleted.
import { BackupError, configuredTarget, restoreFrom } from '../lib/ops/backup';
import { failScript } from '../db/script-failure';
import { FolderInUseError } from '../db/folder-lock';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Cách dùng: npm run db:restore -- <tệp .tar.gz>');
    process.exit(2);
  }
  const started = performance.now();
  const { manifest, keptAside } = await restoreFrom(file, configuredTarget());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Đã khôi phục bản sao lưu ${manifest.createdAt} (${manifest.kind}, bản ${manifest.appVersion}): CSDL, ${manifest.uploads.files} tệp tải lên; ${seconds} giây.`);
  if (keptAside.length) console.log(`Dữ liệu cũ được để riêng (xoá khi đã kiểm tra xong): ${keptAside.join(', ')}`);
}

main().catch((error: unknown) => {
  if (error instanceof FolderInUseError || error instanceof BackupError) console.error(`Không khôi phục: ${error.message}`);
  else failScript('db:restore')(error);
  process.exit(1);
});
