/** Contact channels, safest first for a first contact. */
import type { ContactChannelSeed } from '../../directory/seed-schema';
import type { ChannelKind } from '../../taxonomy/values';
import { compareStrings } from './model';

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
