/**
 * Per-client limits on the supporters' mutations (signatures, messages, anything that sends
 * an e-mail, anything that takes a token). Counted per client key, never logged.
 */
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

// Placeholder until src/shared/rate-limit.ts (RateLimit) lands.
const pass: MiddlewareFn = (_action, next) => next();
const RateLimit = (_options: { key: string; points: number; durationSeconds: number }) => pass;

export const supporterRateLimits = {
  signature: UseMiddleware(RateLimit({ key: 'supporters.signature', points: 60, durationSeconds: 600 })),
  message: UseMiddleware(RateLimit({ key: 'supporters.message', points: 10, durationSeconds: 600 })),
  emailRequest: UseMiddleware(RateLimit({ key: 'supporters.email-request', points: 20, durationSeconds: 600 })),
  token: UseMiddleware(RateLimit({ key: 'supporters.token', points: 30, durationSeconds: 600 })),
};
