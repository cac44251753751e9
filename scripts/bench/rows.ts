import crypto from 'node:crypto';
import { localDateOf, localHourOf } from '../../lib/verification/local-date';

let n = 0;
const key = () => `bench${process.pid}x${(n++).toString(36)}${crypto.randomBytes(6).toString('base64url')}`;
const phone = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** One citizen check-in as a phone sends it. */
export function checkInBody(posterToken: string): Record<string, unknown> {
  return {
    idempotencyKey: key(), method: 'citizen_scan', posterToken, source: 'pc_covid', doses: 2, lastDoseOn: '2021-08-01',
    checkedAt: new Date().toISOString(), deviceId: `device-${n % 5000}`, provisionalResult: 'valid',
    citizen: { name: 'Nguyễn Văn Đo', birthYear: 1985, phone: phone() },
  };
}

/** The passage row ingest would write for such a check-in (for the bare route and raw writes). */
export function passageRow(checkpoint: { id: string; districtCode: string }) {
  const checkedAt = new Date();
  const hex = () => crypto.randomBytes(32).toString('hex');
  return {
    checkpointId: checkpoint.id, districtCode: checkpoint.districtCode, method: 'citizen_scan', source: 'pc_covid', evidence: 'self_declared',
    result: 'valid', vaccine: null, doses: 2, lastDoseOn: '2021-08-01', ruleVersion: 1, checkedAt: checkedAt.toISOString(),
    localDay: localDateOf(checkedAt), localHour: localHourOf(checkedAt), idempotencyKey: key(), bodyHash: hex(), officerId: null,
    deviceId: `device-${n % 5000}`, citizenName: 'Nguyễn Văn Đo', birthYear: 1985, phone: phone(), phoneHash: hex(), idNumberHash: null,
  } as const;
}
