// The officers' console installs on a phone as its own app. The manifest lives outside /chot so
// the browser fetches it without a session (proxy.ts sends signed-out requests under /chot to
// sign in), and only the console links it: the public portal is not an installable app.
export const dynamic = 'force-static';

export function GET() {
  return new Response(
    JSON.stringify({
      name: 'Bàn kiểm soát chốt — Quảng Ngãi',
      short_name: 'Kiểm soát chốt',
      description: 'Ghi lượt kiểm tra chứng nhận tiêm chủng tại chốt kiểm soát, tổ tuần tra; chạy cả khi mất mạng.',
      lang: 'vi',
      id: '/chot',
      start_url: '/chot',
      scope: '/chot',
      display: 'standalone',
      orientation: 'portrait',
      background_color: '#ffffff',
      theme_color: '#0b4a8a',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } },
  );
}
