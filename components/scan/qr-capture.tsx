'use client';
import { useEffect, useRef, useState } from 'react';
import { openQrReader, type QrReader } from './read-qr';

export const CAMERA_NEEDS_HTTPS =
  'Không mở được camera: điện thoại chỉ cho dùng camera khi trang được mở bằng địa chỉ https://. Hãy chụp ảnh mã QR rồi chọn ảnh ở nút bên dưới.';
const NO_QR = 'Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, mã QR nằm trọn trong khung.';
const FRAME_MS = 250;

function cameraAvailable(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/**
 * Reads a QR with the phone camera (rear camera, frames decoded in the browser) or from a photo
 * the user takes or picks. Calls onText with the QR's text once.
 */
export function QrCapture({ onText, idPrefix }: { onText: (text: string) => void; idPrefix: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [cameraOn, setCameraOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [canUseCamera, setCanUseCamera] = useState(true);
  const [reading, setReading] = useState(false);
  const reader = useRef<QrReader | null>(null);
  const qrReader = () => (reader.current ??= openQrReader());
  const deliver = useRef(onText);
  useEffect(() => {
    deliver.current = onText;
  });

  const stop = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    setCameraOn(false);
  };

  useEffect(() => {
    setCanUseCamera(cameraAvailable());
    // The decoding worker starts with the scanner, so the first frame or photo does not wait for it.
    qrReader().prepare();
    return () => {
      stream.current?.getTracks().forEach((t) => t.stop());
      reader.current?.close();
      reader.current = null;
    };
  }, []);

  useEffect(() => {
    if (!cameraOn) return;
    // The stream is attached here, after React has rendered the <video>: attaching it from a frame
    // callback raced the render, and a callback that ran first left the video without a stream.
    const element = video.current;
    if (element && stream.current && element.srcObject !== stream.current) {
      element.srcObject = stream.current;
      void element.play().catch(() => {});
    }
    let stopped = false;
    let timer = 0;
    let frames = 0;
    const tick = async () => {
      if (stopped || !video.current) return;
      // Diagnostics on the element (no re-render): frames tried, the size the camera delivers, and
      // where frames are decoded (a Web Worker unless the browser lacks one).
      frames += 1;
      video.current.dataset.frames = String(frames);
      video.current.dataset.size = `${video.current.videoWidth}x${video.current.videoHeight}`;
      const text = await qrReader().fromVideo(video.current).catch(() => null);
      if (stopped) return;
      // Only once a frame was decoded: a frame skipped before the video has data has no decoder yet.
      const decoder = qrReader().decoder;
      if (video.current && decoder) video.current.dataset.decoder = decoder;
      if (text) {
        stop();
        deliver.current(text);
      } else timer = window.setTimeout(tick, FRAME_MS);
    };
    timer = window.setTimeout(tick, FRAME_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [cameraOn]);

  async function start() {
    setProblem(null);
    if (!cameraAvailable()) {
      setCanUseCamera(false);
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      setCameraOn(true);
    } catch {
      setProblem('Không mở được camera (chưa cho phép hoặc camera đang bận). Hãy cho phép dùng camera, hoặc chụp ảnh mã QR rồi chọn ảnh.');
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    setReading(true);
    try {
      const text = await qrReader().fromFile(file);
      if (text) onText(text);
      else setProblem(NO_QR);
    } catch {
      setProblem('Không đọc được ảnh này. Hãy chụp lại bằng camera của điện thoại (ảnh JPEG hoặc PNG).');
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="space-y-3">
      {!canUseCamera && (
        <p role="status" className="rounded border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950" data-testid="camera-unavailable">
          {CAMERA_NEEDS_HTTPS}
        </p>
      )}
      {cameraOn ? (
        <div className="space-y-2">
          <video ref={video} muted playsInline autoPlay className="aspect-square w-full rounded-lg bg-black object-cover" aria-label="Hình từ camera: đưa mã QR vào giữa khung" />
          <button type="button" onClick={stop} className="min-h-11 w-full rounded border border-slate-400 bg-white px-3">
            Tắt camera
          </button>
        </div>
      ) : (
        canUseCamera && (
          <button type="button" onClick={() => void start()} className="min-h-14 w-full rounded-lg bg-brand-700 text-lg font-bold text-white">
            Mở camera để quét
          </button>
        )
      )}
      <div>
        <label htmlFor={`${idPrefix}-photo`} className="label">
          Hoặc chụp / chọn ảnh mã QR
        </label>
        <input
          id={`${idPrefix}-photo`}
          type="file"
          accept="image/*"
          capture="environment"
          disabled={reading}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
          className="input"
        />
      </div>
      <div aria-live="polite">
        {reading && <p role="status">Đang đọc mã QR trong ảnh…</p>}
        {problem && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
