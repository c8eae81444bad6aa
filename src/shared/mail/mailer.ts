/**
 * Outgoing mail (confirmations, newsletter, data-rights answers) through nodemailer.
 *
 * With SMTP_URL the mail goes to that server. Without it (development, tests, a fresh clone)
 * each message is written as an .eml file to an outbox folder, so nothing leaves the machine
 * and a developer can open what would have been sent.
 *
 * Logs are one line per message with its Message-ID and kind, never the address, the subject
 * or the body: those describe a supporter, and logs travel further than the database.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';

/** The part of a pino logger the mailer uses. */
export interface MailLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface MailerOptions {
  /** smtp:// or smtps:// URL, credentials included; unset means "write to the outbox". */
  smtpUrl?: string;
  outboxDir: string;
  from: string;
  logger: MailLogger;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A label safe to log, such as "newsletter-confirmation"; the subject itself is never logged. */
  kind?: string;
}

export interface SentMail {
  messageId: string;
  delivery: 'smtp' | 'outbox';
  /** The .eml file written, in outbox mode. */
  file?: string;
}

export interface Mailer {
  readonly delivery: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<SentMail>;
  /**
   * Deletes the outbox files addressed to a recipient `isRecipient` accepts (erasure: the
   * person's mails are personal data too); returns how many. Nothing is held with SMTP.
   */
  deleteOutboxMails(isRecipient: (address: string) => boolean): Promise<number>;
  close(): void;
}

/**
 * Thrown when delivery fails. It carries only the SMTP codes: the original error's message
 * often quotes the recipient ("550 <someone@example.org> unknown"), so it is not kept.
 */
export class MailDeliveryError extends Error {
  constructor(
    readonly kind: string,
    readonly code?: string,
    readonly responseCode?: number,
  ) {
    super(`mail "${kind}" could not be delivered${code ? ` (${code}${responseCode ? ` ${responseCode}` : ''})` : ''}`);
    this.name = 'MailDeliveryError';
  }
}

/** Sortable and unique: `2026-11-21T19-20-00-000Z-<12 hex>.eml`. */
function outboxFileName(now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(6).toString('hex')}.eml`;
}

function safeKind(kind: string | undefined): string {
  // Kinds come from code, but a caller could pass user text by mistake: keep it label-shaped.
  return kind && /^[A-Za-z0-9_.-]{1,64}$/.test(kind) ? kind : 'unspecified';
}

export function createMailer(options: MailerOptions): Mailer {
  const { smtpUrl, outboxDir, from, logger } = options;
  const delivery = smtpUrl ? 'smtp' : 'outbox';
  // nodemailer's own logger stays off: at debug level it prints envelopes and content.
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  async function send(mail: OutgoingMail): Promise<SentMail> {
    const kind = safeKind(mail.kind);
    let info: { messageId: string; message?: unknown };
    try {
      info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (error) {
      const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
      const failure = new MailDeliveryError(kind, typeof code === 'string' ? code : undefined, typeof responseCode === 'number' ? responseCode : undefined);
      logger.warn({ kind, delivery, code: failure.code, responseCode: failure.responseCode }, 'mail not sent');
      throw failure;
    }

    if (delivery === 'smtp') {
      logger.info({ messageId: info.messageId, kind, delivery }, 'mail sent');
      return { messageId: info.messageId, delivery };
    }

    await mkdir(outboxDir, { recursive: true, mode: 0o700 });
    const file = join(outboxDir, outboxFileName(new Date()));
    // Owner-only: the file holds a supporter's address and message.
    await writeFile(file, info.message as Buffer, { mode: 0o600, flag: 'wx' });
    logger.info({ messageId: info.messageId, kind, delivery, file }, 'mail written to outbox');
    return { messageId: info.messageId, delivery, file };
  }

  async function deleteOutboxMails(isRecipient: (address: string) => boolean): Promise<number> {
    if (delivery !== 'outbox') return 0;
    const names = await readdir(outboxDir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw err;
    });
    let deleted = 0;
    for (const name of names.filter((n) => n.endsWith('.eml'))) {
      const file = join(outboxDir, name);
      const text = await readFile(file, 'utf8').catch(() => null); // gone meanwhile
      if (text === null || !recipientsOf(text).some(isRecipient)) continue;
      await unlink(file).catch(() => undefined);
      deleted++;
    }
    if (deleted > 0) logger.info({ deleted, delivery }, 'outbox mails deleted');
    return deleted;
  }

  return { delivery, send, deleteOutboxMails, close: () => transport.close() };
}

/** The addresses in the To, Cc and Bcc headers of a message as nodemailer writes it. */
function recipientsOf(eml: string): string[] {
  const head = eml.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' '); // unfolded
  return head
    .split(/\r?\n/)
    .filter((line) => /^(to|cc|bcc):/i.test(line))
    .flatMap((line) => addressparser(line.slice(line.indexOf(':') + 1), { flatten: true }).map((a) => a.address));
}
