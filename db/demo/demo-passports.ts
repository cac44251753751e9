import { makeHc1 } from '@/lib/dcc/issuer/make-hc1';
import { makeTestSigner, type TestSigner } from '@/lib/dcc/issuer/make-signer';
import type { DemoPassport } from '@/lib/trust/demo-passport';


export const DEMO_SIGNER_NAME = 'DEMO - Co quan ky mau (chi dung thu, khong phai that)';
const DAY = 86_400_000;

interface Holder { fn: string; gn: string; fnt: string; gnt: string; dob: string }

function vaccination(holder: Holder, dose: { dn: number; sd: number; dt: Date }, serial: number) {
  return {
    ver: '1.3.0',
    nam: { fn: holder.fn, gn: holder.gn, fnt: holder.fnt, gnt: holder.gnt },
    dob: holder.dob,
    v: [{
      tg: '840539006', vp: 'J07BX03', mp: 'EU/1/20/1528', ma: 'ORG-100030215',
      dn: dose.dn, sd: dose.sd, dt: dose.dt.toISOString().slice(0, 10),
      co: 'VN', is: 'DEMO - Cong thong tin mau', ci: `URN:UVCI:01:VN:DEMO${String(serial).padStart(20, '0')}`,
    }],
  };
}

/**
 * Three demo signers (trusted, expired, disabled by the seed) and the passports that show every
 * verdict an officer can meet. Keys live only in this call: nothing can sign again afterwards.
 */
export async function makeDemoPassports(now: Date): Promise<{ signers: { signer: TestSigner; role: 'trusted' | 'expired' | 'disabled' }[]; passports: DemoPassport[] }> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const trusted = await makeTestSigner({ commonName: DEMO_SIGNER_NAME, notBefore: at(-365), notAfter: at(3 * 365) });
  const expired = await makeTestSigner({ commonName: `${DEMO_SIGNER_NAME} - da het han`, notBefore: at(-2 * 365), notAfter: at(-30) });
  const disabled = await makeTestSigner({ commonName: `${DEMO_SIGNER_NAME} - da tat`, notBefore: at(-365), notAfter: at(3 * 365) });
  const sign = (signer: TestSigner, hcert: object, issuedAt = at(-30), expiresAt = at(335)) => makeHc1(signer, { hcert, issuedAt, expiresAt });
  const passports: DemoPassport[] = [
    {
      slug: 'hop-le', label: 'Đủ 2 mũi, mũi cuối 60 ngày trước', expectation: 'Hợp lệ (chữ ký đúng, đủ mũi, đủ 14 ngày)',
      hc1: await sign(trusted, vaccination({ fn: 'Nguyễn', gn: 'Văn An', fnt: 'NGUYEN', gnt: 'VAN<AN', dob: '1985-03-12' }, { dn: 2, sd: 2, dt: at(-60) }, 1)),
    },
    {
      slug: 'mot-mui', label: 'Mới tiêm 1 trong 2 mũi', expectation: 'Chưa tiêm đủ mũi',
      hc1: await sign(trusted, vaccination({ fn: 'Trần', gn: 'Thị Bình', fnt: 'TRAN', gnt: 'THI<BINH', dob: '1992-07-04' }, { dn: 1, sd: 2, dt: at(-40) }, 2)),
    },
    {
      slug: 'chua-du-14-ngay', label: 'Đủ 2 mũi, mũi cuối 10 ngày trước', expectation: 'Chưa đủ 14 ngày sau mũi cuối',
      hc1: await sign(trusted, vaccination({ fn: 'Lê', gn: 'Văn Cường', fnt: 'LE', gnt: 'VAN<CUONG', dob: '1978-11-23' }, { dn: 2, sd: 2, dt: at(-10) }, 3)),
    },
    {
      slug: 'het-han', label: 'Chứng nhận đã hết hạn (cơ quan ký mẫu đã hết hạn)', expectation: 'Chứng nhận đã hết hạn',
      hc1: await sign(expired, vaccination({ fn: 'Phạm', gn: 'Thị Dung', fnt: 'PHAM', gnt: 'THI<DUNG', dob: '1969-01-30' }, { dn: 2, sd: 2, dt: at(-400) }, 4), at(-380), at(-31)),
    },
    {
      slug: 'co-quan-ky-da-tat', label: 'Ký bởi chứng thư đã bị tắt (thu hồi)', expectation: 'Không hợp lệ: không rõ cơ quan ký',
      hc1: await sign(disabled, vaccination({ fn: 'Hoàng', gn: 'Văn Em', fnt: 'HOANG', gnt: 'VAN<EM', dob: '2001-09-15' }, { dn: 2, sd: 2, dt: at(-90) }, 5)),
    },
  ];
  return { signers: [{ signer: trusted, role: 'trusted' }, { signer: expired, role: 'expired' }, { signer: disabled, role: 'disabled' }], passports };
}
