import { describe, expect, it } from 'vitest';
import { detectEnvironment, insecureNotice } from './environment';

describe('console environment', () => {
  it('on plain HTTP: no service worker, no camera, and a Vietnamese notice that checks still work online', () => {
    const env = detectEnvironment({ isSecureContext: false, navigator: { serviceWorker: {}, mediaDevices: { getUserMedia: () => {} } } });
    expect(env).toEqual({ secure: false, serviceWorker: false, camera: false });
    const notice = insecureNotice(env);
    expect(notice).toContain('không bảo mật (HTTP)');
    expect(notice).toContain('vẫn ghi nhận kiểm tra khi có mạng');
    expect(notice).toContain('https://');
  });

  it('on HTTPS with the APIs present: everything on and no notice', () => {
    const env = detectEnvironment({ isSecureContext: true, navigator: { serviceWorker: {}, mediaDevices: { getUserMedia: () => {} } } });
    expect(env).toEqual({ secure: true, serviceWorker: true, camera: true });
    expect(insecureNotice(env)).toBeNull();
  });

  it('on HTTPS in a browser without service workers (some in-app browsers)', () => {
    expect(detectEnvironment({ isSecureContext: true, navigator: {} })).toEqual({ secure: true, serviceWorker: false, camera: false });
  });
});
