'use client';
import { useState } from 'react';
import { POSTER_SIZES, type PosterSize } from '@/lib/posters/sizes';
import { posterCounter } from '@/lib/posters/progress';
import { buttonClass } from '@/components/ui/button';

type Format = 'pdf' | 'zip';
type Progress = { state: 'idle' } | { state: 'running'; format: Format; done: number } | { state: 'done'; fileName: string } | { state: 'error'; message: string };

function fileNameOf(header: string | null, fallback: string): string {
  const encoded = header?.match(/filename\*=UTF-8''([^;]+)/)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/**
 * Downloads a batch while showing how many posters have been drawn. The links work without
 * JavaScript too; with it, the response is read here so that progress can be counted.
 */
export function BatchDownload({ districtCode, count }: { districtCode?: string; count: number }) {
  const [size, setSize] = useState<PosterSize>('A4');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const href = (format: Format) => `/api/posters/batch?${new URLSearchParams({ ...(districtCode ? { district: districtCode } : {}), format, size })}`;

  async function download(event: React.MouseEvent<HTMLAnchorElement>, format: Format) {
    event.preventDefault();
    if (busy) return;
    setProgress({ state: 'running', format, done: 0 });
    try {
      const response = await fetch(href(format));
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.error ?? 'Không tạo được áp phích, vui lòng thử lại.');
      }
      const counter = posterCounter(format);
      const chunks: Uint8Array[] = [];
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        setProgress({ state: 'running', format, done: Math.min(counter(value), count) });
      }
      const fileName = fileNameOf(response.headers.get('Content-Disposition'), `ap-phich.${format}`);
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: format === 'zip' ? 'application/zip' : 'application/pdf' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProgress({ state: 'done', fileName });
    } catch (error) {
      setProgress({ state: 'error', message: error instanceof Error ? error.message : 'Mất kết nối khi tải áp phích.' });
    }
  }

  const busy = progress.state === 'running';
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="label">Khổ giấy</legend>
        <div className="flex flex-wrap gap-4">
          {POSTER_SIZES.map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="size" value={s} checked={size === s} onChange={() => setSize(s)} className="size-5" />
              {s}{s === 'A4' ? ' (mặc định)' : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="flex flex-wrap gap-2">
        <a href={href('pdf')} onClick={(e) => download(e, 'pdf')} className={buttonClass('primary')} aria-disabled={busy}>
          Tải một tệp PDF ({count} trang)
        </a>
        <a href={href('zip')} onClick={(e) => download(e, 'zip')} className={buttonClass('secondary')} aria-disabled={busy}>
          Tải tệp ZIP (mỗi chốt một PDF)
        </a>
      </p>
      <div aria-live="polite" className="text-sm">
        {progress.state === 'running' && (
          <div>
            <p>Đang tạo áp phích: {progress.done}/{count}</p>
            <progress max={count} value={progress.done} className="mt-1 h-3 w-full" aria-label="Tiến độ tạo áp phích" />
          </div>
        )}
        {progress.state === 'done' && <p className="text-green-900">Đã tải xong {progress.fileName}.</p>}
        {progress.state === 'error' && <p className="text-red-900">{progress.message}</p>}
      </div>
    </div>
  );
}
