// Verifications per second of the whole HC1 chain (prefix → Base45 → zlib → COSE → CWT →
// signer → signature → key usage → expiry → schema), one at a time, in Node.
// Usage: npm run bench:dcc [-- --seconds 3]
// The inputs are the first public test cases (by file name) that verify fully at their own
// validation clock, one signed ES256 and one PS256.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readTestCase } from '../lib/dcc/conformance/case-file';
import { base64ToBytes } from '../lib/dcc/bytes';
import { decodeHc1 } from '../lib/dcc/decode-hc1';
import { verifyCoseSignature } from '../lib/dcc/signature';
import { verifyHc1 } from '../lib/dcc/verify-hc1';
import { createSigner } from '../lib/dcc/trust/signer';
import { createTrustList, type TrustList } from '../lib/dcc/trust/trust-list';
import type { SignatureAlgorithm } from '../lib/dcc/trust/x509';

interface BenchInput {
  file: string;
  qr: string;
  now: Date;
  trustList: TrustList;
}

const CASES = path.join(__dirname, '../lib/dcc/testdata/cases');

async function findInput(algorithm: SignatureAlgorithm): Promise<BenchInput> {
  for (const file of readdirSync(CASES).filter((name) => name.endsWith('.json')).sort()) {
    const testCase = readTestCase(path.join(CASES, file));
    if (!testCase.prefix || !testCase.certificate || !testCase.clock) continue;
    const signer = await createSigner(base64ToBytes(testCase.certificate)).catch(() => null);
    if (signer?.algorithm !== algorithm) continue;
    const input = { file, qr: testCase.prefix, now: testCase.clock, trustList: createTrustList([signer]) };
    if ((await verifyHc1(input.qr, input)).status === 'verified') return input;
  }
  throw new Error(`no public case verifies with ${algorithm}`);
}

/** Runs `once` sequentially after a warm-up, for `seconds`, and returns runs per second. */
async function measure(once: () => Promise<void>, seconds: number): Promise<number> {
  for (let i = 0; i < 500; i++) await once();
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) await once();
    count += 100;
  }
  return count / ((performance.now() - start) / 1000);
}

function wholeChain(input: BenchInput): () => Promise<void> {
  return async () => {
    const result = await verifyHc1(input.qr, input);
    if (result.status !== 'verified') throw new Error(`${input.file}: ${result.reason}`);
  };
}

/** The WebCrypto signature check alone, for context: it bounds the whole chain. */
function signatureOnly(input: BenchInput): () => Promise<void> {
  const { cose } = decodeHc1(input.qr);
  const [signer] = input.trustList.signers;
  return async () => {
    if (!(await verifyCoseSignature(signer, cose))) throw new Error(`${input.file}: signature`);
  };
}

async function main(): Promise<void> {
  const index = process.argv.indexOf('--seconds');
  const seconds = index > 0 ? Number(process.argv[index + 1]) : 3;
  const figures: Record<string, number> = {};
  for (const algorithm of ['ES256', 'PS256'] as const) {
    const input = await findInput(algorithm);
    const perSecond = await measure(wholeChain(input), seconds);
    const signatureRate = await measure(signatureOnly(input), seconds);
    console.log(`${algorithm}: ${perSecond.toFixed(0)} verifications/s (${input.file}, ${seconds} s, sequential)`);
    console.log(`${algorithm}: signature check alone ${signatureRate.toFixed(0)}/s`);
    figures[`${algorithm.toLowerCase()}_per_s`] = Math.round(perSecond);
  }
  console.log(JSON.stringify(figures));
}

void main();
