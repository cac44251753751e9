// `npm run data:purge`: the retention purge on demand (the server also runs it hourly). Uses
// DATABASE_URL when set, else the embedded database in .data/pglite (stop the server first:
// one PGlite folder cannot be opened by two processes).
import { openDatabase } from '../db/bootstrap';
import { closeDatabase } from '../db/index';
import { runMaintenance } from '../lib/passages/maintenance';
import { failScript } from '../db/script-failure';

async function main() {
  const handle = await openDatabase();
  const { purge, rateLimitRows } = await runMaintenance();
  await closeDatabase();
  if (!purge.ran) {
    console.log('Một tiến trình khác đang xoá dữ liệu cá nhân; lần này bỏ qua.');
    return;
  }
  console.log(
    `Đã xoá dữ liệu cá nhân của ${purge.purged} lượt kiểm tra trước ${purge.cutoff.toISOString()} ` +
      `(thời hạn lưu ${purge.retentionDays} ngày; ${handle.kind}). Đã dọn ${rateLimitRows} bộ đếm giới hạn tần suất cũ.`,
  );
}

main().catch(failScript('data:purge'));
