/**
 * What the tools return, built from what the services give: plain functions, one locale each
 * (a text missing in that locale is given in English, as in the GraphQL API).
 */
import type { ProtectionPlan } from '../finder/core';
import type { ContactChannelRow, DirectoryRecordRow, OfferRow } from '../directory/directory.entity';
import { recordGlobalId } from '../directory/directory.types';
import { verificationMethod } from '../directory/seed-schema';
import type { CountryRow } from '../geography/country.entity';
import { toCountry } from '../geography/country.types';
import { REGIONAL_INSTRUMENT_TERMS, REGIONAL_SYSTEM_TERMS, UN_PROCEDURE_TERMS } from '../taxonomy/labels';
import type { Locale } from '../taxonomy/values';
import { localize, type LocalizedText } from '../taxonomy/localized';
import type { ChannelOutput, GetCountryOutput, GetRecordOutput, ProtectionPlanOutput, SearchDirectoryOutput } from './schemas';

/** The plan in the shape of the ProtectionPlanBrief operation. */
export function planBrief(plan: ProtectionPlan): ProtectionPlanOutput {
  return {
    locale: plan.locale,
    optionCount: plan.optionCount,
    summary: plan.summary,
    safetyNotes: plan.safetyNotes,
    routes: plan.routes.map((r) => ({ rank: r.rank, summary: r.summary })),
    phases: plan.phases.map((p) => ({ phase: p.phase, title: p.title, options: p.options.map((o) => ({ id: o.id })) })),
    options: plan.options.map((o) => ({
      id: o.id,
      rank: o.rank,
      name: o.name,
      resource: { parentName: o.resource.parentName },
      phase: o.phase,
      route: o.route,
      eligibility: o.eligibility,
      reasons: o.reasons,
      caveats: o.caveats,
      nextSteps: o.nextSteps,
      channels: o.channels,
      website: o.website,
      verifiedOn: o.verifiedOn,
    })),
  };
}

const textIn = (text: LocalizedText, locale: Locale) => localize(text, locale).text;
const optionalTextIn = (text: LocalizedText | null, locale: Locale) => (text ? textIn(text, locale) : null);
const labelIn = (label: LocalizedText<Locale>, locale: Locale) => (label as Record<string, string>)[locale] ?? label.en;

function channelView(c: ContactChannelRow, locale: Locale): ChannelOutput {
  return {
    kind: c.kind,
    value: c.value,
    label: optionalTextIn(c.label, locale),
    languages: c.languages,
    hours: c.hours,
    available247: c.available247,
    confirmed: c.confirmed,
    safetyNote: optionalTextIn(c.safetyNote, locale),
  };
}

function recordSummary(r: DirectoryRecordRow, locale: Locale) {
  return {
    slug: r.slug,
    id: recordGlobalId(r.kind, r.slug),
    kind: r.kind,
    name: textIn(r.name, locale),
    summary: textIn(r.summary, locale),
    website: r.website,
  };
}

/** How many contact channels a search hit shows: enough to make contact, short enough for a list. */
const CHANNELS_PER_HIT = 2;

export function searchHit(r: DirectoryRecordRow, channels: readonly ContactChannelRow[], locale: Locale): SearchDirectoryOutput['records'][number] {
  return {
    ...recordSummary(r, locale),
    channels: channels
      .filter((c) => c.confirmed && c.value !== null)
      .slice(0, CHANNELS_PER_HIT)
      .map((c) => channelView(c, locale)),
  };
}

export function recordView(r: DirectoryRecordRow, offers: readonly OfferRow[], channels: readonly ContactChannelRow[], locale: Locale): GetRecordOutput {
  const texts = (list: readonly LocalizedText[]) => list.map((t) => textIn(t, locale));
  return {
    ...recordSummary(r, locale),
    status: r.status,
    alert: optionalTextIn(r.alert, locale),
    verifiedOn: r.verifiedOn,
    verification: verificationMethod(r.sources),
    caveats: texts(r.caveats),
    offers: offers.map((o) => ({
      slug: o.slug,
      kind: o.kind,
      name: textIn(o.name, locale),
      description: textIn(o.description, locale),
      status: o.status,
      alert: optionalTextIn(o.alert, locale),
      risks: o.risks as GetRecordOutput['offers'][number]['risks'],
      profiles: o.profiles as GetRecordOutput['offers'][number]['profiles'],
      speed: o.speed,
      steps: texts(o.steps),
      requirements: texts(o.requirements),
      caveats: texts(o.caveats),
    })),
    channels: channels.map((c) => channelView(c, locale)),
    sources: r.sources.map((s) => ({ title: s.title, url: s.url ?? null, kind: s.kind ?? null, evidenceOn: s.evidenceOn ?? null, readOn: s.readOn ?? null })),
  };
}

export function countryView(row: CountryRow, locale: Locale): GetCountryOutput {
  const country = toCountry(row, locale);
  return {
    code: country.code,
    name: country.name.text,
    unMember: country.unMember,
    memberships: country.memberships.map((system) => ({ system, label: labelIn(REGIONAL_SYSTEM_TERMS[system].label, locale) })),
    instruments: country.instruments.map((i) => ({
      instrument: i.instrument,
      label: labelIn(REGIONAL_INSTRUMENT_TERMS[i.instrument].label, locale),
      status: i.status,
      asOf: i.asOf,
    })),
    procedures: country.procedures.map((p) => ({
      procedure: p.procedure,
      label: labelIn(UN_PROCEDURE_TERMS[p.procedure].label, locale),
      status: p.status,
      asOf: p.asOf,
    })),
  };
}
