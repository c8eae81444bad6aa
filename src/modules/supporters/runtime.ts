/** What the supporters' services need from the configuration: cipher, link tokens, mailer, links, logger. */
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { dataKeyOf, type Config } from '../../config';
import type { Logger } from '../../logger';
import { createMailer, type Mailer } from '../../shared/mail/mailer';
import { createPersonalDataCipher, type PersonalDataCipher } from './crypto';
import { UnsubscribeTokens, supporterLinks, type SupporterLinks } from './links';

export interface SupportersRuntime {
  cipher: PersonalDataCipher;
  unsubscribeTokens: UnsubscribeTokens;
  mailer: Mailer;
  links: SupporterLinks;
  logger: Logger;
}

type RuntimeConfig = Pick<Config, 'DATA_KEY' | 'isProduction' | 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'dataDir'>;

/** `<DATA_DIR>/outbox`, or a per-process temporary folder when the database is in memory. */
export function outboxDirOf(config: Pick<Config, 'dataDir'>): string {
  return config.dataDir ? path.join(config.dataDir, 'outbox') : path.join(os.tmpdir(), `protection-atlas-outbox-${process.pid}`);
}

export function createSupportersRuntime(config: RuntimeConfig, logger: Logger): SupportersRuntime {
  const { key, devDefault } = dataKeyOf(config);
  if (devDefault) {
    logger.warn(
      'DATA_KEY is not set: supporters’ data is encrypted with the PUBLIC DEVELOPMENT KEY. Never use this outside development; set DATA_KEY (openssl rand -base64 32).',
    );
  }
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, outboxDir: outboxDirOf(config), from: config.MAIL_FROM, logger });
  return {
    cipher: createPersonalDataCipher(key),
    unsubscribeTokens: new UnsubscribeTokens(key),
    mailer,
    links: supporterLinks(config.PUBLIC_URL),
    logger,
  };
}

/** For code that builds Services without a configuration (scripts): development key, outbox in a temp folder, no logs. */
export function offlineSupportersRuntime(): SupportersRuntime {
  return createSupportersRuntime(
    { isProduction: false, MAIL_FROM: 'Protection Atlas <no-reply@localhost>', PUBLIC_URL: 'http://127.0.0.1:4000', dataDir: null },
    pino({ level: 'silent' }),
  );
}
