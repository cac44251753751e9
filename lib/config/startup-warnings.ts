import 'server-only';
import { publicBaseUrl } from './base-url';

export function warnAboutConfiguration(): void {
  const { warning } = publicBaseUrl();
  if (warning) console.warn(`[cấu hình] ${warning}`);
}
