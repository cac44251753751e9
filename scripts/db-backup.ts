// `npm run db:backup -- FILE`: the database, the uploads folder and the generated secrets in one
// archive (lib/ops/backup.ts). PostgreSQL (DATABASE_URL) is dumped while servers run; a PGlite
// folder is copied under its lock, so stop the server first (one process per folder).
import { backupTo, BackupError, configuredTarget, secretsFromEnvironment } from '../lib/ops/backup';
import { failScript } from '../db/script-failure';
import { FolderInUseError } from '../db/folder-lock';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Cách dùng: npm run db:backup -- <tệp .tar.gz>');
    process.exit(2);
  }
  const started = performance.now();
  const manifest = await backupTo(file, configuredTarget());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Đã sao lưu (${manifest.kind}) vào ${file}: CSDL, ${manifest.uploads.files} tệp tải lên (${manifest.uploads.bytes} byte)` +
      `${manifest.secrets.length ? `, khoá bí mật ${manifest.secrets.join(', ')}` : ''}; ${seconds} giây.`,
  );
  const fromEnv = secretsFromEnvironment();
  if (fromEnv.length) console.log(`Lưu ý: ${fromEnv.join(', ')} lấy từ biến môi trường, không nằm trong bản sao lưu: hãy giữ chúng riêng.`);
}

main().catch((error: unknown) => {
  if (error instanceof FolderInUseError) console.error(`Không sao lưu: ${error.message}`);
  else if (error instanceof BackupError) console.error(`Không sao lưu: ${error.message}`);
  else failScript('db:backup')(error);
  process.exit(1);
});
