import 'server-only';
import path from 'node:path';
import { dataDir } from '@/db/config';
import { log } from '@/lib/log/logger';
import { publicBaseUrl } from './base-url';
import { SECRET_NAMES, secretOrigin } from './secrets';

export function warnAboutConfiguration(): void {
  const { warning } = publicBaseUrl();
  if (warning) log.warn({ where: 'config' }, warning);
  const fromFolder = SECRET_NAMES.filter((name) => secretOrigin(name) === 'folder');
  if (fromFolder.length) {
    log.warn(
      { where: 'config' },
      `Khoá bí mật ${fromFolder.join(', ')} lấy từ thư mục riêng của tiến trình này (${path.join(dataDir(), 'secrets')}): ` +
        'tiến trình khác với thư mục khác sẽ có khoá khác. Sao lưu thư mục này; muốn chạy nhiều tiến trình thì dùng PostgreSQL ' +
        '(khoá dùng chung lưu trong CSDL) hoặc đặt các biến môi trường này.',
    );
  }
}
