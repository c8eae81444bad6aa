/**
 * Localized text: records hold text per locale (English always present); the API returns one
 * text in the requested locale, falling back to English, and says which locale it returned.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DEFAULT_LOCALE, LOCALES, type Locale as LocaleCode, type SourceAccess, type SourceKind } from './values';
import { SourceAccessEnum, SourceKindEnum } from './graphql-enums';

export enum Locale {
  en = 'en',
  fr = 'fr',
  es = 'es',
  ar = 'ar',
  ru = 'ru',
  zh = 'zh',
  pt = 'pt',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'Languages the API can answer in (ISO 639-1).',
  valuesConfig: {
    en: { description: 'English: every text exists in it, and it is the fallback.' },
    fr: { description: 'French.' },
    es: { description: 'Spanish.' },
    ar: { description: 'Arabic.' },
    ru: { description: 'Russian.' },
    zh: { description: 'Chinese (Simplified).' },
    pt: { description: 'Portuguese (Brazilian).' },
  },
});

/** The description of every root field's `locale` argument (read by locale-plugin.ts before execution). */
export const LOCALE_ARGUMENT =
  "The language of the answer's texts, for the whole operation (when several root fields set one, the last wins); default: the best match of the Accept-Language header, else English. A text missing in this language falls back to English.";

export type { LocalizedText } from '../../shared/locales';
import type { LocalizedText } from '../../shared/locales';

@ObjectType({ description: 'A text in one language, with the language it is actually in (English when the requested one is missing).' })
export class LocalizedString {
  @Field({ description: 'The text, in `locale`.' }) text: string;
  @Field(() => Locale, { description: "The language the text is in: the request's locale, or en when no text exists in it." }) locale: Locale;
  @Field({ description: 'False for a translation not yet reviewed by a native speaker (every text not in English, today); true for the English original.' })
  translationReviewed: boolean;
}

export function localize(text: LocalizedText, locale: LocaleCode): LocalizedString {
  const wanted = text[locale];
  if (wanted) return { text: wanted, locale: locale as Locale, translationReviewed: locale === DEFAULT_LOCALE };
  return { text: text.en, locale: DEFAULT_LOCALE as Locale, translationReviewed: true };
}

export function localizeOptional(text: LocalizedText | null | undefined, locale: LocaleCode): LocalizedString | null {
  return text ? localize(text, locale) : null;
}

/** Picks the best supported locale from an Accept-Language header (RFC 9110 q-values). */
export function localeFromAcceptLanguage(header: string | undefined): LocaleCode {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((r) => (LOCALES as readonly string[]).includes(r.lang));
  return (match?.lang as LocaleCode) ?? DEFAULT_LOCALE;
}

// Simple resolvers: plain public data, no middleware or auth on its fields (graphql-js's default resolver).
@ObjectType({ simpleResolvers: true, description: 'Where a fact was read, and how old the evidence is.' })
export class Source {
  @Field({ nullable: true, description: 'Where the source can be read (an http or https URL); null when none was recorded.' }) url?: string;
  @Field({ description: 'The title of the source, as written by its publisher.' }) title: string;
  @Field(() => SourceKindEnum, { nullable: true, description: "Whose words: the body's own (OFFICIAL) or someone else's (SECONDARY)." })
  kind?: SourceKind;
  @Field(() => SourceAccessEnum, { nullable: true, description: 'Read live or in a stored copy.' }) access?: SourceAccess;
  @Field(() => String, {
    nullable: true,
    description:
      "Date of the evidence (YYYY, YYYY-MM or YYYY-MM-DD): the page's publication or update date, or the newest event it reports. Null only for records saved before evidence dates were kept.",
  })
  evidenceOn?: string;
  @Field(() => String, { nullable: true, description: 'The day a person read it (YYYY-MM-DD).' }) readOn?: string;
}
