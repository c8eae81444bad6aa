/**
 * Tokens sent by e-mail and the links that carry them.
 *
 * - Single-use tokens (signature and newsletter confirmation, data-rights requests): 32 random bytes; only
 *   their SHA-256 (`hashToken`, src/shared/tokens.ts) is stored, so a copy of the database cannot be used to confirm anything.
 * - Unsubscribe tokens: `<subscription id>.<HMAC>`, derived from DATA_KEY, so every newsletter
 *   can carry a working link without the database keeping a readable token; they stop working
 *   when the subscription is gone.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { badInput } from '../../shared/errors';
import { isUuid } from '../../shared/uuid';

const LINK_INFO = 'protection-atlas/supporters/v1/unsubscribe-hmac-sha256';

export const newToken = () => randomBytes(32).toString('base64url');

/** A token as sent: 43 base64url characters. Anything else is refused before any lookup. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The one answer to a token that is not usable (malformed, unknown, used or expired): it does not say which. */
export const invalidToken = () => badInput('token', 'is invalid, already used or expired');

export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(dataKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), LINK_INFO, 32));
  }

  private mac(id: string): string {
    return createHmac('sha256', this.key).update(`unsubscribe:${id}`, 'utf8').digest('base64url');
  }

  issue(subscriptionId: string): string {
    return `${subscriptionId}.${this.mac(subscriptionId)}`;
  }

  /** The subscription id when the token is genuine, else null. */
  verify(token: string): string | null {
    const [id, mac, extra] = token.split('.');
    if (extra !== undefined || !id || !mac || !isUuid(id)) return null;
    const expected = Buffer.from(this.mac(id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }
}

/** Links go to the front end (PUBLIC_URL), which calls the matching mutation with the token. */
export function supporterLinks(publicUrl: string) {
  const link = (path: string, token: string) => `${publicUrl}${path}?token=${encodeURIComponent(token)}`;
  return {
    confirmSignature: (token: string) => link('/signatures/confirm', token),
    confirmNewsletter: (token: string) => link('/newsletter/confirm', token),
    unsubscribe: (token: string) => link('/newsletter/unsubscribe', token),
    exportData: (token: string) => link('/data-rights/export', token),
    confirmRequest: (token: string) => link('/data-rights/confirm', token),
  };
}
export type SupporterLinks = ReturnType<typeof supporterLinks>;
