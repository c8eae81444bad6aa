/**
 * The finder's locales and the grammar its sentences share: which locales it writes, picking a
 * record's text, lists, plurals, bidirectional isolation, and writing a message once per plan.
 * Any other locale falls back to English.
 */
import type { LocalizedText } from '../../../shared/locales';

export const TEXT_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

/** "fr-CH" → "fr"; anything the finder does not write → "en". */
const LOCALE_SEPARATOR = /[-_]/;
export function resolveLocale(requested: string | undefined | null): TextLocale {
  if (!requested) return 'en';
  const base = requested.trim().toLowerCase().split(LOCALE_SEPARATOR)[0];
  return (TEXT_LOCALES as readonly string[]).includes(base) ? (base as TextLocale) : 'en';
}

/** A record's text in the locale, or English. */
export function pick(text: LocalizedText | undefined, locale: TextLocale): string | null {
  if (!text) return null;
  return (text as Record<string, string>)[locale] ?? text.en;
}

/** One value per locale the finder writes. */
export type PerLocale<T> = Record<TextLocale, T>;
type L<T> = PerLocale<T>;

/**
 * A value that may be in Latin script (a name, a date, a phone number, an e-mail, a URL), wrapped
 * in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so it keeps its own direction inside
 * right-to-left text. Used only by the Arabic sentences.
 */
export function isolate(s: string): string {
  return s ? `\u2068${s}\u2069` : s;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const STARTS_ARABIC = /^[\u0600-\u06FF]/;

/** Russian plural: 1, 21, 31… → one; 2–4, 22–24… → few; 0, 5–20, 25–30… → many. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}

/**
 * An Arabic count with its noun: 1 and 2 are said by the noun itself ("خيار واحد", the dual
 * "خياران"); 3–10 take the plural, 11–99 the singular accusative (tamyiz), 100, 101, 102… the
 * singular genitive; the hundreds repeat the pattern on the last two digits (103 → few).
 */
export interface ArabicCountForms {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}
export function arCount(n: number, f: ArabicCountForms): string {
  if (n === 1) return f.one;
  if (n === 2) return f.two;
  const h = n % 100;
  if (h >= 3 && h <= 10) return `${n} ${f.few}`;
  if (h >= 11 && h <= 99) return `${n} ${f.many}`;
  return `${n} ${f.other}`;
}

const AND: L<string> = { en: 'and', fr: 'et', es: 'y', ar: 'و', ru: 'и', zh: '和', pt: 'e' };
const LIST_SEPARATOR: L<string> = { en: ', ', fr: ', ', es: ', ', ar: '، ', ru: ', ', zh: '、', pt: ', ' };

/** "a, b and c" in the locale: "أ، ب وج" (Latin-script items isolated), "甲、乙和丙". */
export function joinList(items: readonly string[], locale: TextLocale): string {
  // In Arabic an item in Latin script (a record's English name) is isolated, so the Arabic
  // separators and conjunction stay in place around it.
  const xs = locale === 'ar' ? items.map((x) => (ARABIC_LETTER.test(x) ? x : isolate(x))) : items;
  if (xs.length <= 1) return xs.join('');
  const head = xs.slice(0, -1).join(LIST_SEPARATOR[locale]);
  const last = xs[xs.length - 1];
  if (locale === 'zh') return `${head}${AND.zh}${last}`;
  // "و" is written joined to an Arabic word, and apart from a word in another script.
  if (locale === 'ar') return `${head} ${AND.ar}${STARTS_ARABIC.test(last) ? '' : ' '}${last}`;
  return `${head} ${AND[locale]} ${last}`;
}

/** Write a message in the locale. */
export function say<A extends unknown[]>(msg: L<(...a: A) => string>, locale: TextLocale, ...args: A): string {
  return msg[locale](...args);
}

/**
 * Sentences already written in one plan, by message and arguments: a plan over a large
 * directory repeats the same few sentences for thousands of options, and one string each
 * keeps the plan small. Per plan (one locale), never kept beyond it.
 */
export type SentenceCache = Map<object, Map<string, string>>;

/** say(), through the plan's cache when there is one. */
export function sayOnce<A extends unknown[]>(cache: SentenceCache | undefined, msg: L<(...a: A) => string>, locale: TextLocale, ...args: A): string {
  if (!cache) return msg[locale](...args);
  let byArgs = cache.get(msg);
  if (!byArgs) cache.set(msg, (byArgs = new Map()));
  const key = args.length === 0 ? '' : args.length === 1 ? String(args[0]) : args.map(String).join('\u0001');
  let s = byArgs.get(key);
  if (s === undefined) {
    s = msg[locale](...args);
    byArgs.set(key, s);
  }
  return s;
}
