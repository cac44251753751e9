import 'server-only';

export interface BaseUrlStatus {
  url: string;
  /** Vietnamese warning to show wherever the URL is printed (posters, letters' links). */
  warning?: string;
}

/** What posters and receipt links print: `PUBLIC_BASE_URL`, else a localhost guess with a warning. */
export function publicBaseUrl(): BaseUrlStatus {
  const configured = process.env.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '');
  if (!configured) {
    return {
      url: `http://localhost:${process.env.PORT ?? 3000}`,
      warning:
        'Chưa cấu hình PUBLIC_BASE_URL: mã QR đang trỏ tới localhost, điện thoại của người dân sẽ không mở được. Hãy đặt địa chỉ công khai (https://…) trước khi in.',
    };
  }
  const host = safeHostname(configured);
  if (!host || host === 'localhost' || host.startsWith('127.') || host === '[::1]') {
    return {
      url: configured,
      warning: `PUBLIC_BASE_URL (${configured}) là địa chỉ nội bộ: mã QR in ra sẽ không mở được từ điện thoại của người dân.`,
    };
  }
  return { url: configured };
}

function safeHostname(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
