import countries from './valuesets/country-2-codes.json';
import diseases from './valuesets/disease-agent-targeted.json';
import testDevices from './valuesets/test-manf-example.json';
import testResults from './valuesets/test-result.json';
import testTypes from './valuesets/test-type.json';
import manufacturers from './valuesets/vaccine-mah-manf.json';
import products from './valuesets/vaccine-medicinal-product.json';
import prophylaxis from './valuesets/vaccine-prophylaxis.json';

interface ValueSet {
  valueSetValues: Record<string, { display: string }>;
}

const SETS = {
  country: countries,
  disease: diseases,
  testDevice: testDevices,
  testResult: testResults,
  testType: testTypes,
  manufacturer: manufacturers,
  product: products,
  prophylaxis,
} satisfies Record<string, ValueSet>;

export type ValueSetName = keyof typeof SETS;

/** The value set's display name for a code, or the code itself when the set does not know it. */
export function displayName(set: ValueSetName, code: string): string {
  const values: ValueSet['valueSetValues'] = SETS[set].valueSetValues;
  return Object.hasOwn(values, code) ? values[code].display : code;
}
