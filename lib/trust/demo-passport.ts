/** The settings row that holds the demo's sample passports; it exists only in demo mode. */
export const DEMO_PASSPORTS_KEY = 'demo_passports';

/** One sample vaccine passport of the demo: what it is, what the officer should see, its QR text. */
export interface DemoPassport {
  slug: string;
  label: string;
  /** The verdict the console shows for it, in the officer's words. */
  expectation: string;
  hc1: string;
}
