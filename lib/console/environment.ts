/** What this browser offers the console; decided once after the page has loaded. */
export interface ConsoleEnvironment {
  secure: boolean;
  serviceWorker: boolean;
  camera: boolean;
}

type BrowserLike = {
  isSecureContext?: boolean;
  navigator?: { serviceWorker?: unknown; mediaDevices?: { getUserMedia?: unknown } };
};

export function detectEnvironment(win: BrowserLike): ConsoleEnvironment {
  const secure = win.isSecureContext === true;
  return {
    secure,
    // All three exist only in a secure context (HTTPS, or localhost while developing).
    serviceWorker: secure && !!win.navigator?.serviceWorker,
    camera: secure && typeof win.navigator?.mediaDevices?.getUserMedia === 'function',
  };
}

/** The Vietnamese notice for a console opened over plain HTTP, or null when all is well. */
export function insecureNotice(env: ConsoleEnvironment): string | null {
  if (env.secure) return null;
  return (
    'Trang đang mở qua kết nối không bảo mật (HTTP), nên điện thoại không cho dùng chế độ ngoại tuyến và camera. ' +
    'Bàn kiểm soát vẫn ghi nhận kiểm tra khi có mạng. Hãy mở bằng địa chỉ https:// do Sở TT&TT cung cấp để dùng được khi mất mạng.'
  );
}
