import 'server-only';
import { publicBaseUrl } from './base-url';
import { log } from '@/lib/log/logger';

export function warnAboutConfiguration(): void {
  const { warning } = publicBaseUrl();
  if (warning) log.warn({ where: 'config' }, warning);
}
