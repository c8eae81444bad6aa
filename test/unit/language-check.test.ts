/** The language check used by the locale tests can fail, and fails for the right reasons. */
import { languageProblem } from '../helpers/language';

it('tells English from French, Spanish and Portuguese by their function words', () => {
  expect(languageProblem('The plan says why each of the options was ruled out for this country.', 'fr')).toBe('reads as en');
  expect(languageProblem('Le plan indique pourquoi les options sont écartées pour ce pays, et par qui.', 'en')).toBe('reads as fr');
  const spanish = 'Un solo contacto da acceso a la línea de emergencia, a las subvenciones de protección y a la reubicación temporal.';
  expect(languageProblem(spanish, 'es')).toBeNull();
  expect(languageProblem('Le plan indique pourquoi chaque option a été écartée.', 'fr')).toBeNull();
  expect(languageProblem('El plan explica por qué se descartó cada opción.', 'es')).toBeNull();
  expect(languageProblem('O plano explica por que cada opção foi descartada e não está disponível.', 'pt')).toBeNull();
  expect(languageProblem('Front Line Defenders', 'es', true)).toBeNull(); // a name, too short to tell
});

it('wants the script of Arabic, Russian and Chinese, clean Arabic punctuation and digits', () => {
  expect(languageProblem('Call the line now and ask for help with the grant.', 'ar')).toBe('no ar script');
  expect(languageProblem('اتصل بالخط الآن, واطلب المساعدة', 'ar')).toBe('Latin punctuation glued to Arabic');
  expect(languageProblem('اتصل على الرقم 123 أو ٤٥٦', 'ar')).toBe('Western and Arabic-Indic digits mixed');
  expect(languageProblem('اتصل على الرقم \u2068+353 1 21 00 489\u2069 في أي وقت.', 'ar')).toBeNull();
  expect(languageProblem('Позвоните на линию сейчас.', 'ru')).toBeNull();
  expect(languageProblem('立即拨打紧急热线。', 'zh')).toBeNull();
  expect(languageProblem('立即拨打 the line for the grant and the visa', 'zh')).toBe('English words outside brackets');
});
