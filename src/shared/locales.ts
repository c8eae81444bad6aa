/**
 * The locales the API speaks and the shape of a text held in several of them: plain constants
 * and types every layer may use (the taxonomy re-exports them as part of its vocabulary).
 */

/** The UN's six languages, in which UN mechanisms work, and Portuguese. English is the original of every text. */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * A text in several languages, as records, seeds, the privacy notice and the taxonomy labels
 * hold it: English always, other locales (two-letter codes) optional — the seeds'
 * `localizedText` schema checks this shape. A set of texts that must also exist in other
 * locales names them in `Required` (the privacy notice: `'fr' | 'es'`; taxonomy labels: every
 * locale the API speaks).
 */
export type LocalizedText<Required extends Locale = never> = { en: string } & { [L in Required]: string } & { [locale: string]: string };
