/**
 * Per-client limits on the supporters' mutations (signatures, messages, anything that sends
 * an e-mail, anything that takes a token), counted per client key (never logged). Generous
 * enough for a family or an event sharing one address, tight enough to stop floods and
 * mail-bombing through the request forms.
 */
import { UseMiddleware } from 'type-graphql';
import { RateLimit, type RateLimitOptions } from '../../shared/rate-limit';

export const supporterRateLimits = {
  signature: UseMiddleware(RateLimit({ key: 'supporters.signature', points: 60, durationSeconds: 600 })),
  message: UseMiddleware(RateLimit({ key: 'supporters.message', points: 10, durationSeconds: 600 })),
  emailRequest: UseMiddleware(RateLimit({ key: 'supporters.email-request', points: 20, durationSeconds: 600 })),
  token: UseMiddleware(RateLimit({ key: 'supporters.token', points: 30, durationSeconds: 600 })),
};

/**
 * Per recipient, whoever asks: newsletter confirmation mails to one address, from
 * subscribeToNewsletter and signCampaign(newsletter: true) alike. Keyed by the keyed e-mail
 * hash, never the address. Past it, no mail is sent and the answer does not change.
 */
export const NEWSLETTER_MAILS_PER_ADDRESS: RateLimitOptions = { key: 'supporters.newsletter-mail-per-address', points: 3, durationSeconds: 3600 };
