/** A real SMTP server on a free local port that keeps every message it accepts (parsed with mailparser). */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  mail: ParsedMail;
}

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Waits for the next mail to `to` (case-insensitive) that matches, not counting those already taken. */
  next(to: string, match?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** All mails so far to an address. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const forAddress = (address: string) => received.filter((m) => m.to.includes(address.trim().toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: forAddress,
    async next(to, match = () => true, timeoutMs = 10_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        const found = forAddress(to).find((m) => !taken.has(m) && match(m));
        if (found) {
          taken.add(found);
          return found;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no mail arrived in ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first link in a mail whose path ends with `path` (e.g. "/data-rights/export"). */
export function tokenFrom(mail: ReceivedMail, path: string): string {
  const link = mail.text.split(/\s+/).find((w) => w.includes(`${path}?token=`));
  if (!link) throw new Error(`no ${path} link in the mail`);
  return decodeURIComponent(new URL(link).searchParams.get('token') ?? '');
}
