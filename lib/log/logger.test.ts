import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { routeConsoleToLogger } from './route-console';

function memoryLogger() {
  const chunks: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done(); } });
  const logger = createLogger(sink);
  return { logger, text: () => chunks.join(''), lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

const PHONE = '0905123456';
const NAME = 'Lê Thị Thu Hà';

describe('the logger masks personal keys', () => {
  it.each([
    'phone', 'phoneNumber', 'name', 'fullName', 'citizenName', 'citizen_name', 'holderName', 'birthYear', 'birth_year',
    'dateOfBirth', 'idNumber', 'id_number', 'cccd', 'password', 'passwordHash', 'newPassword', 'token', 'posterToken',
    'sessionToken', 'secret', 'hc1', 'HC1', 'qrText', 'username', 'email', 'cookie', 'authorization', 'params', 'parameters', 'detail',
  ])('%s, at the top and nested in arrays', (key) => {
    const { logger, lines, text } = memoryLogger();
    const value = `giá-trị-riêng-${key}`;
    logger.info({ [key]: value, body: { items: [{ [key]: value, kept: 'ok' }] } }, 'thử');
    const [line] = lines();
    expect(line[key]).toBe('[redacted]');
    expect(line.body.items[0]).toEqual({ [key]: '[redacted]', kept: 'ok' });
    expect(text()).not.toContain(value);
  });

  it('masks a whole citizen object, numbers included', () => {
    const { logger, text, lines } = memoryLogger();
    logger.warn({ item: { citizen: { name: NAME, birthYear: 1961, phone: PHONE } } });
    expect(lines()[0].item.citizen).toBe('[redacted]');
    for (const v of [NAME, '1961', PHONE]) expect(text()).not.toContain(v);
  });

  it('keeps what is not personal', () => {
    const { logger, lines } = memoryLogger();
    logger.info({ where: 'maintenance.purge', purged: 12, retentionDays: 21, districtCode: '524' }, 'Đã xoá');
    expect(lines()[0]).toMatchObject({ level: 'info', where: 'maintenance.purge', purged: 12, retentionDays: 21, districtCode: '524', msg: 'Đã xoá' });
  });
});

describe('the logger reduces errors to where, code, message and SQL', () => {
  const SQL = "insert into passages (citizen_name, phone) values ($1, $2) -- 'Lê'";
  const driverError = () => Object.assign(new Error('invalid input syntax for type integer: "Lê Thị Thu Hà"'), {
    name: 'PostgresError', code: '22P02', detail: `Failing row contains (${NAME}, ${PHONE}).`,
    where: `JSON data, line 1: {"citizen_name":"${NAME}"`, query: SQL,
    parameters: [NAME, PHONE], table_name: 'passages', column_name: 'birth_year',
  });

  it('a failed drizzle query: no parameters, no row detail, no quoted value', () => {
    const { logger, lines, text } = memoryLogger();
    const error = new DrizzleQueryError(SQL, [NAME, PHONE], driverError());
    expect(error.message).toContain(PHONE);
    logger.error(error);
    const [line] = lines();
    expect(line).toMatchObject({
      level: 'error',
      msg: 'Failed query',
      err: {
        type: 'DrizzleQueryError', message: 'Failed query', code: '22P02', sql: "insert into passages (citizen_name, phone) values ($1, $2) -- '?'",
        cause: { type: 'PostgresError', code: '22P02', message: 'invalid input syntax for type integer: [redacted]', table: 'passages', column: 'birth_year' },
      },
    });
    expect(line.err.cause.sql).toBeUndefined(); // the same statement, said once
    expect(line.err.stack[0]).toMatch(/^at /);
    for (const v of [NAME, 'Lê', PHONE]) expect(text()).not.toContain(v);
    expect(text().trim().split('\n')).toHaveLength(1);
  });

  it('any error: a message that appends params is cut there, and the rest is scrubbed', () => {
    const { logger, lines, text } = memoryLogger();
    logger.error({ where: 'test', err: new Error(`lookup of 0905 123 456 failed\nparams: ${NAME}`) });
    expect(lines()[0]).toMatchObject({ where: 'test', msg: 'lookup of [redacted-number] failed', err: { type: 'Error', message: 'lookup of [redacted-number] failed' } });
    expect(text()).not.toContain(NAME);
    expect(text()).not.toContain('0905');
  });

  it('a thrown value that is not an Error is redacted like any other value', () => {
    const { logger, lines } = memoryLogger();
    logger.error({ err: { phone: PHONE } });
    logger.error({ err: 'HC1:6BFOXN%TS3DH0YOJ58S' });
    expect(lines()[0].err).toEqual({ phone: '[redacted]' });
    expect(lines()[1].err).toBe('[redacted-hc1]');
  });
});

describe('console.error / console.warn, once routed', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('come out as one redacted JSON line each, with their objects and error', () => {
    const { logger, lines, text } = memoryLogger();
    restore = routeConsoleToLogger(logger);
    console.error('[next-auth][error][CALLBACK]', { username: 'canbo.binhson', password: 'Demo@2021' }, new Error(`user ${PHONE}`));
    console.warn('\u001b[33m⚠\u001b[39m', 'HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL');
    restore();
    const [error, warn] = lines();
    expect(error).toMatchObject({ level: 'error', msg: '[next-auth][error][CALLBACK]', extra: [{ username: '[redacted]', password: '[redacted]' }], err: { message: 'user [redacted-number]' } });
    expect(warn).toMatchObject({ level: 'warn', msg: '⚠ [redacted-hc1]' });
    for (const v of ['canbo.binhson', 'Demo@2021', PHONE, 'NCFOXN']) expect(text()).not.toContain(v);
  });
});
