import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';
import { DEPARTMENT_NAME } from '@/lib/config/site';

export const metadata: Metadata = {
  title: { default: 'Cổng kiểm soát chốt và truyền thông — Quảng Ngãi', template: '%s — Sở TT&TT Quảng Ngãi' },
  description: `Cổng thông tin của ${DEPARTMENT_NAME}: hướng dẫn chứng nhận tiêm chủng, khai báo qua mã QR tại chốt kiểm soát, tài liệu truyền thông.`,
  icons: {
    icon: [{ url: '/favicon.ico', sizes: '32x32' }, { url: '/icons/icon.svg', type: 'image/svg+xml' }],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4a8a' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce that proxy.ts sets must reach Next's scripts.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
