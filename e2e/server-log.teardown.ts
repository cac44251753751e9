import fs from 'node:fs';
import { findPersonalData } from './support/personal-data';
import { serverLogPath } from './support/server-log';

/**
 * The last e2e check (Playwright's global teardown, after every spec, failed or not): the
 * production server's whole output during the run holds none of the personal data the specs
 * sent it. A missing or empty log fails too, so the check cannot pass by not looking.
 */
export default async function checkServerLog() {
  const file = serverLogPath();
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (!/Ready (in|on)\b/.test(text)) throw new Error(`The e2e server log ${file} is missing or did not capture the server's output.`);
  const hits = findPersonalData(text);
  if (hits.length) {
    throw new Error(`The e2e server log ${file} holds personal data from the e2e fixtures (${hits.length}):\n${hits.slice(0, 30).join('\n')}`);
  }
  console.log(`Server log checked: ${text.split('\n').length} lines, no fixture personal data (${file}).`);
}
