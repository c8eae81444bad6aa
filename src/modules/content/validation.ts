/**
 * Validation of editors' input: the seed schemas' pieces (slug, localized text, sources,
 * demands…) applied to the whole record an edit would produce, so an update is checked
 * exactly like a creation. Problems become BAD_USER_INPUT errors naming the field.
 */
import { z } from 'zod';
import { badInput } from '../../shared/errors';
import { today } from '../../shared/dates';
import { DEFENDER_PROFILES } from '../taxonomy/values';
import { countryCode, isoDate, localizedText, slug } from '../directory/seed-schema';
import { CONSENT_GIVERS } from './content.entity';
import { PAGE_KINDS, PUBLICATION_STATUSES, attackKind, campaignDemand, contentSource, defenderKind } from './seed-schema';

/** Throws BAD_USER_INPUT for the first problem, naming its path in the input (never echoing the value). */
export function validate<T>(schema: z.ZodType<T>, value: unknown, inputNames: Record<string, string> = {}): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.map((p, i) => (i === 0 && typeof p === 'string' ? (inputNames[p] ?? p) : p));
  const field =
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || 'input';
  throw badInput(field.replace(/\.\[/g, '['), issue.message);
}

const text = (max: number) => localizedText.refine((t) => Object.values(t).every((v) => v!.length <= max), `must be at most ${max} characters`);

const published = (r: { status: string; publishedOn?: string | null }, ctx: z.RefinementCtx) => {
  if (r.status === 'PUBLISHED' && !r.publishedOn) ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: 'a PUBLISHED record needs publishedOn' });
};

export const pageRecord = z
  .object({
    slug,
    kind: z.enum(PAGE_KINDS),
    status: z.enum(PUBLICATION_STATUSES),
    publishedOn: isoDate.nullable(),
    campaign: slug.nullable(),
    order: z.number().int().min(0).max(10000),
    title: text(200),
    summary: text(1000).nullable(),
    body: text(100000),
    sources: z.array(contentSource).max(50),
    verifiedOn: isoDate.nullable(),
  })
  .superRefine(published);
export type PageRecord = z.infer<typeof pageRecord>;

export const campaignRecord = z
  .object({
    slug,
    status: z.enum(PUBLICATION_STATUSES),
    publishedOn: isoDate.nullable(),
    title: text(300),
    summary: text(5000),
    callToAction: text(1000),
    addressees: text(1000),
    demands: z.array(campaignDemand).min(1, 'a campaign needs at least one demand').max(20),
    handOver: text(5000),
    defenderKinds: z.array(defenderKind).max(50),
    attackKinds: z.array(attackKind).max(50),
    signatureGoal: z.number().int().positive().nullable(),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    sources: z.array(contentSource).max(50),
    verifiedOn: isoDate.nullable(),
  })
  .superRefine(published)
  .superRefine((c, ctx) => {
    if (c.startsOn && c.endsOn && c.endsOn < c.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsOn is before startsOn' });
    for (const [field, list] of [
      ['demands', c.demands],
      ['defenderKinds', c.defenderKinds],
      ['attackKinds', c.attackKinds],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.slug)) ctx.addIssue({ code: 'custom', path: [field, i, 'slug'], message: 'duplicate slug' });
        seen.add(item.slug);
      });
    }
  });
export type CampaignRecord = z.infer<typeof campaignRecord>;

/**
 * A spotlight never carries private contact data: it has no e-mail or phone field, and its
 * texts are refused when they contain something that looks like an e-mail address or a phone
 * number, so a pasted signature cannot publish one.
 */
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b)\d(?:[\s().-]*\d){8,}/;
export const containsContactData = (value: string) => EMAIL.test(value) || PHONE.test(value);
const NO_CONTACT = 'must not contain an e-mail address or a phone number (spotlights never carry private contact data)';
const publicText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => !containsContactData(v), NO_CONTACT);
const publicLocalized = (max: number) =>
  z
    .object({ en: publicText(max) })
    .catchall(publicText(max))
    .refine((t) => Object.keys(t).every((k) => /^[a-z]{2}$/.test(k)), 'locale keys must be two-letter codes');

export const spotlightRecord = z.object({
  displayName: publicText(120),
  isPseudonym: z.boolean(),
  countryCode,
  focus: publicLocalized(300),
  story: publicLocalized(20000),
  profiles: z.array(z.enum(DEFENDER_PROFILES)).max(10),
});
export type SpotlightRecord = z.infer<typeof spotlightRecord>;

export const consentRecord = z.object({
  givenBy: z.enum(CONSENT_GIVERS),
  givenOn: isoDate.refine((d) => d <= today(), 'must not be in the future'),
  scope: publicText(2000),
});
export type ConsentRecord = z.infer<typeof consentRecord>;
