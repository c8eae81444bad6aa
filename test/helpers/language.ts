/**
 * Is a text in the language it claims to be? A deterministic check for the locale tests: Arabic,
 * Russian and Chinese by script (with Arabic punctuation and digits kept clean); English, French,
 * Spanish and Portuguese by their function words: an untranslated sentence (English in a French
 * plan, or French in an English one) is the failure that matters. Trigram models (franc) were
 * tried and dropped: on these short sentences they confuse Spanish with Portuguese and English
 * with French. Proper names, numbers, addresses and links are removed before checking.
 */

const STOPWORDS: Record<'en' | 'fr' | 'es' | 'pt', ReadonlySet<string>> = {
  en: new Set('the and of to is are for with that this you your it be by from or not can has have their will which who what when where an'.split(' ')),
  fr: new Set('le les des et est une pour dans qui sur avec pas vous votre par ne au aux du ces leur être été sont cette peut il elle'.split(' ')),
  // Not "para", "por", "se", "como", "está", "este": Portuguese has them too.
  es: new Set('el los las y una con del su sus lo al más puede usted hay pero muy'.split(' ')),
  // Not "o" and "e": Spanish has them too ("o" = or, "e" before i-).
  pt: new Set('os é um uma com do da dos das em não seu sua na ao são mais pode você há pelo pela'.split(' ')),
};

const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const CJK = /[\u4E00-\u9FFF]/;

/** What is not language: links, addresses, numbers, isolated values, parenthesised names. */
function strip(text: string, keepParentheses: boolean): string {
  let t = text
    .replace(/\u2068[^\u2069]*\u2069/g, ' ') // values isolated inside right-to-left text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/[+(]?\d[\d ()./:-]*\d/g, ' ');
  if (!keepParentheses) t = t.replace(/\([^)]*\)|（[^）]*）/g, ' ');
  return t;
}

function words(text: string): string[] {
  // "défenseur·es", "un·e": French inclusive writing is one word.
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/·/g, '')
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
}

function stopwordCounts(text: string): Record<keyof typeof STOPWORDS, number> {
  const counts = { en: 0, fr: 0, es: 0, pt: 0 };
  for (const w of words(text)) for (const l of Object.keys(counts) as (keyof typeof counts)[]) if (STOPWORDS[l].has(w)) counts[l]++;
  return counts;
}

/**
 * Null when the text reads as `locale`, else why not. `isName`: a proper name, which may stay in
 * its original language when it has no official translation (a translation in brackets is kept).
 */
export function languageProblem(text: string, locale: string, isName = false): string | null {
  if (!text.trim()) return null;
  if (locale === 'ar' || locale === 'ru' || locale === 'zh') {
    const script = { ar: ARABIC, ru: CYRILLIC, zh: CJK }[locale];
    if (!script.test(strip(text, true))) return `no ${locale} script`;
    if (locale === 'ar') {
      if (/[\u0600-\u06FF][,;?]|[,;?][\u0600-\u06FF]/.test(text)) return 'Latin punctuation glued to Arabic';
      if (/[0-9]/.test(text) && /[\u0660-\u0669]/.test(text)) return 'Western and Arabic-Indic digits mixed';
    }
    if (!isName && stopwordCounts(strip(text, false)).en >= 2) return 'English words outside brackets';
    return null;
  }
  const counts = stopwordCounts(strip(text, isName));
  const target = counts[locale as keyof typeof counts];
  const [other, most] = (Object.entries(counts) as [string, number][]).filter(([l]) => l !== locale).sort((a, b) => b[1] - a[1])[0];
  return most >= 2 && most > target ? `reads as ${other}` : null;
}
