import { readTestCase } from './lib/dcc/conformance/case-file';
import { base64ToBytes } from './lib/dcc/bytes';
import { createSigner } from './lib/dcc/trust/signer';
import { createTrustList } from './lib/dcc/trust/trust-list';
import { verifyHc1 } from './lib/dcc/verify-hc1';
async function main() {
  const c = readTestCase('lib/dcc/testdata/cases/AE_test.json');
  const trustList = createTrustList([await createSigner(base64ToBytes(c.certificate!))]);
  const opts = { trustList, now: c.clock! };
  for (let i = 0; i < 500; i++) await verifyHc1(c.prefix!, opts);
  const t = performance.now(); const N = 4000;
  for (let i = 0; i < N; i++) await verifyHc1(c.prefix!, opts);
  console.log(((performance.now() - t) / N * 1000).toFixed(0), 'us per verification');
}
void main();
