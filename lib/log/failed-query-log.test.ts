import util from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { useTestDatabase } from '@/lib/testing/db';
import { makeCheckpoint } from '@/lib/testing/factories';
import { captureOutput } from '@/lib/testing/capture-output';
import { citizenCheck, makePosterToken } from '@/lib/passages/test-helpers';
import { prepareChecks } from '@/lib/passages/prepare-check';
import { writePassages } from '@/lib/passages/write-passages';
import { resolvePosterToken } from '@/lib/posters/resolve';
import { describeError } from '@/lib/actions/describe-error';
import { POST } from '@/app/api/checks/route';
import { routeConsoleToLogger } from './route-console';

// The failure of issue 11 (finding 6): a check-in whose name holds a NUL byte fails in the
// database, and the failed query (with the citizen's name, birth year and phone) reached the log.
useTestDatabase();

const NAME = 'Trần Thị Bích\u0000Ngọc';
const citizen = { name: NAME, birthYear: 1957, phone: '0905 123 456', idNumber: '079083012345' };
const PERSONAL = ['Trần Thị Bích', 'Ngọc', '0905 123 456', '0905123456', '905123456', '079083012345', '\\u0000', '\u0000'];

let output: ReturnType<typeof captureOutput> | undefined;
afterEach(() => output?.restore());

/** The captured lines, each field but stack frames (code locations, whose column numbers may hold any 4 digits). */
function loggedText(lines: Record<string, unknown>[]): string {
  return JSON.stringify(lines, (key, value) => (key === 'stack' ? undefined : value));
}

function expectNothingPersonal(lines: Record<string, unknown>[]) {
  const all = JSON.stringify(lines);
  for (const value of PERSONAL) expect(all).not.toContain(value);
  expect(loggedText(lines)).not.toContain('1957');
}

describe('a failed query with personal fields', () => {
  it('is logged as where, code, message and SQL text, and none of the values', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    const env = { receivedAt: new Date(), actor: async () => null, resolvePoster: resolvePosterToken };
    const [prepared] = await prepareChecks([citizenCheck(token, { citizen: { ...citizen, name: 'Trần Thị Bích Ngọc' } })], env);
    if (prepared.kind !== 'write') throw new Error(`expected a writable check, got ${prepared.kind}`);
    // Below validation on purpose: this test is about what a database failure leaves in the log.
    const error = await writePassages(getDb(), [{ ...prepared.row, citizenName: NAME }]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // What console.error printed before: the whole query with its values.
    const raw = util.inspect(error, { depth: 5 });
    expect(raw).toContain('Trần Thị Bích');
    expect(raw).toContain(prepared.row.phone!);

    output = captureOutput();
    expect(describeError(error, 'POST /api/checks').status).toBe(500);
    const restoreConsole = routeConsoleToLogger();
    console.error('⨯', error); // as Next prints an error that escapes a page or route
    restoreConsole();
    const lines = output.lines();
    output.restore();

    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ level: 'error', err: { type: 'DrizzleQueryError', code: '22P05', message: 'Failed query', cause: { code: '22P05' } } });
      expect((line.err as { sql: string }).sql).toMatch(/^with stored as \( insert into passages .*jsonb_array_elements\(\$1::text::jsonb\)/);
    }
    expect(lines[0]).toMatchObject({ where: 'POST /api/checks', msg: 'Failed query' });
    expect(lines[1]).toMatchObject({ msg: 'Failed query' });
    expectNothingPersonal(lines);
  });

  it('POST /api/checks with a NUL byte in the name leaves nothing personal in the log', async () => {
    const token = await makePosterToken((await makeCheckpoint('524')).id);
    output = captureOutput();
    const res = await POST(
      new Request('http://localhost/api/checks', { method: 'POST', body: JSON.stringify(citizenCheck(token, { citizen })), headers: { 'content-type': 'application/json' } }),
      { params: Promise.resolve({}) },
    );
    const lines = output.lines();
    output.restore();
    expect(res.status).toBeGreaterThanOrEqual(400); // refused (400) once validated, 500 while it reaches the database
    expect(JSON.stringify(await res.json())).not.toContain('0905');
    expectNothingPersonal(lines);
  });
});
