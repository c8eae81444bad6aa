import {
  DATA_SUBJECT_RIGHTS,
  PRIVACY_NOTICE,
  PROCESSING_PURPOSES,
  RETENTION,
  RETENTION_DAYS,
  type NoticeLocale,
} from '../../../../src/modules/supporters/privacy-notice';
import type { LocalizedText } from '../../../../src/modules/taxonomy/localized';

/** Every {en, fr, es} object anywhere in the notice. */
function noticeTexts(value: unknown, path = 'notice', found: Array<{ path: string; text: LocalizedText<NoticeLocale> }> = []) {
  if (value && typeof value === 'object') {
    if ('en' in value) found.push({ path, text: value as LocalizedText<NoticeLocale> });
    else for (const [key, child] of Object.entries(value)) noticeTexts(child, `${path}.${key}`, found);
  }
  return found;
}

describe('PRIVACY_NOTICE', () => {
  it('describes every purpose once, in order, and every right once', () => {
    expect(PRIVACY_NOTICE.purposes.map((p) => p.purpose)).toEqual([...PROCESSING_PURPOSES]);
    expect(PRIVACY_NOTICE.rights.map((r) => r.right)).toEqual([...DATA_SUBJECT_RIGHTS]);
  });

  it('has every text in English, French and Spanish, none left untranslated', () => {
    const texts = noticeTexts(PRIVACY_NOTICE);
    expect(texts.length).toBeGreaterThan(50);
    for (const { path, text } of texts) {
      expect({ path, keys: Object.keys(text).sort() }).toEqual({ path, keys: ['en', 'es', 'fr'] });
      for (const locale of ['en', 'fr', 'es'] as const) expect({ path, locale, empty: text[locale].trim() === '' }).toEqual({ path, locale, empty: false });
      // An fr or es text identical to the English one is almost always a forgotten translation.
      expect({ path, same: text.fr === text.en || text.es === text.en }).toEqual({ path, same: false });
    }
  });

  it('shows the same retention the retention job applies', () => {
    for (const purpose of PRIVACY_NOTICE.purposes) {
      const { description: _description, ...rule } = purpose.retention;
      expect(rule).toEqual(RETENTION[purpose.purpose]);
      expect(RETENTION_DAYS[purpose.purpose]).toBe(rule.days);
    }
  });

  it('ends every consent-based processing when consent is withdrawn', () => {
    for (const purpose of PRIVACY_NOTICE.purposes.filter((p) => p.legalBasis === 'CONSENT')) {
      expect({ purpose: purpose.purpose, endsOnWithdrawal: purpose.retention.endsOnWithdrawal }).toEqual({ purpose: purpose.purpose, endsOnWithdrawal: true });
    }
  });

  it('gives governments signature data only, and never an e-mail address', () => {
    for (const purpose of PRIVACY_NOTICE.purposes) {
      const kinds = purpose.recipients.map((r) => r.kind);
      if (purpose.purpose !== 'SIGN_PETITION') expect(kinds).not.toContain('GOVERNMENTS');
    }
    const governments = PRIVACY_NOTICE.purposes[0].recipients.find((r) => r.kind === 'GOVERNMENTS');
    expect(governments?.receives.en).toMatch(/name only if you agreed/i);
    expect(governments?.receives.en).toMatch(/never your e-mail/i);
  });

  it('states the fixed commitments: 14 working days, guardian permission under 18, no cookies', () => {
    expect(PRIVACY_NOTICE.responseWorkingDays).toBe(14);
    expect(PRIVACY_NOTICE.minors.minimumAgeWithoutGuardian).toBe(18);
    expect(PRIVACY_NOTICE.cookies.setsCookies).toBe(false);
    expect(PRIVACY_NOTICE.retentionIsProjectPolicy).toBe(true);
  });
});
