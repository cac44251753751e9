// `npm run demo`: build if needed, then start the production server on the embedded database
// (or DATABASE_URL); the server migrates and fills in demo content and accounts on start.
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.mjs';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/demo/accounts';
import { ROLE_LABELS } from '../lib/auth/roles';
import { databaseConfig } from '../db/config';

buildIfNeeded();

const port = process.env.PORT ?? '3000';
// Only this machine can reach the demo unless HOST says otherwise (e.g. HOST=0.0.0.0).
const host = process.env.HOST || '127.0.0.1';
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/start.mjs'], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, PORT: port, HOST: host, SEED_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1' },
});

let announced = false;
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /Ready/i.test(String(chunk))) {
    announced = true;
    announce();
  }
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));

function announce() {
  const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
  console.log(
    [
      '',
      `Cổng đã chạy tại ${url}  (cơ sở dữ liệu: ${process.env.DATABASE_URL ? 'PostgreSQL theo DATABASE_URL' : `PGlite nhúng, thư mục ${databaseConfig().pgliteDir}`})`,
      `Đăng nhập: ${url}/dang-nhap — mật khẩu chung của các tài khoản mẫu: ${DEMO_PASSWORD}`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(15)} ${ROLE_LABELS[a.role]} — ${a.fullName}`),
      `Hộ chiếu vắc-xin mẫu để thử quét: ${url}/quan-tri/ho-chieu-mau (bàn kiểm soát của cán bộ: ${url}/chot)`,
      'Lần đầu mở trang có thể mất vài giây để nạp dữ liệu mẫu. Dừng bằng Ctrl+C.',
      '',
    ].join('\n'),
  );
}
