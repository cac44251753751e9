import { base64ToBytes } from '../bytes';
import { certificateTypes } from '../entries';
import { keyUsageAllows } from '../key-usage';
import { validateHcertSchema } from '../schema';
import { createSigner } from '../trust/signer';
import { createTrustList } from '../trust/trust-list';
import { readCertificate } from '../trust/x509';
import { checkValidityWindow } from '../validity';
import { findVerifyingSigner } from '../verify-signer';
import type { TestCase } from './case-file';
import { failed, passed, untestable, type CheckOutcome } from './outcome';
import { signedObjectSource } from './signed-object';

export function checkValidObject({ json }: TestCase): CheckOutcome {
  if (!json) return untestable('file has no JSON');
  const result = validateHcertSchema(json as never);
  return result.valid ? passed(`JSON valid against schema ${result.version}`) : failed(result.error ?? 'invalid');
}

export function checkSchemaValidation(testCase: TestCase): CheckOutcome {
  const source = signedObjectSource(testCase);
  if (!source) return untestable('file lacks COSE and PREFIX');
  const result = validateHcertSchema(source().claims.hcert);
  return result.valid ? passed(`payload valid against schema ${result.version}`) : failed(result.error ?? 'invalid');
}

export async function checkVerify(testCase: TestCase): Promise<CheckOutcome> {
  const source = signedObjectSource(testCase);
  if (!source || !testCase.certificate) return untestable('file lacks COSE/PREFIX or CERTIFICATE');
  const { cose } = source();
  const signer = await createSigner(base64ToBytes(testCase.certificate));
  await findVerifyingSigner(cose, createTrustList([signer]));
  return passed(`${signer.algorithm} signature verifies with kid ${signer.kid}`);
}

export function checkExpiration(testCase: TestCase): CheckOutcome {
  const source = signedObjectSource(testCase);
  if (!source || !testCase.clock) return untestable('file lacks COSE/PREFIX or a validation clock');
  const { claims } = source();
  checkValidityWindow(claims, testCase.clock);
  return passed(`valid at ${testCase.clock.toISOString()} (iat ${claims.issuedAt.toISOString()}, exp ${claims.expiresAt.toISOString()})`);
}

export function checkKeyUsage(testCase: TestCase): CheckOutcome {
  const source = signedObjectSource(testCase);
  if (!source || !testCase.certificate) return untestable('file lacks COSE/PREFIX or CERTIFICATE');
  const types = certificateTypes(source().claims.hcert);
  const { extendedKeyUsage } = readCertificate(base64ToBytes(testCase.certificate));
  const usage = extendedKeyUsage.join(', ') || 'none';
  return keyUsageAllows(extendedKeyUsage, types)
    ? passed(`EKU ${usage} allows ${types.join('+')}`)
    : failed(`wrong_key_usage: EKU ${usage} does not allow ${types.join('+')}`);
}
