import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

// SMTP_URL (e.g. smtps://user:pass@mail.example.vn:465) turns e-mail on; without it the portal
// works as before (links to copy by hand) and the pages say "e-mail đang tắt".
export function mailEnabled(): boolean {
  return !!process.env.SMTP_URL?.trim();
}

export const DEFAULT_MAIL_FROM = 'Sở TT&TT Quảng Ngãi <no-reply@localhost>';

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}

const positive = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n >= 0 && process.env[name] !== '' && process.env[name] !== undefined ? n : fallback;
};

/** Retries of a temporary failure (4xx, connection): attempts in all, and the first wait. */
export const mailRetryPolicy = () => ({
  maxAttempts: Math.max(1, Math.floor(positive('MAIL_MAX_ATTEMPTS', 8))),
  baseDelayMs: positive('MAIL_RETRY_BASE_S', 60) * 1000,
  maxDelayMs: 6 * 3_600_000,
});

export const MAIL_POLL_MS = () => positive('MAIL_POLL_S', 15) * 1000;

/** A letter file rides along as an attachment only when it is a PDF this small. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const store = globalThis as typeof globalThis & { __qnMail?: { url: string; transport: Transporter } };

export function mailTransport(): Transporter {
  const url = process.env.SMTP_URL?.trim();
  if (!url) throw new Error('SMTP_URL is not set');
  if (store.__qnMail?.url !== url) {
    store.__qnMail?.transport.close();
    store.__qnMail = { url, transport: nodemailer.createTransport(url) };
  }
  return store.__qnMail.transport;
}
