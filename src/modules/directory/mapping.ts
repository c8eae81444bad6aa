/**
 * Seed shapes <-> table rows, both ways, with no I/O. `toSeed(toRows(x))` equals `x` (after the
 * seed schema's defaults), which makes the seeder's "unchanged?" check and the finder's
 * snapshot exact. A programme is both a record and an offer: its offer fields live in one
 * offer row with the programme's slug.
 */
import type { LocalizedText } from '../taxonomy/localized';
import type { DirectoryRecordRow, OfferRow, ContactChannelRow, RecordKind } from './directory.entity';
import type { ContactChannelSeed, MechanismSeed, OrganizationSeed, ProgrammeSeed, StatePolicySeed, SupportServiceSeed } from './seed-schema';

export type RecordSeed =
  | { kind: 'ORGANIZATION'; seed: OrganizationSeed }
  | { kind: 'STATE_POLICY'; seed: StatePolicySeed }
  | { kind: 'MECHANISM'; seed: MechanismSeed }
  | { kind: 'PROGRAMME'; seed: ProgrammeSeed };

export type RecordValues = Omit<DirectoryRecordRow, 'id' | 'archivedAt' | 'createdAt' | 'updatedAt'>;
export type OfferValues = Omit<OfferRow, 'id' | 'recordId'>;
export type ChannelValues = Omit<ContactChannelRow, 'id' | 'recordId'>;

export interface RecordRows {
  record: RecordValues;
  offers: OfferValues[];
  channels: ChannelValues[];
}

/** Drops undefined keys, so optional seed fields are absent rather than undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const text = (t: LocalizedText | null | undefined) => t ?? undefined;

function offerValues(o: SupportServiceSeed, position: number): OfferValues {
  return {
    position,
    slug: o.slug,
    kind: o.kind,
    name: o.name,
    description: o.description,
    risks: o.risks,
    profiles: o.profiles,
    coverage: o.coverage ?? null,
    eligibility: o.eligibility,
    speed: o.speed,
    responseTimeNote: o.responseTimeNote ?? null,
    requirements: o.requirements,
    steps: o.steps,
    caveats: o.caveats,
    status: o.status,
    alert: o.alert ?? null,
  };
}

function channelValues(c: ContactChannelSeed, position: number): ChannelValues {
  return {
    position,
    kind: c.kind,
    value: c.value ?? null,
    label: c.label ?? null,
    languages: c.languages,
    hours: c.hours ?? null,
    available247: c.available247,
    safetyNote: c.safetyNote ?? null,
    confirmed: c.confirmed,
  };
}

const EMPTY = { acronym: null, website: null, languages: [], coverage: null, eligibility: [], caveats: [], system: null, issuer: null, subkind: null };

export function toRows(input: RecordSeed): RecordRows {
  const { seed } = input;
  const common = { slug: seed.slug, status: seed.status, alert: seed.alert ?? null, sources: seed.sources, verifiedOn: seed.verifiedOn };
  const channels = seed.contactChannels.map(channelValues);
  switch (input.kind) {
    case 'ORGANIZATION': {
      const s = input.seed;
      return {
        record: {
          ...EMPTY,
          ...common,
          kind: 'ORGANIZATION',
          name: s.name,
          summary: s.summary,
          acronym: s.acronym ?? null,
          website: s.website ?? null,
          languages: s.languages,
          coverage: s.coverage,
          details: compact({ headquarters: s.headquarters }),
        },
        offers: s.services.map(offerValues),
        channels,
      };
    }
    case 'STATE_POLICY': {
      const s = input.seed;
      return {
        record: {
          ...EMPTY,
          ...common,
          kind: 'STATE_POLICY',
          name: s.title,
          summary: s.summary,
          coverage: s.coverage,
          eligibility: s.eligibility,
          caveats: s.caveats,
          issuer: s.issuer,
          details: compact({ year: s.year, documentUrl: s.documentUrl }),
        },
        offers: s.commitments.map(offerValues),
        channels,
      };
    }
    case 'MECHANISM': {
      const s = input.seed;
      return {
        record: {
          ...EMPTY,
          ...common,
          kind: 'MECHANISM',
          name: s.name,
          summary: s.summary,
          acronym: s.acronym ?? null,
          website: s.website ?? null,
          eligibility: s.eligibility,
          system: s.system,
          subkind: s.kind,
          details: {},
        },
        offers: s.procedures.map(offerValues),
        channels,
      };
    }
    case 'PROGRAMME': {
      const s = input.seed;
      return {
        record: {
          ...EMPTY,
          ...common,
          kind: 'PROGRAMME',
          name: s.name,
          // A copy of the offer's description, so every kind has a summary to list and search.
          summary: s.description,
          website: s.website ?? null,
          subkind: s.programmeKind,
          details: compact({ host: s.host, duration: s.duration, whoMayApply: s.whoMayApply, application: s.application }),
        },
        offers: [offerValues(s, 0)],
        channels,
      };
    }
  }
}

export function offerSeed(o: OfferValues): SupportServiceSeed {
  return compact({
    slug: o.slug,
    kind: o.kind,
    name: o.name,
    description: o.description,
    risks: o.risks,
    profiles: o.profiles,
    coverage: o.coverage ?? undefined,
    eligibility: o.eligibility,
    speed: o.speed,
    responseTimeNote: text(o.responseTimeNote),
    requirements: o.requirements,
    steps: o.steps,
    caveats: o.caveats,
    status: o.status,
    alert: text(o.alert),
  }) as SupportServiceSeed;
}

export function channelSeed(c: ChannelValues): ContactChannelSeed {
  return compact({
    kind: c.kind,
    value: c.value ?? undefined,
    label: text(c.label),
    languages: c.languages,
    hours: c.hours ?? undefined,
    available247: c.available247,
    safetyNote: text(c.safetyNote),
    confirmed: c.confirmed,
  }) as ContactChannelSeed;
}

/** Rebuilds the seed shape from a record's rows (offers and channels in any order). */
export function toSeed(rows: RecordRows): RecordSeed {
  const { record: r } = rows;
  const offers = [...rows.offers].sort((a, b) => a.position - b.position);
  const contactChannels = [...rows.channels].sort((a, b) => a.position - b.position).map(channelSeed);
  const common = compact({ slug: r.slug, status: r.status, alert: text(r.alert), sources: r.sources, verifiedOn: r.verifiedOn });
  const d = r.details;
  switch (r.kind) {
    case 'ORGANIZATION':
      return {
        kind: r.kind,
        seed: compact({
          ...common,
          name: r.name,
          acronym: r.acronym ?? undefined,
          summary: r.summary,
          website: r.website ?? undefined,
          headquarters: d.headquarters,
          languages: r.languages,
          coverage: r.coverage!,
          contactChannels,
          services: offers.map(offerSeed),
        }) as OrganizationSeed,
      };
    case 'STATE_POLICY':
      return {
        kind: r.kind,
        seed: compact({
          ...common,
          issuer: r.issuer!,
          title: r.name,
          year: d.year,
          documentUrl: d.documentUrl,
          summary: r.summary,
          coverage: r.coverage!,
          eligibility: r.eligibility,
          caveats: r.caveats,
          contactChannels,
          commitments: offers.map(offerSeed),
        }) as StatePolicySeed,
      };
    case 'MECHANISM':
      return {
        kind: r.kind,
        seed: compact({
          ...common,
          name: r.name,
          acronym: r.acronym ?? undefined,
          kind: r.subkind!,
          system: r.system!,
          summary: r.summary,
          website: r.website ?? undefined,
          eligibility: r.eligibility,
          contactChannels,
          procedures: offers.map(offerSeed),
        }) as MechanismSeed,
      };
    case 'PROGRAMME':
      return {
        kind: r.kind,
        seed: compact({
          ...offerSeed(offers[0]),
          ...common,
          programmeKind: r.subkind!,
          host: d.host,
          website: r.website ?? undefined,
          duration: d.duration,
          whoMayApply: d.whoMayApply,
          application: d.application,
          contactChannels,
        }) as ProgrammeSeed,
      };
  }
}

/** JSON with sorted keys: equal for equal content whatever the key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const SEARCH_CONFIGS: Record<string, string> = { en: 'english', fr: 'french', es: 'spanish', ru: 'russian', ar: 'arabic' };
/** The text-search configurations used, in the order of `searchParams`; any other locale is indexed with 'simple'. */
export const SEARCH_CONFIG_LIST = ['english', 'french', 'spanish', 'russian', 'arabic', 'simple'] as const;
export const searchConfigOf = (locale: string) => SEARCH_CONFIGS[locale] ?? 'simple';

/**
 * The texts to index, per configuration and weight: A for names (the record's and its
 * offers'), B for summaries and descriptions. Slugs and acronyms go to 'simple', unstemmed.
 */
export function searchParams(rows: RecordRows): string[] {
  const buckets = new Map<string, { a: string[]; b: string[] }>(SEARCH_CONFIG_LIST.map((c) => [c, { a: [], b: [] }]));
  const add = (t: LocalizedText | null | undefined, weight: 'a' | 'b') => {
    for (const [locale, value] of Object.entries(t ?? {})) if (value) buckets.get(searchConfigOf(locale))![weight].push(value);
  };
  add(rows.record.name, 'a');
  add(rows.record.summary, 'b');
  for (const o of rows.offers) {
    add(o.name, 'a');
    add(o.description, 'b');
  }
  const simple = buckets.get('simple')!;
  simple.a.push(rows.record.slug.replace(/-/g, ' '));
  if (rows.record.acronym) simple.a.push(rows.record.acronym);
  return SEARCH_CONFIG_LIST.flatMap((c) => [buckets.get(c)!.a.join('\n'), buckets.get(c)!.b.join('\n')]);
}

/** SQL for the tsvector of `searchParams` bound from `$<first>` on. */
export function searchVectorSql(first: number): string {
  return SEARCH_CONFIG_LIST.map(
    (c, i) => `setweight(to_tsvector('${c}', $${first + 2 * i}), 'A') || setweight(to_tsvector('${c}', $${first + 2 * i + 1}), 'B')`,
  ).join(' || ');
}

export type { RecordKind };
