import { afterAll, beforeAll } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A real SMTP server in the test process (port 0), with SMTP_URL pointing at it. Received mail is
 * parsed; `failNext(code, text)` makes the next MAIL FROM answer with that reply.
 */
export function useSmtpServer() {
  const received: ParsedMail[] = [];
  const failures: { code: number; text: string }[] = [];
  let server: SMTPServer;
  let previous: string | undefined;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onMailFrom(_address, _session, callback) {
        const failure = failures.shift();
        if (!failure) return callback();
        callback(Object.assign(new Error(failure.text), { responseCode: failure.code }));
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    previous = process.env.SMTP_URL;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previous;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    received,
    failNext: (code: number, text: string) => failures.push({ code, text }),
    clear: () => {
      received.length = 0;
      failures.length = 0;
    },
  };
}
