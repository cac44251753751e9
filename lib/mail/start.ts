import 'server-only';
import { queueDueReminders } from '@/lib/letters/delivery';
import { log } from '@/lib/log/logger';
import { queueNewMaterialMails } from './subscriptions';
import { mailEnabled } from './config';
import { registerMailProducer, startMailWorker } from './worker';

/** From instrumentation: the mail worker of this process, with the scheduled producers. */
export function startMail(): void {
  if (!mailEnabled()) {
    log.info({ where: 'mail' }, 'E-mail đang tắt (chưa đặt SMTP_URL): văn bản chỉ gửi bằng liên kết sao chép tay.');
    return;
  }
  registerMailProducer(queueDueReminders);
  registerMailProducer(queueNewMaterialMails);
  startMailWorker();
}
