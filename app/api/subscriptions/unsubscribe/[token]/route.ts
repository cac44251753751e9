import { unsubscribe } from '@/lib/mail/subscriptions';

// RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` here, with no
// session and no page. The token in the path is the whole proof (a MAC of the subscriber id).
export async function POST(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const done = await unsubscribe((await params).token);
  return new Response(done ? 'Đã huỷ nhận thư.' : 'Liên kết huỷ không đúng.', {
    status: done ? 200 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
