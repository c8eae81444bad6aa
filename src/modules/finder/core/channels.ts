/** Contact channels, safest first for a first contact. */
import type { ContactChannelSeed } from '../../directory/seed-schema';
import type { ChannelKind } from '../../taxonomy/values';
import { compareStrings } from './model';
import type { ChannelView } from './types';

/** Channel kinds from safest to least safe for a first contact. A HOTLINE open 24/7 ranks with the first. */
const CHANNEL_TIER: Record<ChannelKind, number> = {
  SECURE_WEB_FORM: 0,
  SECURE_EMAIL: 0,
  HOTLINE: 1, // 0 when available247
  MESSAGING_APP: 1,
  WEB_FORM: 2,
  EMAIL: 2,
  PHONE: 2,
  POSTAL: 3,
  WEBSITE: 3,
  IN_PERSON: 4,
};
const CHANNEL_ORDER: Record<ChannelKind, number> = {
  SECURE_WEB_FORM: 0,
  SECURE_EMAIL: 1,
  HOTLINE: 2,
  MESSAGING_APP: 3,
  WEB_FORM: 4,
  EMAIL: 5,
  PHONE: 6,
  POSTAL: 7,
  WEBSITE: 8,
  IN_PERSON: 9,
};

export function channelTier(c: ContactChannelSeed): number {
  return c.kind === 'HOTLINE' && c.available247 ? 0 : CHANNEL_TIER[c.kind];
}

/** Safest first: tier, confirmed before unconfirmed, kind, value; stable otherwise. */
export function sortChannels(channels: readonly ContactChannelSeed[]): ContactChannelSeed[] {
  return channels
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        channelTier(a.c) - channelTier(b.c) ||
        Number(b.c.confirmed) - Number(a.c.confirmed) ||
        CHANNEL_ORDER[a.c.kind] - CHANNEL_ORDER[b.c.kind] ||
        compareStrings(a.c.value ?? '', b.c.value ?? '') ||
        a.i - b.i,
    )
    .map((x) => x.c);
}

/** What identifies a contact across records: the digits of a number, an address, a form URL. */
export function contactKey(ch: ChannelView): string | null {
  if (!ch.confirmed || !ch.value) return null;
  switch (ch.kind) {
    case 'HOTLINE':
    case 'PHONE':
    case 'MESSAGING_APP':
      // "+353 (0)1 21 00 489" and "+353 1 21 00 489" are one number.
      return `tel:${ch.value.replace(/\(0\)/g, '').replace(/\D/g, '')}`;
    case 'EMAIL':
    case 'SECURE_EMAIL':
      return `mail:${ch.value.trim().toLowerCase()}`;
    case 'WEB_FORM':
    case 'SECURE_WEB_FORM':
      return `form:${ch.value.trim().toLowerCase().replace(/\/+$/, '')}`;
    default:
      return null; // a website, an office or a postal address says nothing about who answers
  }
}

/** Under surveillance: encrypted first, messaging apps, written, phones, then what is seen or slow. */
const WATCHED_TIER: Record<ChannelKind, number> = {
  SECURE_WEB_FORM: 0,
  SECURE_EMAIL: 0,
  MESSAGING_APP: 1,
  WEB_FORM: 2,
  EMAIL: 3,
  HOTLINE: 4,
  PHONE: 4,
  POSTAL: 5,
  WEBSITE: 5,
  IN_PERSON: 6,
};

/**
 * The order for a defender under surveillance or digital attack (a monitored line is the
 * risk): encrypted channels first, phones after written ones; confirmed first in a tier, else
 * the safest-first order.
 */
export function watchedOrder(channels: readonly ChannelView[]): ChannelView[] {
  return channels
    .map((ch, i) => ({ ch, i }))
    .sort((a, b) => WATCHED_TIER[a.ch.kind] - WATCHED_TIER[b.ch.kind] || Number(b.ch.confirmed) - Number(a.ch.confirmed) || a.i - b.i)
    .map((x) => x.ch);
}
