import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp } from '@/lib/http/client-ip';
import { lookUpManualCode, MANUAL_CODE_LIMIT } from '@/lib/posters/manual-code-lookup';
import { posterTokenFor } from '@/lib/posters/url';
import { refusalMessage } from '@/components/check-in/poster-refusal';

export const metadata: Metadata = { title: 'Nhập mã chốt kiểm soát' };

// A plain GET form: it works without JavaScript on any phone, and the code is printed in public.
export default async function ManualCodePage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const { ma } = await searchParams;
  const typed = typeof ma === 'string' ? ma.trim() : '';
  let error: string | undefined;
  if (typed) {
    const resolved = await lookUpManualCode(typed, clientIp(await headers()));
    if (resolved.ok) redirect(`/c/${posterTokenFor(resolved.checkpoint.number, resolved.version)}`);
    if (resolved.reason === 'rate_limited') return <TooManyAttempts seconds={resolved.retryAfterS} />;
    error = resolved.reason === 'malformed' ? 'Mã chốt gồm 6 ký tự (chữ và số) in dưới mã QR trên áp phích.' : refusalMessage(resolved.reason);
  }
  return (
    <div className="mx-auto max-w-md">
      <h1>Nhập mã chốt kiểm soát</h1>
      <p className="mt-2 text-slate-700">
        Không quét được mã QR? Nhập mã 6 ký tự in dưới mã QR trên áp phích tại chốt kiểm soát, tổ tuần tra.
      </p>
      <form method="get" action="/c" className="card mt-4" noValidate>
        {error && (
          <p id="code-error" role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {error}
          </p>
        )}
        <label htmlFor="ma" className="label">Mã chốt</label>
        <input
          id="ma" name="ma" className="input font-mono text-2xl uppercase tracking-widest" defaultValue={typed}
          autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} required
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'code-error code-hint' : 'code-hint'}
        />
        <p id="code-hint" className="mt-1 text-xs text-slate-600">Ví dụ: AB3 K7P. Không phân biệt chữ hoa, chữ thường.</p>
        <button type="submit" className="mt-4 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white">
          Tiếp tục
        </button>
      </form>
    </div>
  );
}

function TooManyAttempts({ seconds }: { seconds: number }) {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-amber-300 bg-amber-50 p-6" aria-labelledby="limit-title">
      <h1 id="limit-title" className="text-2xl text-amber-950">Bạn đã nhập quá nhiều mã</h1>
      <p role="alert" className="mt-3 text-amber-950">
        Để bảo vệ mã của các chốt kiểm soát, mỗi máy chỉ được thử {MANUAL_CODE_LIMIT} mã mỗi phút. Vui lòng đợi {seconds} giây
        rồi nhập lại, hoặc quét mã QR trên áp phích, hỏi cán bộ tại chốt.
      </p>
      <a href="/c" className="mt-4 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white no-underline">Nhập lại mã</a>
    </section>
  );
}
