import 'server-only';
import { z } from 'zod';
import { checkInputSchema } from './check-schema';

/**
 * The check schema compiled by zod (`z.compile`) into one generated function, tried first; an item
 * it does not accept goes through the schema's own parser, which alone words refusals. Zod's
 * parser was about a tenth of the server's time per ingested check; the compiled one takes about
 * a third of that. Server only: the browser bundles (whose CSP forbids `new Function`, and whose
 * size is budgeted) keep the plain schema. parse-check.test.ts holds both to the same answers.
 */
export const parseCheck = z.compile(checkInputSchema);
