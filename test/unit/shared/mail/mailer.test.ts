import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createMailer, MailDeliveryError, type MailLogger } from '../../../../src/shared/mail/mailer';

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
async function startSmtpServer(options: { rejectRecipient?: string } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === options.rejectRecipient) {
        const error = Object.assign(new Error(`<${address.address}>: mailbox unavailable`), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function captureLogger() {
  const lines: Array<{ level: 'info' | 'warn'; obj: object; msg: string }> = [];
  const logger: MailLogger = {
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
  };
  // Lower-cased so a secret cannot hide behind a change of case.
  return { logger, lines, text: () => JSON.stringify(lines).toLowerCase() };
}

const mail = {
  to: 'Ana.Defender@Example.org',
  subject: 'Please confirm your subscription, Ana',
  text: 'Hello Ana, follow this link to confirm: https://campaign.example/confirm/tok-123456',
  html: '<p>Hello Ana, <a href="https://campaign.example/confirm/tok-123456">confirm</a></p>',
  kind: 'newsletter-confirmation',
};

/** Things that identify the supporter or the message; none may appear in a log line. */
const secrets = ['ana.defender', 'hello ana', 'tok-123456', mail.subject.toLowerCase()];

describe('createMailer with SMTP_URL', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    smtp = await startSmtpServer({ rejectRecipient: 'blocked@example.org' });
  });
  afterEach(() => smtp.close());

  it('delivers the message over SMTP with its sender, subject, text and HTML', async () => {
    const log = captureLogger();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'Campaign <noreply@campaign.example>', logger: log.logger });
    const sent = await mailer.send(mail);
    mailer.close();

    expect(mailer.delivery).toBe('smtp');
    expect(sent.delivery).toBe('smtp');
    expect(smtp.received).toHaveLength(1);
    const [{ envelopeTo, mail: got }] = smtp.received;
    // nodemailer lower-cases the domain part; the mailbox is the same.
    expect(envelopeTo.map((a) => a.toLowerCase())).toEqual([mail.to.toLowerCase()]);
    expect(got.from?.value[0].address).toBe('noreply@campaign.example');
    expect(got.subject).toBe(mail.subject);
    expect(got.text?.trim()).toBe(mail.text);
    expect(got.html).toContain('tok-123456');
    expect(got.messageId).toBe(sent.messageId);
  });

  it('logs one line with the message id and kind, and neither address, subject nor body', async () => {
    const log = captureLogger();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'noreply@campaign.example', logger: log.logger });
    const sent = await mailer.send(mail);
    mailer.close();

    expect(log.lines).toEqual([{ level: 'info', obj: { messageId: sent.messageId, kind: 'newsletter-confirmation', delivery: 'smtp' }, msg: 'mail sent' }]);
    for (const secret of secrets) expect(log.text()).not.toContain(secret);
  });

  it('turns a rejected recipient into an error and a log line that do not quote the address', async () => {
    const log = captureLogger();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'noreply@campaign.example', logger: log.logger });
    const failure = await mailer.send({ ...mail, to: 'blocked@example.org' }).catch((e: unknown) => e);
    mailer.close();

    expect(failure).toBeInstanceOf(MailDeliveryError);
    expect((failure as MailDeliveryError).responseCode).toBe(550);
    expect(String(failure)).not.toContain('blocked@example.org');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0].level).toBe('warn');
    expect(log.text()).not.toContain('blocked@example.org');
    expect(smtp.received).toHaveLength(0);
  });

  it('replaces a kind that is not label-shaped, in case user text is passed by mistake', async () => {
    const log = captureLogger();
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: '/nonexistent', from: 'noreply@campaign.example', logger: log.logger });
    await mailer.send({ ...mail, kind: 'for ana.defender@example.org' });
    mailer.close();
    expect(log.lines[0].obj).toMatchObject({ kind: 'unspecified' });
  });
});

describe('createMailer without SMTP_URL (outbox)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mailer-test-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes each message as a readable .eml file into a folder it creates', async () => {
    const log = captureLogger();
    const outboxDir = join(dir, 'deep', 'outbox');
    const mailer = createMailer({ outboxDir, from: 'noreply@campaign.example', logger: log.logger });
    const first = await mailer.send(mail);
    const second = await mailer.send({ ...mail, subject: 'Second' });

    expect(mailer.delivery).toBe('outbox');
    const files = (await readdir(outboxDir)).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{12}\.eml$/);
    expect([first.file, second.file].sort()).toEqual(files.map((f) => join(outboxDir, f)));

    const parsed = await simpleParser(await readFile(first.file!));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0].address?.toLowerCase() : undefined).toBe(mail.to.toLowerCase());
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.text?.trim()).toBe(mail.text);
    expect(parsed.messageId).toBe(first.messageId);
    // Only the owner may read a file holding a supporter's address.
    expect((await stat(first.file!)).mode & 0o077).toBe(0);
  });

  it('logs the message id and kind but never the address, subject or body', async () => {
    const log = captureLogger();
    const mailer = createMailer({ outboxDir: dir, from: 'noreply@campaign.example', logger: log.logger });
    const sent = await mailer.send(mail);

    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({
      level: 'info',
      msg: 'mail written to outbox',
      obj: { messageId: sent.messageId, kind: mail.kind, delivery: 'outbox' },
    });
    for (const secret of secrets) expect(log.text()).not.toContain(secret);
  });
});
