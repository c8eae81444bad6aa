/**
 * Shape of the content seeds, validated on load:
 * - `seeds/content/pages/<slug>.md` (English, full front matter) and `<slug>.<locale>.md`
 *   (a translation: title and summary in front matter, the Markdown body below it);
 * - `seeds/content/campaigns.yaml`.
 * Bodies stay Markdown: the API returns them as written and clients render them.
 */
import { z } from 'zod';
import { DEFENDER_PROFILES, RISK_TYPES } from '../taxonomy/values';
import { httpsUrl, isoDate, localizedText, slug } from '../directory/seed-schema';

export const PAGE_KINDS = [
  'ABOUT', // what the campaign is and who runs it
  'WHO_IS_A_DEFENDER',
  'WHY_PROTECTION', // the threats defenders face and why they need support
  'TAKE_ACTION', // sign, send solidarity, subscribe
  'GENERIC',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PUBLICATION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/**
 * Where a text comes from. Unlike directory records, campaign documents were received as
 * files, so the URL is optional: a source without one names the document in its title.
 */
export const contentSource = z.object({ url: httpsUrl.optional(), title: z.string().min(1) }).strict();
export type ContentSource = z.infer<typeof contentSource>;

const provenance = {
  sources: z.array(contentSource).min(1, 'every record needs at least one source'),
  verifiedOn: isoDate,
};

/** A published record needs its publication date; a draft may have none yet. */
function publishedHasDate(record: { status: PublicationStatus; publishedOn?: string }, ctx: z.RefinementCtx) {
  if (record.status === 'PUBLISHED' && !record.publishedOn) {
    ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: 'a PUBLISHED record needs publishedOn' });
  }
}

/** Front matter of the English file `<slug>.md`: everything about the page but the body. */
export const pageFrontMatter = z
  .object({
    slug,
    kind: z.enum(PAGE_KINDS),
    status: z.enum(PUBLICATION_STATUSES).default('DRAFT'),
    publishedOn: isoDate.optional(),
    /** The campaign this page belongs to, if any. */
    campaign: slug.optional(),
    /** Position in navigation, ascending. */
    order: z.number().int().min(0).default(0),
    title: z.string().min(1),
    summary: z.string().min(1).optional(),
    ...provenance,
  })
  .strict()
  .superRefine(publishedHasDate);
export type PageFrontMatter = z.infer<typeof pageFrontMatter>;

/** Front matter of a translation `<slug>.<locale>.md`: only what is written in that language. */
export const pageTranslationFrontMatter = z.object({ title: z.string().min(1), summary: z.string().min(1).optional() }).strict();
export type PageTranslationFrontMatter = z.infer<typeof pageTranslationFrontMatter>;

/** A page with all its languages, as the database stores it. */
export const pageSeed = z
  .object({
    slug,
    kind: z.enum(PAGE_KINDS),
    status: z.enum(PUBLICATION_STATUSES),
    publishedOn: isoDate.optional(),
    campaign: slug.optional(),
    order: z.number().int().min(0),
    title: localizedText,
    summary: localizedText.optional(),
    /** Markdown per locale. */
    body: localizedText,
    ...provenance,
  })
  .strict()
  .superRefine(publishedHasDate);
export type PageSeed = z.infer<typeof pageSeed>;

/** One demand the campaign puts to its addressees. */
export const campaignDemand = z.object({ slug, text: localizedText }).strict();

/** A kind of defender the campaign names, linked to the directory's profiles where one fits. */
export const defenderKind = z.object({ slug, label: localizedText, profiles: z.array(z.enum(DEFENDER_PROFILES)).default([]) }).strict();

/** A kind of attack the campaign names, linked to the directory's risk types where one fits. */
export const attackKind = z.object({ slug, label: localizedText, risks: z.array(z.enum(RISK_TYPES)).default([]) }).strict();

export const campaignSeed = z
  .object({
    slug,
    status: z.enum(PUBLICATION_STATUSES).default('DRAFT'),
    publishedOn: isoDate.optional(),
    title: localizedText,
    summary: localizedText,
    /** The short invitation shown next to the signature form. */
    callToAction: localizedText,
    /** Who the demands are addressed to. */
    addressees: localizedText,
    demands: z.array(campaignDemand).min(1),
    /** What is handed to the addressees, and what never is. */
    handOver: localizedText,
    defenderKinds: z.array(defenderKind).default([]),
    attackKinds: z.array(attackKind).default([]),
    /** Only when a source states a target; absent means no goal is claimed. */
    signatureGoal: z.number().int().positive().optional(),
    /** Signing is open from startsOn to endsOn inclusive; an absent bound is open-ended. */
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    ...provenance,
  })
  .strict()
  .superRefine(publishedHasDate)
  .superRefine((c, ctx) => {
    if (c.startsOn && c.endsOn && c.endsOn < c.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsOn is before startsOn' });
    }
    for (const [field, list] of [
      ['demands', c.demands],
      ['defenderKinds', c.defenderKinds],
      ['attackKinds', c.attackKinds],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.slug)) ctx.addIssue({ code: 'custom', path: [field, i, 'slug'], message: `duplicate slug "${item.slug}"` });
        seen.add(item.slug);
      });
    }
  });
export type CampaignSeed = z.infer<typeof campaignSeed>;

export const campaignsSeedFile = z.object({ campaigns: z.array(campaignSeed).default([]) }).strict();
export type CampaignsSeedFile = z.infer<typeof campaignsSeedFile>;
