/**
 * The finder's own sentences and labels in the locales it writes (en, fr, es, ar, ru, zh, pt).
 * Plain data and small functions; any other locale falls back to English.
 *
 * Conventions: Arabic uses Arabic punctuation (، ؛ ؟), Western digits, gender-neutral phrasing
 * (يُرجى + verbal noun rather than a masculine or feminine imperative) and wraps every embedded
 * value that may be in Latin script (a name, a date, a phone number, an address) in directional
 * isolates; Chinese is Simplified with full-width punctuation; Russian uses « » and gender-free
 * present-tense or impersonal phrasing; Portuguese is Brazilian.
 */
import type { LocalizedText } from '../../../shared/localized';
import type {
  ChannelKind,
  DefenderProfile,
  RecordStatus,
  RegionalInstrument,
  RegionalSystem,
  ResponseSpeed,
  RiskType,
  UnProcedure,
} from '../../taxonomy/values';
import type { PlanPhaseKind } from './types';

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

type L<T> = Record<TextLocale, T>;

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
function ruPlural(n: number, one: string, few: string, many: string): string {
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
interface ArabicCountForms {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}
function arCount(n: number, f: ArabicCountForms): string {
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

export const RISK_LABELS: Record<RiskType, L<string>> = {
  PHYSICAL_ATTACK: {
    en: 'physical attacks', fr: 'les agressions physiques', es: 'las agresiones físicas',
    ar: 'الاعتداءات الجسدية',
    ru: 'физические нападения',
    zh: '人身攻击',
    pt: 'agressões físicas',
  },
  DEATH_THREAT: {
    en: 'death threats', fr: 'les menaces de mort', es: 'las amenazas de muerte',
    ar: 'التهديدات بالقتل',
    ru: 'угрозы убийством',
    zh: '死亡威胁',
    pt: 'ameaças de morte',
  },
  ARBITRARY_DETENTION: {
    en: 'arbitrary detention', fr: 'la détention arbitraire', es: 'la detención arbitraria',
    ar: 'الاحتجاز التعسفي',
    ru: 'произвольное задержание',
    zh: '任意拘留',
    pt: 'detenção arbitrária',
  },
  JUDICIAL_HARASSMENT: {
    en: 'judicial harassment', fr: 'le harcèlement judiciaire', es: 'el acoso judicial',
    ar: 'المضايقة القضائية',
    ru: 'судебное преследование',
    zh: '司法骚扰',
    pt: 'assédio judicial',
  },
  ENFORCED_DISAPPEARANCE: {
    en: 'enforced disappearance', fr: 'la disparition forcée', es: 'la desaparición forzada',
    ar: 'الاختفاء القسري',
    ru: 'насильственное исчезновение',
    zh: '强迫失踪',
    pt: 'desaparecimento forçado',
  },
  TORTURE_ILL_TREATMENT: {
    en: 'torture and ill-treatment', fr: 'la torture et les mauvais traitements', es: 'la tortura y los malos tratos',
    ar: 'التعذيب وسوء المعاملة',
    ru: 'пытки и жестокое обращение',
    zh: '酷刑及虐待',
    pt: 'tortura e maus-tratos',
  },
  SURVEILLANCE: {
    en: 'surveillance', fr: 'la surveillance', es: 'la vigilancia',
    ar: 'المراقبة',
    ru: 'слежка',
    zh: '监视',
    pt: 'vigilância',
  },
  DIGITAL_ATTACK: {
    en: 'digital attacks', fr: 'les attaques numériques', es: 'los ataques digitales',
    ar: 'الهجمات الرقمية',
    ru: 'цифровые атаки',
    zh: '数字攻击',
    pt: 'ataques digitais',
  },
  SMEAR_CAMPAIGN: {
    en: 'smear campaigns', fr: 'les campagnes de dénigrement', es: 'las campañas de desprestigio',
    ar: 'حملات التشهير',
    ru: 'кампании по дискредитации',
    zh: '抹黑运动',
    pt: 'campanhas de difamação',
  },
  GENDER_BASED_VIOLENCE: {
    en: 'gender-based violence', fr: 'les violences fondées sur le genre', es: 'la violencia de género',
    ar: 'العنف القائم على النوع الاجتماعي',
    ru: 'гендерное насилие',
    zh: '基于性别的暴力',
    pt: 'violência de gênero',
  },
  TRAVEL_BAN: {
    en: 'travel bans', fr: 'les interdictions de voyager', es: 'las prohibiciones de viajar',
    ar: 'حظر السفر',
    ru: 'запреты на выезд',
    zh: '出行禁令',
    pt: 'proibições de viajar',
  },
  ORGANISATIONAL_RESTRICTIONS: {
    en: 'restrictions on organisations', fr: 'les restrictions visant les organisations', es: 'las restricciones a las organizaciones',
    ar: 'القيود المفروضة على المنظمات',
    ru: 'ограничения в отношении организаций',
    zh: '对组织的限制',
    pt: 'restrições a organizações',
  },
  FORCED_DISPLACEMENT: {
    en: 'forced displacement', fr: 'le déplacement forcé', es: 'el desplazamiento forzado',
    ar: 'التهجير القسري',
    ru: 'принудительное перемещение',
    zh: '被迫流离失所',
    pt: 'deslocamento forçado',
  },
  REPRISAL_FOR_UN_COOPERATION: {
    en: 'reprisals for cooperating with the UN', fr: "les représailles pour coopération avec l'ONU", es: 'las represalias por cooperar con la ONU',
    ar: 'الأعمال الانتقامية بسبب التعاون مع الأمم المتحدة',
    ru: 'репрессии за сотрудничество с ООН',
    zh: '因与联合国合作而遭受的报复',
    pt: 'represálias por cooperar com a ONU',
  },
};

export const PROFILE_LABELS: Record<DefenderProfile, L<string>> = {
  JOURNALIST: {
    en: 'journalists', fr: 'les journalistes', es: 'periodistas',
    ar: 'الصحفيين',
    ru: 'журналисты',
    zh: '记者',
    pt: 'jornalistas',
  },
  LAWYER: {
    en: 'lawyers', fr: 'les avocats', es: 'abogados y abogadas',
    ar: 'المحامين',
    ru: 'адвокаты',
    zh: '律师',
    pt: 'advogados',
  },
  ACADEMIC: {
    en: 'academics', fr: 'les universitaires', es: 'académicos',
    ar: 'الأكاديميين',
    ru: 'учёные и преподаватели вузов',
    zh: '学者',
    pt: 'acadêmicos',
  },
  ARTIST: {
    en: 'artists and writers', fr: 'les artistes et écrivains', es: 'artistas y escritores',
    ar: 'الفنانين والكتّاب',
    ru: 'деятели искусства и писатели',
    zh: '艺术家及作家',
    pt: 'artistas e escritores',
  },
  WOMAN_DEFENDER: {
    en: 'women defenders', fr: 'les défenseures', es: 'defensoras',
    ar: 'المدافعات عن حقوق الإنسان',
    ru: 'женщины-правозащитницы',
    zh: '女性人权捍卫者',
    pt: 'defensoras',
  },
  LGBTIQ: {
    en: 'LGBTIQ defenders', fr: 'les défenseurs LGBTIQ', es: 'defensores LGBTIQ',
    ar: 'المدافعين من مجتمع الميم-عين',
    ru: 'ЛГБТИК-правозащитники',
    zh: 'LGBTIQ人权捍卫者',
    pt: 'defensores LGBTIQ',
  },
  LAND_ENVIRONMENT: {
    en: 'land and environment defenders', fr: "les défenseurs de la terre et de l'environnement", es: 'defensores de la tierra y el medio ambiente',
    ar: 'المدافعين عن الأرض والبيئة',
    ru: 'защитники земли и окружающей среды',
    zh: '土地及环境捍卫者',
    pt: 'defensores da terra e do meio ambiente',
  },
  INDIGENOUS: {
    en: 'indigenous defenders', fr: 'les défenseurs autochtones', es: 'defensores indígenas',
    ar: 'المدافعين من الشعوب الأصلية',
    ru: 'правозащитники из числа коренных народов',
    zh: '原住民人权捍卫者',
    pt: 'defensores indígenas',
  },
  MINORITY: {
    en: 'defenders from minorities', fr: 'les défenseurs issus de minorités', es: 'defensores de minorías',
    ar: 'المدافعين من الأقليات',
    ru: 'правозащитники из числа меньшинств',
    zh: '少数群体人权捍卫者',
    pt: 'defensores de minorias',
  },
  TRADE_UNIONIST: {
    en: 'trade unionists', fr: 'les syndicalistes', es: 'sindicalistas',
    ar: 'النقابيين',
    ru: 'профсоюзные активисты',
    zh: '工会成员',
    pt: 'sindicalistas',
  },
  STUDENT: {
    en: 'students', fr: 'les étudiants', es: 'estudiantes',
    ar: 'الطلاب',
    ru: 'студенты',
    zh: '学生',
    pt: 'estudantes',
  },
  HEALTH_WORKER: {
    en: 'health workers', fr: 'les personnels de santé', es: 'trabajadores de la salud',
    ar: 'العاملين في المجال الصحي',
    ru: 'медицинские работники',
    zh: '医务工作者',
    pt: 'profissionais de saúde',
  },
  ANTI_CORRUPTION: {
    en: 'anti-corruption activists', fr: 'les militants anticorruption', es: 'activistas anticorrupción',
    ar: 'الناشطين في مكافحة الفساد',
    ru: 'антикоррупционные активисты',
    zh: '反腐败活动人士',
    pt: 'ativistas anticorrupção',
  },
  CIVIL_SOCIETY_ORGANISATION: {
    en: 'civil society organisations', fr: 'les organisations de la société civile', es: 'organizaciones de la sociedad civil',
    ar: 'منظمات المجتمع المدني',
    ru: 'организации гражданского общества',
    zh: '民间社会组织',
    pt: 'organizações da sociedade civil',
  },
  VICTIM_OF_TORTURE: {
    en: 'survivors of torture and their families', fr: 'les victimes de torture et leurs familles', es: 'sobrevivientes de tortura y sus familias',
    ar: 'الناجين من التعذيب وأسرهم',
    ru: 'пережившие пытки и их семьи',
    zh: '酷刑幸存者及其家人',
    pt: 'sobreviventes de tortura e suas famílias',
  },
};

/** Inside sentences: Russian in the genitive ("член …"), Portuguese with "de" contracted ("membro da …"). */
export const SYSTEM_LABELS: Record<RegionalSystem, L<string>> = {
  OAS: {
    en: 'the Organization of American States', fr: 'l’Organisation des États américains', es: 'la Organización de los Estados Americanos',
    ar: 'منظمة الدول الأمريكية',
    ru: 'Организации американских государств',
    zh: '美洲国家组织',
    pt: 'da Organização dos Estados Americanos',
  },
  AU: {
    en: 'the African Union', fr: 'l’Union africaine', es: 'la Unión Africana',
    ar: 'الاتحاد الأفريقي',
    ru: 'Африканского союза',
    zh: '非洲联盟',
    pt: 'da União Africana',
  },
  COE: {
    en: 'the Council of Europe', fr: 'le Conseil de l’Europe', es: 'el Consejo de Europa',
    ar: 'مجلس أوروبا',
    ru: 'Совета Европы',
    zh: '欧洲委员会',
    pt: 'do Conselho da Europa',
  },
  EU: {
    en: 'the European Union', fr: 'l’Union européenne', es: 'la Unión Europea',
    ar: 'الاتحاد الأوروبي',
    ru: 'Европейского союза',
    zh: '欧洲联盟',
    pt: 'da União Europeia',
  },
  OSCE: {
    en: 'the OSCE', fr: 'l’OSCE', es: 'la OSCE',
    ar: 'منظمة الأمن والتعاون في أوروبا',
    ru: 'ОБСЕ',
    zh: '欧洲安全与合作组织',
    pt: 'da OSCE',
  },
  ASEAN: {
    en: 'ASEAN', fr: 'l’ASEAN', es: 'la ASEAN',
    ar: 'رابطة أمم جنوب شرق آسيا',
    ru: 'АСЕАН',
    zh: '东南亚国家联盟',
    pt: 'da ASEAN',
  },
  LAS: {
    en: 'the League of Arab States', fr: 'la Ligue des États arabes', es: 'la Liga de los Estados Árabes',
    ar: 'جامعة الدول العربية',
    ru: 'Лиги арабских государств',
    zh: '阿拉伯国家联盟',
    pt: 'da Liga dos Estados Árabes',
  },
};

/** Objects of "accept": Russian in the accusative, Portuguese with the article. */
export const PROCEDURE_LABELS: Record<UnProcedure, L<string>> = {
  ICCPR_OP1: {
    en: 'the First Optional Protocol to the ICCPR (Human Rights Committee complaints)', fr: 'le premier Protocole facultatif au PIDCP (plaintes au Comité des droits de l’homme)', es: 'el Primer Protocolo Facultativo del PIDCP (quejas al Comité de Derechos Humanos)',
    ar: 'البروتوكول الاختياري الأول للعهد الدولي الخاص بالحقوق المدنية والسياسية (الشكاوى إلى اللجنة المعنية بحقوق الإنسان)',
    ru: 'Первый факультативный протокол к МПГПП (жалобы в Комитет по правам человека)',
    zh: '《公民权利和政治权利国际公约》第一任择议定书（向人权事务委员会提出申诉）',
    pt: 'o Primeiro Protocolo Facultativo ao PIDCP (denúncias ao Comitê de Direitos Humanos)',
  },
  OP_CEDAW: {
    en: 'the Optional Protocol to CEDAW', fr: 'le Protocole facultatif à la CEDEF', es: 'el Protocolo Facultativo de la CEDAW',
    ar: 'البروتوكول الاختياري لاتفاقية القضاء على جميع أشكال التمييز ضد المرأة',
    ru: 'Факультативный протокол к КЛДЖ',
    zh: '《消除对妇女一切形式歧视公约》任择议定书',
    pt: 'o Protocolo Facultativo à CEDAW',
  },
  OP_ICESCR: {
    en: 'the Optional Protocol to the ICESCR', fr: 'le Protocole facultatif au PIDESC', es: 'el Protocolo Facultativo del PIDESC',
    ar: 'البروتوكول الاختياري للعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية',
    ru: 'Факультативный протокол к МПЭСКП',
    zh: '《经济社会文化权利国际公约》任择议定书',
    pt: 'o Protocolo Facultativo ao PIDESC',
  },
  OP_CRC_IC: {
    en: 'the CRC Optional Protocol on a communications procedure', fr: 'le Protocole facultatif à la CDE établissant une procédure de présentation de communications', es: 'el Protocolo Facultativo de la CDN relativo a un procedimiento de comunicaciones',
    ar: 'البروتوكول الاختياري لاتفاقية حقوق الطفل المتعلق بإجراء تقديم البلاغات',
    ru: 'Факультативный протокол к КПР, касающийся процедуры сообщений',
    zh: '《儿童权利公约》关于设定来文程序的任择议定书',
    pt: 'o Protocolo Facultativo à CDC relativo a um procedimento de comunicações',
  },
  OP_CRPD: {
    en: 'the Optional Protocol to the CRPD', fr: 'le Protocole facultatif à la CDPH', es: 'el Protocolo Facultativo de la CDPD',
    ar: 'البروتوكول الاختياري لاتفاقية حقوق الأشخاص ذوي الإعاقة',
    ru: 'Факультативный протокол к Конвенции о правах инвалидов',
    zh: '《残疾人权利公约》任择议定书',
    pt: 'o Protocolo Facultativo à CDPD',
  },
  CAT_ART22: {
    en: 'article 22 of the Convention against Torture (complaints)', fr: 'l’article 22 de la Convention contre la torture (plaintes)', es: 'el artículo 22 de la Convención contra la Tortura (quejas)',
    ar: 'المادة 22 من اتفاقية مناهضة التعذيب (الشكاوى)',
    ru: 'статью 22 Конвенции против пыток (жалобы)',
    zh: '《禁止酷刑公约》第22条（申诉）',
    pt: 'o artigo 22 da Convenção contra a Tortura (denúncias)',
  },
  ICERD_ART14: {
    en: 'article 14 of ICERD (complaints)', fr: 'l’article 14 de la CIEDR (plaintes)', es: 'el artículo 14 de la ICERD (quejas)',
    ar: 'المادة 14 من الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري (الشكاوى)',
    ru: 'статью 14 МКЛРД (жалобы)',
    zh: '《消除一切形式种族歧视国际公约》第14条（申诉）',
    pt: 'o artigo 14 da Convenção sobre a Eliminação da Discriminação Racial (denúncias)',
  },
  ICPPED_ART31: {
    en: 'article 31 of the Convention on Enforced Disappearance (complaints)', fr: 'l’article 31 de la Convention sur les disparitions forcées (plaintes)', es: 'el artículo 31 de la Convención sobre las desapariciones forzadas (quejas)',
    ar: 'المادة 31 من الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري (الشكاوى)',
    ru: 'статью 31 Конвенции о насильственных исчезновениях (жалобы)',
    zh: '《保护所有人免遭强迫失踪国际公约》第31条（申诉）',
    pt: 'o artigo 31 da Convenção sobre Desaparecimentos Forçados (denúncias)',
  },
  ICMW_ART77: {
    en: 'article 77 of the Migrant Workers Convention (complaints)', fr: 'l’article 77 de la Convention sur les travailleurs migrants (plaintes)', es: 'el artículo 77 de la Convención sobre los trabajadores migratorios (quejas)',
    ar: 'المادة 77 من الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم (الشكاوى)',
    ru: 'статью 77 Конвенции о трудящихся-мигрантах (жалобы)',
    zh: '《保护所有移徙工人及其家庭成员权利国际公约》第77条（申诉）',
    pt: 'o artigo 77 da Convenção sobre os Trabalhadores Migrantes (denúncias)',
  },
  ICPPED_URGENT_ACTION: {
    en: 'the Convention on Enforced Disappearance (urgent action)', fr: 'la Convention sur les disparitions forcées (action urgente)', es: 'la Convención sobre las desapariciones forzadas (acción urgente)',
    ar: 'الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري (الإجراءات العاجلة)',
    ru: 'Конвенцию о насильственных исчезновениях (срочные действия)',
    zh: '《保护所有人免遭强迫失踪国际公约》（紧急行动）',
    pt: 'a Convenção sobre Desaparecimentos Forçados (ação urgente)',
  },
  ICERD_EARLY_WARNING: {
    en: 'ICERD (early warning and urgent action)', fr: 'la CIEDR (alerte rapide et action urgente)', es: 'la ICERD (alerta temprana y acción urgente)',
    ar: 'الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري (الإنذار المبكر والإجراءات العاجلة)',
    ru: 'МКЛРД (раннее предупреждение и срочные действия)',
    zh: '《消除一切形式种族歧视国际公约》（预警和紧急行动）',
    pt: 'a Convenção sobre a Eliminação da Discriminação Racial (alerta precoce e ação urgente)',
  },
};

/** Objects of "accept": Russian in the accusative, Portuguese with the article. */
export const INSTRUMENT_LABELS: Record<RegionalInstrument, L<string>> = {
  AMERICAN_CONVENTION: {
    en: 'the American Convention on Human Rights', fr: 'la Convention américaine relative aux droits de l’homme', es: 'la Convención Americana sobre Derechos Humanos',
    ar: 'الاتفاقية الأمريكية لحقوق الإنسان',
    ru: 'Американскую конвенцию о правах человека',
    zh: '《美洲人权公约》',
    pt: 'a Convenção Americana sobre Direitos Humanos',
  },
  INTER_AMERICAN_COURT_JURISDICTION: {
    en: 'the contentious jurisdiction of the Inter-American Court', fr: 'la compétence contentieuse de la Cour interaméricaine', es: 'la competencia contenciosa de la Corte Interamericana',
    ar: 'الاختصاص التنازعي لمحكمة البلدان الأمريكية لحقوق الإنسان',
    ru: 'юрисдикцию Межамериканского суда по спорным делам',
    zh: '美洲人权法院的诉讼管辖权',
    pt: 'a jurisdição contenciosa da Corte Interamericana',
  },
  AFRICAN_CHARTER: {
    en: 'the African Charter on Human and Peoples’ Rights', fr: 'la Charte africaine des droits de l’homme et des peuples', es: 'la Carta Africana de Derechos Humanos y de los Pueblos',
    ar: 'الميثاق الأفريقي لحقوق الإنسان والشعوب',
    ru: 'Африканскую хартию прав человека и народов',
    zh: '《非洲人权和民族权宪章》',
    pt: 'a Carta Africana dos Direitos Humanos e dos Povos',
  },
  AFRICAN_COURT_PROTOCOL: {
    en: 'the Protocol establishing the African Court', fr: 'le Protocole portant création de la Cour africaine', es: 'el Protocolo que establece la Corte Africana',
    ar: 'البروتوكول المنشئ للمحكمة الأفريقية',
    ru: 'Протокол о создании Африканского суда',
    zh: '《关于设立非洲人权和民族权法院的议定书》',
    pt: 'o Protocolo que criou a Corte Africana',
  },
  AFRICAN_COURT_DIRECT_ACCESS: {
    en: 'direct access to the African Court (article 34(6) declaration)', fr: 'l’accès direct à la Cour africaine (déclaration de l’article 34(6))', es: 'el acceso directo a la Corte Africana (declaración del artículo 34(6))',
    ar: 'اللجوء المباشر إلى المحكمة الأفريقية (الإعلان بموجب المادة 34(6))',
    ru: 'прямой доступ в Африканский суд (заявление по статье 34(6))',
    zh: '直接向非洲法院起诉的权利（根据第34条第6款作出的声明）',
    pt: 'o acesso direto à Corte Africana (declaração do artigo 34(6))',
  },
  EUROPEAN_CONVENTION: {
    en: 'the European Convention on Human Rights', fr: 'la Convention européenne des droits de l’homme', es: 'el Convenio Europeo de Derechos Humanos',
    ar: 'الاتفاقية الأوروبية لحقوق الإنسان',
    ru: 'Европейскую конвенцию о защите прав человека',
    zh: '《欧洲人权公约》',
    pt: 'a Convenção Europeia dos Direitos Humanos',
  },
  ARAB_CHARTER: {
    en: 'the Arab Charter on Human Rights', fr: 'la Charte arabe des droits de l’homme', es: 'la Carta Árabe de Derechos Humanos',
    ar: 'الميثاق العربي لحقوق الإنسان',
    ru: 'Арабскую хартию прав человека',
    zh: '《阿拉伯人权宪章》',
    pt: 'a Carta Árabe dos Direitos Humanos',
  },
};

export const SPEED_LABELS: Record<ResponseSpeed, L<string>> = {
  HOURS: {
    en: 'Typically acts within hours.', fr: 'Agit généralement en quelques heures.', es: 'Suele actuar en pocas horas.',
    ar: 'يتحرك عادةً خلال ساعات.',
    ru: 'Обычно действует в течение нескольких часов.',
    zh: '通常在数小时内采取行动。',
    pt: 'Costuma agir em poucas horas.',
  },
  DAYS: {
    en: 'Typically acts within days.', fr: 'Agit généralement en quelques jours.', es: 'Suele actuar en pocos días.',
    ar: 'يتحرك عادةً خلال أيام.',
    ru: 'Обычно действует в течение нескольких дней.',
    zh: '通常在数天内采取行动。',
    pt: 'Costuma agir em poucos dias.',
  },
  WEEKS: {
    en: 'Typically takes weeks.', fr: 'Prend généralement des semaines.', es: 'Suele tardar semanas.',
    ar: 'يستغرق عادةً أسابيع.',
    ru: 'Обычно занимает несколько недель.',
    zh: '通常需要数周。',
    pt: 'Costuma levar semanas.',
  },
  MONTHS: {
    en: 'Typically takes months.', fr: 'Prend généralement des mois.', es: 'Suele tardar meses.',
    ar: 'يستغرق عادةً أشهرًا.',
    ru: 'Обычно занимает несколько месяцев.',
    zh: '通常需要数月。',
    pt: 'Costuma levar meses.',
  },
  UNKNOWN: {
    en: 'No source gives its response time.', fr: 'Aucune source n’indique son délai de réponse.', es: 'Ninguna fuente indica su tiempo de respuesta.',
    ar: 'لا يذكر أي مصدر المدة التي يستغرقها للرد.',
    ru: 'Ни один источник не указывает срок ответа.',
    zh: '没有任何来源说明其响应时间。',
    pt: 'Nenhuma fonte informa o tempo de resposta.',
  },
};

export const PHASE_TITLES: Record<PlanPhaseKind, L<string>> = {
  ACT_NOW: {
    en: 'Act now', fr: 'Agir maintenant', es: 'Actuar ahora',
    ar: 'التحرك الآن',
    ru: 'Действовать сейчас',
    zh: '立即行动',
    pt: 'Agir agora',
  },
  NEXT_DAYS: {
    en: 'In the next days', fr: 'Dans les prochains jours', es: 'En los próximos días',
    ar: 'خلال الأيام المقبلة',
    ru: 'В ближайшие дни',
    zh: '未来几天内',
    pt: 'Nos próximos dias',
  },
  LONGER_TERM: {
    en: 'Longer term', fr: 'À plus long terme', es: 'A más largo plazo',
    ar: 'على المدى الأبعد',
    ru: 'В долгосрочной перспективе',
    zh: '较长期',
    pt: 'A mais longo prazo',
  },
};

const STATUS_LABELS: Record<RecordStatus, L<string>> = {
  ACTIVE: {
    en: 'active', fr: 'actif', es: 'activo',
    ar: 'نشط',
    ru: 'активно',
    zh: '有效',
    pt: 'ativo',
  },
  UNCERTAIN: {
    en: 'uncertain', fr: 'incertain', es: 'incierto',
    ar: 'غير مؤكد',
    ru: 'под вопросом',
    zh: '不确定',
    pt: 'incerto',
  },
  PAUSED: {
    en: 'paused', fr: 'suspendu', es: 'en pausa',
    ar: 'معلّق',
    ru: 'приостановлено',
    zh: '已暂停',
    pt: 'suspenso',
  },
  CLOSED: {
    en: 'closed', fr: 'fermé', es: 'cerrado',
    ar: 'مغلق',
    ru: 'закрыто',
    zh: '已关闭',
    pt: 'encerrado',
  },
};

export const labelRisks = (risks: readonly RiskType[], l: TextLocale) => joinList(risks.map((r) => RISK_LABELS[r][l]), l);
export const labelProfiles = (p: readonly DefenderProfile[], l: TextLocale) => joinList(p.map((x) => PROFILE_LABELS[x][l]), l);

/** "de" before a label with its article: "du Conseil", "del Consejo", never "de le", "de el". */
function deFr(label: string): string {
  return label.startsWith('le ') ? `du ${label.slice(3)}` : label.startsWith('les ') ? `des ${label.slice(4)}` : `de ${label}`;
}
function deEs(label: string): string {
  return label.startsWith('el ') ? `del ${label.slice(3)}` : `de ${label}`;
}

/** One message per locale, with the same arguments. */
function m<A extends unknown[]>(x: L<(...a: A) => string>): L<(...a: A) => string> {
  return x;
}

/**
 * Every sentence the finder writes. Arguments are already localized strings. In Arabic, an
 * argument that may be in Latin script (a country or record name, a date, a contact value,
 * language codes) is wrapped with isolate(); lists come from joinList, which isolates their
 * Latin-script items; labels from the tables above are Arabic already.
 */
export const MSG = {
  // exclusions
  notActive: m<[string]>({
    en: (s) => `It is not taking requests at the moment (status: ${s}).`,
    fr: (s) => `Il n’accepte pas de demandes pour le moment (statut : ${s}).`,
    es: (s) => `No acepta solicitudes por ahora (estado: ${s}).`,
    ar: (s) => `لا يستقبل طلبات في الوقت الحالي (الحالة: ${s}).`,
    ru: (s) => `Сейчас не принимает обращений (статус: ${s}).`,
    zh: (s) => `目前不接受申请（状态：${s}）。`,
    pt: (s) => `No momento, não está aceitando pedidos (status: ${s}).`,
  }),
  riskNotAddressed: m<[]>({
    en: () => 'It does not address any of the risks described.',
    fr: () => 'Il ne répond à aucun des risques décrits.',
    es: () => 'No responde a ninguno de los riesgos descritos.',
    ar: () => 'لا يعالج أيًّا من المخاطر الموصوفة.',
    ru: () => 'Не работает ни с одним из описанных рисков.',
    zh: () => '不应对所述的任何风险。',
    pt: () => 'Não responde a nenhum dos riscos descritos.',
  }),
  outsideCoverage: m<[string]>({
    en: (c) => `It does not work in ${c}.`,
    fr: (c) => `Il n’intervient pas dans ce pays : ${c}.`,
    es: (c) => `No trabaja en este país: ${c}.`,
    ar: (c) => `لا يعمل في ${isolate(c)}.`,
    ru: (c) => `Не работает в этой стране: ${c}.`,
    zh: (c) => `不在${c}开展工作。`,
    pt: (c) => `Não atua neste país: ${c}.`,
  }),
  countryExcluded: m<[string]>({
    en: (c) => `It explicitly excludes ${c}.`,
    fr: (c) => `Il exclut explicitement ce pays : ${c}.`,
    es: (c) => `Excluye explícitamente este país: ${c}.`,
    ar: (c) => `يستثني ${isolate(c)} صراحةً.`,
    ru: (c) => `Прямо исключает эту страну: ${c}.`,
    zh: (c) => `明确将${c}排除在外。`,
    pt: (c) => `Exclui expressamente este país: ${c}.`,
  }),
  notMemberOf: m<[string, string]>({
    en: (c, s) => `${c} is not a member of ${s}, which this route requires.`,
    fr: (c, s) => `${c} n’est pas membre ${deFr(s)}, ce que cette voie exige.`,
    es: (c, s) => `${c} no es miembro ${deEs(s)}, algo que esta vía exige.`,
    ar: (c, s) => `هذا البلد (${isolate(c)}) ليس عضوًا في ${s}، وهذا المسار يشترط ذلك.`,
    ru: (c, s) => `${c} не является членом ${s}, а этот путь этого требует.`,
    zh: (c, s) => `${c}不是${s}的成员，而这一途径要求具备成员身份。`,
    pt: (c, s) => `${c} não é membro ${s}, o que esta via exige.`,
  }),
  memberOfExcluded: m<[string, string]>({
    en: (c, s) => `It applies only outside ${s}, and ${c} is a member.`,
    fr: (c, s) => `Il s’applique seulement hors ${deFr(s)}, dont ${c} est membre.`,
    es: (c, s) => `Solo se aplica fuera ${deEs(s)}, y ${c} es miembro.`,
    ar: (c, s) => `لا ينطبق إلا خارج ${s}، وهذا البلد (${isolate(c)}) عضو.`,
    ru: (c, s) => `Применяется только за пределами ${s}, а ${c} — государство-член.`,
    zh: (c, s) => `仅适用于${s}以外的国家，而${c}是其成员国。`,
    pt: (c, s) => `Aplica-se somente fora ${s}, e ${c} é membro.`,
  }),
  procedureNotAccepted: m<[string, string, string | null]>({
    en: (c, p, d) => `${c} had not accepted ${p} according to treaty data${d ? ` as of ${d}` : ''}; if it has accepted it since, this route opens (check the UN Treaty Collection).`,
    fr: (c, p, d) => `${c} n’avait pas accepté ${p} selon les données des traités${d ? ` au ${d}` : ''} ; si ce pays l’a accepté depuis, cette voie s’ouvre (vérifier dans la Collection des traités de l’ONU).`,
    es: (c, p, d) => `${c} no había aceptado ${p} según los datos de tratados${d ? ` al ${d}` : ''}; si lo aceptó después, esta vía se abre (verificar en la Colección de Tratados de la ONU).`,
    ar: (c, p, d) => `وفقًا لبيانات المعاهدات${d ? ` حتى تاريخ ${isolate(d)}` : ''}، لم يكن هذا البلد (${isolate(c)}) قد قبل ${p}؛ وإذا كان قد قبل ذلك منذئذٍ، يُفتح هذا المسار (يُرجى التحقق في مجموعة معاهدات الأمم المتحدة).`,
    ru: (c, p, d) => `По данным о договорах${d ? ` на ${d}` : ''}, эта страна (${c}) не приняла ${p}; если она сделала это позднее, этот путь открыт (проверьте в Сборнике договоров ООН).`,
    zh: (c, p, d) => `根据${d ? `截至${d}的` : ''}条约数据，${c}尚未接受${p}；如果此后已经接受，这一途径即可使用（请在联合国条约集中核实）。`,
    pt: (c, p, d) => `Segundo os dados de tratados${d ? ` até ${d}` : ''}, ${c} não havia aceitado ${p}; se aceitou depois, esta via se abre (verifique na Coleção de Tratados da ONU).`,
  }),
  instrumentNotAccepted: m<[string, string, string]>({
    en: (c, p, d) => `${c} is not a party to ${p} according to our sources as of ${d}; if that has changed, this route opens.`,
    fr: (c, p, d) => `Selon nos sources au ${d}, ce pays (${c}) n’a pas accepté ${p} ; si cela a changé, cette voie s’ouvre.`,
    es: (c, p, d) => `Según nuestras fuentes al ${d}, este país (${c}) no ha aceptado ${p}; si eso cambió, esta vía se abre.`,
    ar: (c, p, d) => `وفقًا لمصادرنا حتى تاريخ ${isolate(d)}، لم يقبل هذا البلد (${isolate(c)}) ${p}؛ وإذا تغيّر ذلك، يُفتح هذا المسار.`,
    ru: (c, p, d) => `По нашим источникам на ${d}, эта страна (${c}) не приняла ${p}; если это изменилось, этот путь открыт.`,
    zh: (c, p, d) => `根据我们截至${d}的资料，${c}尚未接受${p}；如果情况已有变化，这一途径即可使用。`,
    pt: (c, p, d) => `Segundo nossas fontes até ${d}, ${c} não aceitou ${p}; se isso mudou, esta via se abre.`,
  }),
  notUnMember: m<[string]>({
    en: (c) => `${c} is not a UN member state.`,
    fr: (c) => `${c} n’est pas un État membre de l’ONU.`,
    es: (c) => `${c} no es un Estado miembro de la ONU.`,
    ar: (c) => `هذا البلد (${isolate(c)}) ليس دولة عضوًا في الأمم المتحدة.`,
    ru: (c) => `${c} не является государством — членом ООН.`,
    zh: (c) => `${c}不是联合国会员国。`,
    pt: (c) => `${c} não é Estado-membro da ONU.`,
  }),
  profileRequired: m<[string]>({
    en: (p) => `It is open only to ${p}.`,
    fr: (p) => `Il est réservé à : ${p}.`,
    es: (p) => `Está reservado a: ${p}.`,
    ar: (p) => `مخصص فقط للفئات التالية: ${p}.`,
    ru: (p) => `Только для следующих категорий: ${p}.`,
    zh: (p) => `仅面向${p}。`,
    pt: (p) => `Está reservado a: ${p}.`,
  }),
  unCooperationRequired: m<[]>({
    en: () => 'It is only for reprisals against people who cooperated with the UN.',
    fr: () => 'Il concerne seulement les représailles contre des personnes ayant coopéré avec l’ONU.',
    es: () => 'Solo se refiere a represalias contra personas que cooperaron con la ONU.',
    ar: () => 'مخصص فقط للأعمال الانتقامية ضد أشخاص تعاونوا مع الأمم المتحدة.',
    ru: () => 'Только для случаев репрессий против людей, сотрудничавших с ООН.',
    zh: () => '仅适用于针对曾与联合国合作者的报复行为。',
    pt: () => 'Destina-se apenas a represálias contra pessoas que cooperaram com a ONU.',
  }),
  inCountryRequired: m<[]>({
    en: () => 'It is only for people who are still in the country.',
    fr: () => 'Il est réservé aux personnes qui se trouvent encore dans le pays.',
    es: () => 'Solo es para personas que siguen en el país.',
    ar: () => 'مخصص فقط للأشخاص الذين ما زالوا داخل البلد.',
    ru: () => 'Только для тех, кто всё ещё находится в стране.',
    zh: () => '仅面向仍在该国境内的人。',
    pt: () => 'É apenas para pessoas que ainda estão no país.',
  }),
  outsideCountryRequired: m<[]>({
    en: () => 'It is only for people who have left the country.',
    fr: () => 'Il est réservé aux personnes qui ont quitté le pays.',
    es: () => 'Solo es para personas que ya salieron del país.',
    ar: () => 'مخصص فقط للأشخاص الذين غادروا البلد.',
    ru: () => 'Только для тех, кто уже покинул страну.',
    zh: () => '仅面向已离开该国的人。',
    pt: () => 'É apenas para pessoas que já saíram do país.',
  }),
  // checks (NEEDS_CHECK)
  checkProcedure: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p} (UN Treaty Collection).`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} (Collection des traités de l’ONU).`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p} (Colección de Tratados de la ONU).`,
    ar: (c, p) => `يُرجى التحقق من أن هذا البلد (${isolate(c)}) قد قبل ${p} (مجموعة معاهدات الأمم المتحدة).`,
    ru: (c, p) => `Проверьте, приняла ли эта страна (${c}) ${p} (Сборник договоров ООН).`,
    zh: (c, p) => `请核实${c}是否已接受${p}（联合国条约集）。`,
    pt: (c, p) => `Verifique se ${c} aceitou ${p} (Coleção de Tratados da ONU).`,
  }),
  checkInstrument: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p}: our sources do not confirm it.`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} : nos sources ne le confirment pas.`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p}: nuestras fuentes no lo confirman.`,
    ar: (c, p) => `يُرجى التحقق من أن هذا البلد (${isolate(c)}) قد قبل ${p}: مصادرنا لا تؤكد ذلك.`,
    ru: (c, p) => `Проверьте, приняла ли эта страна (${c}) ${p}: наши источники этого не подтверждают.`,
    zh: (c, p) => `请核实${c}是否已接受${p}：我们的资料无法证实这一点。`,
    pt: (c, p) => `Verifique se ${c} aceitou ${p}: nossas fontes não confirmam isso.`,
  }),
  checkCountryList: m<[string]>({
    en: (c) => `Check that it works for ${c}: the list of countries it serves is not confirmed.`,
    fr: (c) => `Vérifier qu’il intervient pour ce pays (${c}) : la liste des pays couverts n’est pas confirmée.`,
    es: (c) => `Verificar que actúa para este país (${c}): la lista de países que atiende no está confirmada.`,
    ar: (c) => `يُرجى التحقق من أنه يعمل لصالح هذا البلد (${isolate(c)}): قائمة البلدان التي يخدمها غير مؤكدة.`,
    ru: (c) => `Уточните, распространяется ли работа на эту страну (${c}): список стран, с которыми ведётся работа, не подтверждён.`,
    zh: (c) => `请核实其是否为${c}提供服务：其服务国家名单未经确认。`,
    pt: (c) => `Verifique se atua para ${c}: a lista de países atendidos não está confirmada.`,
  }),
  checkStillWorks: m<[]>({
    en: () => 'A source says it may have stopped or changed (see its alert): confirm that it still works before relying on it.',
    fr: () => 'Une source indique qu’il a pu s’arrêter ou changer (voir l’alerte) : confirmer qu’il fonctionne encore avant de compter dessus.',
    es: () => 'Una fuente indica que pudo haberse detenido o cambiado (ver la alerta): confirmar que sigue funcionando antes de contar con él.',
    ar: () => 'يشير أحد المصادر إلى أنه ربما توقف أو تغيّر (يُرجى مراجعة التنبيه): يُرجى التأكد من أنه لا يزال يعمل قبل الاعتماد عليه.',
    ru: () => 'Один из источников сообщает, что работа могла прекратиться или измениться (см. предупреждение): прежде чем на это рассчитывать, убедитесь, что всё по-прежнему действует.',
    zh: () => '有来源称其可能已停止运作或有所变动（见警示）：在依赖它之前，请确认它仍在运作。',
    pt: () => 'Uma fonte indica que pode ter parado ou mudado (veja o alerta): confirme que ainda funciona antes de contar com ele.',
  }),
  checkProfile: m<[string]>({
    en: (p) => `Open only to ${p}: check that this applies to you.`,
    fr: (p) => `Réservé à : ${p}. Vérifier que cela vous concerne.`,
    es: (p) => `Reservado a: ${p}. Verificar que le corresponde.`,
    ar: (p) => `مخصص فقط للفئات التالية: ${p}. يُرجى التحقق من أن ذلك ينطبق عليك.`,
    ru: (p) => `Только для следующих категорий: ${p}. Проверьте, относится ли это к вам.`,
    zh: (p) => `仅面向${p}：请核实这是否适用于您。`,
    pt: (p) => `Reservado a: ${p}. Verifique se isso se aplica a você.`,
  }),
  checkInCountry: m<[]>({
    en: () => 'Only for people still in the country: check that this applies.',
    fr: () => 'Seulement pour les personnes encore dans le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que siguen en el país: verificar que es el caso.',
    ar: () => 'مخصص فقط للأشخاص الذين ما زالوا داخل البلد: يُرجى التحقق من أن ذلك ينطبق عليك.',
    ru: () => 'Только для тех, кто всё ещё находится в стране: проверьте, относится ли это к вам.',
    zh: () => '仅面向仍在该国境内的人：请核实是否属于这种情况。',
    pt: () => 'Apenas para pessoas que ainda estão no país: verifique se é o caso.',
  }),
  checkOutsideCountry: m<[]>({
    en: () => 'Only for people who have left the country: check that this applies.',
    fr: () => 'Seulement pour les personnes ayant quitté le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que salieron del país: verificar que es el caso.',
    ar: () => 'مخصص فقط للأشخاص الذين غادروا البلد: يُرجى التحقق من أن ذلك ينطبق عليك.',
    ru: () => 'Только для тех, кто уже покинул страну: проверьте, относится ли это к вам.',
    zh: () => '仅面向已离开该国的人：请核实是否属于这种情况。',
    pt: () => 'Apenas para pessoas que já saíram do país: verifique se é o caso.',
  }),
  // reasons
  addressesRisks: m<[string]>({
    en: (r) => `Addresses ${r}.`,
    fr: (r) => `Répond à : ${r}.`,
    es: (r) => `Responde a: ${r}.`,
    ar: (r) => `يعالج ${r}.`,
    ru: (r) => `Помогает в таких ситуациях: ${r}.`,
    zh: (r) => `应对${r}。`,
    pt: (r) => `Responde a: ${r}.`,
  }),
  generalService: m<[]>({
    en: () => 'A general protection service, not specific to these risks.',
    fr: () => 'Un service de protection général, non spécifique à ces risques.',
    es: () => 'Un servicio de protección general, no específico de estos riesgos.',
    ar: () => 'خدمة حماية عامة، غير مخصصة لهذه المخاطر تحديدًا.',
    ru: () => 'Общая служба защиты, не предназначенная специально для этих рисков.',
    zh: () => '一般性保护服务，并非专门针对这些风险。',
    pt: () => 'Um serviço de proteção geral, não específico para esses riscos.',
  }),
  available247: m<[]>({
    en: () => 'Reachable 24 hours a day, 7 days a week.',
    fr: () => 'Joignable 24 heures sur 24, 7 jours sur 7.',
    es: () => 'Disponible las 24 horas, los 7 días de la semana.',
    ar: () => 'يمكن التواصل معه على مدار 24 ساعة، 7 أيام في الأسبوع.',
    ru: () => 'Связаться можно 24 часа в сутки, 7 дней в неделю.',
    zh: () => '每周7天、每天24小时均可联系。',
    pt: () => 'Disponível 24 horas por dia, 7 dias por semana.',
  }),
  languageMatch: m<[string]>({
    en: (x) => `You can contact it in ${x}.`,
    fr: (x) => `Vous pouvez le contacter dans ces langues : ${x}.`,
    es: (x) => `Puede contactarlo en estos idiomas: ${x}.`,
    ar: (x) => `يمكنك التواصل معه بهذه اللغات: ${isolate(x)}.`,
    ru: (x) => `Связаться можно на этих языках: ${x}.`,
    zh: (x) => `您可以使用以下语言联系：${x}。`,
    pt: (x) => `Você pode entrar em contato nestes idiomas: ${x}.`,
  }),
  profileMatch: m<[string]>({
    en: (p) => `Aimed at ${p}.`,
    fr: (p) => `Destiné à : ${p}.`,
    es: (p) => `Dirigido a: ${p}.`,
    ar: (p) => `موجّه إلى الفئات التالية: ${p}.`,
    ru: (p) => `Целевые группы: ${p}.`,
    zh: (p) => `面向${p}。`,
    pt: (p) => `Voltado para: ${p}.`,
  }),
  coversCountry: m<[string]>({
    en: (c) => `Works in ${c} specifically.`,
    fr: (c) => `Intervient spécifiquement dans ce pays : ${c}.`,
    es: (c) => `Trabaja específicamente en este país: ${c}.`,
    ar: (c) => `يعمل تحديدًا في ${isolate(c)}.`,
    ru: (c) => `Работает именно в этой стране: ${c}.`,
    zh: (c) => `专门在${c}开展工作。`,
    pt: (c) => `Atua especificamente neste país: ${c}.`,
  }),
  coversRegion: m<[string]>({
    en: (s) => `Covers the member states of ${s}.`,
    fr: (s) => `Couvre les États membres ${deFr(s)}.`,
    es: (s) => `Cubre los Estados miembros ${deEs(s)}.`,
    ar: (s) => `يشمل الدول الأعضاء في ${s}.`,
    ru: (s) => `Охватывает государства — члены ${s}.`,
    zh: (s) => `覆盖${s}的成员国。`,
    pt: (s) => `Abrange os Estados-membros ${s}.`,
  }),
  coversWorld: m<[]>({
    en: () => 'Works worldwide.',
    fr: () => 'Intervient dans le monde entier.',
    es: () => 'Trabaja en todo el mundo.',
    ar: () => 'يعمل في جميع أنحاء العالم.',
    ru: () => 'Работает по всему миру.',
    zh: () => '在全球范围内开展工作。',
    pt: () => 'Atua no mundo todo.',
  }),
  reprisalOpen: m<[]>({
    en: () => 'The risk follows cooperation with the UN, so reprisal reporting is open.',
    fr: () => 'Le risque fait suite à une coopération avec l’ONU : le signalement de représailles est ouvert.',
    es: () => 'El riesgo sigue a una cooperación con la ONU: se puede denunciar la represalia.',
    ar: () => 'الخطر ناجم عن التعاون مع الأمم المتحدة، لذا يمكن الإبلاغ عن العمل الانتقامي.',
    ru: () => 'Риск связан с сотрудничеством с ООН, поэтому можно сообщить о репрессиях.',
    zh: () => '该风险源于与联合国的合作，因此可以举报报复行为。',
    pt: () => 'O risco decorre da cooperação com a ONU, por isso é possível denunciar a represália.',
  }),
  // caveats
  stale: m<[string]>({
    en: (d) => `The newest evidence for this record dates from ${d}, more than two years ago: check the details before relying on them.`,
    fr: (d) => `Les informations les plus récentes sur cette ressource datent du ${d}, il y a plus de deux ans : les vérifier avant de s’y fier.`,
    es: (d) => `La información más reciente sobre este recurso es del ${d}, hace más de dos años: comprobar los datos antes de confiar en ellos.`,
    ar: (d) => `أحدث ما يوثّق هذا السجل يعود إلى ${isolate(d)}، أي قبل أكثر من عامين: يُرجى التحقق من التفاصيل قبل الاعتماد عليها.`,
    ru: (d) => `Самые свежие сведения об этой записи датированы ${d}, то есть им больше двух лет: проверьте данные, прежде чем на них полагаться.`,
    zh: (d) => `该条目的最新依据来自${d}，已是两年多以前：请在依赖之前核实相关信息。`,
    pt: (d) => `A informação mais recente sobre este registro é de ${d}, há mais de dois anos: verifique os dados antes de confiar neles.`,
  }),
  languageNoMatch: m<[string]>({
    en: (x) => `Its contact channels are listed in ${x}, not in the languages given.`,
    fr: (x) => `Ses moyens de contact sont indiqués dans ces langues : ${x}, pas dans celles données.`,
    es: (x) => `Sus canales de contacto figuran en estos idiomas: ${x}, no en los indicados.`,
    ar: (x) => `قنوات الاتصال به مُدرجة بهذه اللغات: ${isolate(x)}، وليس باللغات المحددة.`,
    ru: (x) => `Каналы связи указаны на этих языках: ${x} — не на тех, что вы указали.`,
    zh: (x) => `其联系渠道使用的语言为：${x}，而非您所列的语言。`,
    pt: (x) => `Os canais de contato estão disponíveis nestes idiomas: ${x}, não nos informados.`,
  }),
  languageUnknown: m<[]>({
    en: () => 'No source lists the languages it works in.',
    fr: () => 'Aucune source n’indique ses langues de travail.',
    es: () => 'Ninguna fuente indica sus idiomas de trabajo.',
    ar: () => 'لا يذكر أي مصدر اللغات التي يعمل بها.',
    ru: () => 'Ни один источник не указывает рабочие языки.',
    zh: () => '没有任何来源说明其工作语言。',
    pt: () => 'Nenhuma fonte indica os idiomas de trabalho.',
  }),
  profileMismatch: m<[string]>({
    en: (p) => `Aimed at ${p}: ask whether it can help in your case.`,
    fr: (p) => `Destiné à : ${p}. Demander s’il peut aider dans votre cas.`,
    es: (p) => `Dirigido a: ${p}. Preguntar si puede ayudar en su caso.`,
    ar: (p) => `موجّه إلى الفئات التالية: ${p}. يُرجى السؤال عمّا إذا كان بإمكانه المساعدة في حالتك.`,
    ru: (p) => `Целевые группы: ${p}. Уточните, смогут ли помочь в вашем случае.`,
    zh: (p) => `面向${p}：请询问其能否在您的情况下提供帮助。`,
    pt: (p) => `Voltado para: ${p}. Pergunte se pode ajudar no seu caso.`,
  }),
  embassyVisibility: m<[]>({
    en: () => 'Being seen going to and from an embassy can raise your risk under surveillance: ask for contact through a trusted intermediary or a remote channel.',
    fr: () => 'Être vu entrer et sortir d’une ambassade peut accroître le risque sous surveillance : demander un contact par un intermédiaire de confiance ou à distance.',
    es: () => 'Ser visto entrando y saliendo de una embajada puede aumentar el riesgo bajo vigilancia: pedir contacto a través de un intermediario de confianza o a distancia.',
    ar: () => 'في ظل المراقبة، قد يزيد الخطر عليك إذا شوهد ترددك على السفارة: يُرجى طلب التواصل عبر وسيط موثوق أو عبر قناة عن بُعد.',
    ru: () => 'При слежке визиты в посольство могут заметить, и это повышает ваш риск: попросите о контакте через доверенного посредника или по удалённому каналу.',
    zh: () => '在受到监视的情况下，被人看到进出大使馆可能增加您的风险：请要求通过可信的中间人或远程渠道联系。',
    pt: () => 'Ser visto entrando e saindo de uma embaixada pode aumentar seu risco sob vigilância: peça contato por meio de um intermediário de confiança ou por um canal remoto.',
  }),
  inPersonOnly: m<[]>({
    en: () => 'It can only be reached in person, which can be observed.',
    fr: () => 'Il ne peut être joint qu’en personne, ce qui peut être observé.',
    es: () => 'Solo se puede contactar en persona, lo que puede ser observado.',
    ar: () => 'لا يمكن التواصل معه إلا حضوريًا، وهو ما قد يكون مرصودًا.',
    ru: () => 'Связаться можно только лично, а это могут заметить.',
    zh: () => '只能当面联系，而这可能被人看到。',
    pt: () => 'Só é possível o contato pessoalmente, o que pode ser observado.',
  }),
  publicity: m<[]>({
    en: () => 'This route can make the case public: agree beforehand on what may be published and on the consent of everyone named.',
    fr: () => 'Cette voie peut rendre le cas public : convenir à l’avance de ce qui peut être publié et du consentement des personnes nommées.',
    es: () => 'Esta vía puede hacer público el caso: acordar antes qué puede publicarse y el consentimiento de las personas nombradas.',
    ar: () => 'قد يجعل هذا المسار القضية علنية: يُرجى الاتفاق مسبقًا على ما يجوز نشره وعلى موافقة كل من يُذكر اسمه.',
    ru: () => 'Этот путь может сделать дело публичным: заранее договоритесь, что можно публиковать, и получите согласие всех, кто будет назван.',
    zh: () => '这一途径可能使案件公开：请事先商定哪些内容可以公开，并征得所有被点名者的同意。',
    pt: () => 'Esta via pode tornar o caso público: combine antes o que pode ser publicado e obtenha o consentimento de todas as pessoas citadas.',
  }),
  unconfirmedChannel: m<[]>({
    en: () => 'Some contact details could not be confirmed in a source: check them on the official website first.',
    fr: () => 'Certaines coordonnées n’ont pas pu être confirmées : les vérifier d’abord sur le site officiel.',
    es: () => 'Algunos datos de contacto no se pudieron confirmar: verificarlos antes en el sitio oficial.',
    ar: () => 'تعذّر تأكيد بعض بيانات الاتصال من أي مصدر: يُرجى التحقق منها أولًا على الموقع الرسمي.',
    ru: () => 'Некоторые контактные данные не удалось подтвердить по источникам: сначала проверьте их на официальном сайте.',
    zh: () => '部分联系方式未能在来源中得到确认：请先在官方网站上核实。',
    pt: () => 'Alguns dados de contato não puderam ser confirmados em uma fonte: verifique-os antes no site oficial.',
  }),
  noChannel: m<[]>({
    en: () => 'No confirmed contact channel is listed.',
    fr: () => 'Aucun moyen de contact confirmé n’est indiqué.',
    es: () => 'No figura ningún canal de contacto confirmado.',
    ar: () => 'لا توجد قناة اتصال مؤكدة مُدرجة.',
    ru: () => 'Подтверждённых каналов связи не указано.',
    zh: () => '未列出经确认的联系渠道。',
    pt: () => 'Nenhum canal de contato confirmado está listado.',
  }),
  reprisalConsent: m<[]>({
    en: () => 'Protect the people concerned: say whether the person (and their family) agreed to be named and was informed of the report. Consent is a prerequisite.',
    fr: () => 'Protéger les personnes concernées : indiquer si la personne (et sa famille) a accepté d’être nommée et a été informée du signalement. Le consentement est une condition préalable.',
    es: () => 'Proteger a las personas afectadas: indicar si la persona (y su familia) aceptó ser nombrada y fue informada de la denuncia. El consentimiento es un requisito previo.',
    ar: () => 'لحماية الأشخاص المعنيين، يُرجى ذكر ما إذا كان الشخص (وأسرته) قد وافق على ذكر اسمه وأُبلغ بهذا البلاغ. الموافقة شرط مسبق.',
    ru: () => 'Защитите затронутых людей: укажите, согласился ли человек (и его семья) на упоминание имени и был ли он проинформирован о сообщении. Согласие — обязательное предварительное условие.',
    zh: () => '保护相关人员：请说明当事人（及其家人）是否同意被点名，以及是否已被告知此次举报。征得同意是前提条件。',
    pt: () => 'Proteja as pessoas envolvidas: informe se a pessoa (e sua família) concordou em ser nomeada e foi informada da denúncia. O consentimento é um requisito prévio.',
  }),
  reprisalUnDocs: m<[]>({
    en: () => 'Say whether the reprisal has already been mentioned in any UN document, and give the reference.',
    fr: () => 'Indiquer si les représailles ont déjà été mentionnées dans un document de l’ONU, avec sa référence.',
    es: () => 'Indicar si la represalia ya se mencionó en algún documento de la ONU, con su referencia.',
    ar: () => 'يُرجى ذكر ما إذا كان العمل الانتقامي قد ورد بالفعل في أي وثيقة من وثائق الأمم المتحدة، مع ذكر مرجعها.',
    ru: () => 'Укажите, упоминались ли эти репрессии уже в каком-либо документе ООН, и приведите его номер или ссылку.',
    zh: () => '请说明该报复行为是否已在任何联合国文件中被提及，并注明出处。',
    pt: () => 'Informe se a represália já foi mencionada em algum documento da ONU e indique a referência.',
  }),
  reprisalFollowUp: m<[]>({
    en: () => 'Send follow-up on cases reported before (new reprisals, steps the state took to investigate).',
    fr: () => 'Transmettre un suivi des cas signalés auparavant (nouvelles représailles, mesures d’enquête prises par l’État).',
    es: () => 'Enviar seguimiento de casos ya denunciados (nuevas represalias, medidas de investigación del Estado).',
    ar: () => 'يُرجى إرسال معلومات متابعة بشأن الحالات المُبلَّغ عنها سابقًا (أعمال انتقامية جديدة، والخطوات التي اتخذتها الدولة للتحقيق).',
    ru: () => 'Сообщайте новые сведения по ранее заявленным случаям (новые репрессии, меры, принятые государством для расследования).',
    zh: () => '就此前举报的案件发送后续信息（新的报复行为、国家为调查所采取的措施）。',
    pt: () => 'Envie atualizações sobre casos denunciados antes (novas represálias, medidas tomadas pelo Estado para investigar).',
  }),
  // next steps
  contactVia: m<[string]>({
    en: (p) => `Contact ${p} through the first channel listed (the safest).`,
    fr: (p) => `Contacter ${p} par le premier moyen indiqué (le plus sûr).`,
    es: (p) => `Contactar a ${p} por el primer canal indicado (el más seguro).`,
    ar: (p) => `يُرجى التواصل مع ${isolate(p)} عبر أول قناة مُدرجة (وهي الأكثر أمانًا).`,
    ru: (p) => `Контакт: ${p} — используйте первый указанный канал (самый безопасный).`,
    zh: (p) => `通过列出的第一个渠道（最安全的渠道）联系${p}。`,
    pt: (p) => `Entre em contato com ${p} pelo primeiro canal indicado (o mais seguro).`,
  }),
  requirement: m<[string]>({
    en: (r) => `Have ready: ${r}`,
    fr: (r) => `Préparer : ${r}`,
    es: (r) => `Tener listo: ${r}`,
    ar: (r) => `ما يلزم تجهيزه: ${isolate(r)}`,
    ru: (r) => `Подготовьте: ${r}`,
    zh: (r) => `请准备：${r}`,
    pt: (r) => `Tenha em mãos: ${r}`,
  }),
  // summary
  summaryCount: m<[number, number]>({
    en: (n, k) => `${n} option${n === 1 ? '' : 's'} in the directory fit${n === 1 ? 's' : ''} this situation${k ? ` (${k} with a fact to check first)` : ''}.`,
    fr: (n, k) => `${n} option${n === 1 ? '' : 's'} de l’annuaire correspond${n === 1 ? '' : 'ent'} à cette situation${k ? ` (dont ${k} avec un point à vérifier d’abord)` : ''}.`,
    es: (n, k) => `${n} opci${n === 1 ? 'ón' : 'ones'} del directorio se ajusta${n === 1 ? '' : 'n'} a esta situación${k ? ` (${k} con un dato que verificar antes)` : ''}.`,
    ar: (n, k) => `يناسب هذا الوضع ${arCount(n, { one: 'خيار واحد', two: 'خياران', few: 'خيارات', many: 'خيارًا', other: 'خيار' })} من الدليل${k ? ` (عدد ما يحتاج منها إلى التحقق من معلومة أولًا: ${k})` : ''}.`,
    ru: (n, k) => `${n} ${ruPlural(n, 'вариант', 'варианта', 'вариантов')} из справочника ${ruPlural(n, 'подходит', 'подходят', 'подходят')} для этой ситуации${k ? ` (из них ${k} — с условием, которое нужно сначала проверить)` : ''}.`,
    zh: (n, k) => `目录中有${n}个选项适合这一情况${k ? `（其中${k}个需先核实一项信息）` : ''}。`,
    pt: (n, k) => `${n} ${n === 1 ? 'opção' : 'opções'} do diretório ${n === 1 ? 'se encaixa' : 'se encaixam'} nesta situação${k ? ` (${k} com um dado a verificar antes)` : ''}.`,
  }),
  summaryShown: m<[number]>({
    en: (k) => `The best ${k}, each through a different contact, are listed below.`,
    fr: (k) => `Les ${k} meilleures, chacune par un contact différent, sont indiquées ci-dessous.`,
    es: (k) => `Las ${k} mejores, cada una por un contacto distinto, se indican abajo.`,
    ar: (k) => `ترد أدناه أفضل الخيارات (${arCount(k, { one: 'خيار واحد', two: 'خياران', few: 'خيارات', many: 'خيارًا', other: 'خيار' })})، كلٌّ منها عبر جهة اتصال مختلفة.`,
    ru: (k) => `Ниже — лучшие из них (${k} ${ruPlural(k, 'вариант', 'варианта', 'вариантов')}), каждый через отдельный контакт.`,
    zh: (k) => `以下列出其中最合适的${k}个选项，每个选项使用不同的联系方式。`,
    pt: (k) => `Abaixo estão as melhores opções (${k}), cada uma por um contato diferente.`,
  }),
  summaryFirstContact: m<[string, string]>({
    en: (o, c) => `First step: ${o} — ${c}.`,
    fr: (o, c) => `Première étape : ${o} — ${c}.`,
    es: (o, c) => `Primer paso: ${o} — ${c}.`,
    ar: (o, c) => `الخطوة الأولى: ${isolate(o)} — ${c}.`,
    ru: (o, c) => `Первый шаг: ${o} — ${c}.`,
    zh: (o, c) => `第一步：${o}——${c}。`,
    pt: (o, c) => `Primeiro passo: ${o} — ${c}.`,
  }),
  summaryFirstSteps: m<[string]>({
    en: (o) => `First step: ${o} (see its next steps).`,
    fr: (o) => `Première étape : ${o} (voir ses prochaines étapes).`,
    es: (o) => `Primer paso: ${o} (ver sus próximos pasos).`,
    ar: (o) => `الخطوة الأولى: ${isolate(o)} (يُرجى الاطلاع على خطواته التالية).`,
    ru: (o) => `Первый шаг: ${o} (см. дальнейшие шаги).`,
    zh: (o) => `第一步：${o}（见其后续步骤）。`,
    pt: (o) => `Primeiro passo: ${o} (veja os próximos passos).`,
  }),
  routeReaches: m<[string, string]>({
    en: (c, x) => `One contact (${c}) reaches: ${x}.`,
    fr: (c, x) => `Un seul contact (${c}) permet d’accéder à : ${x}.`,
    es: (c, x) => `Un solo contacto (${c}) da acceso a: ${x}.`,
    ar: (c, x) => `جهة اتصال واحدة (${c}) تتيح الوصول إلى: ${x}.`,
    ru: (c, x) => `Через один контакт (${c}) доступны: ${x}.`,
    zh: (c, x) => `通过同一个联系方式（${c}）即可联系到：${x}。`,
    pt: (c, x) => `Um único contato (${c}) dá acesso a: ${x}.`,
  }),
  saferChannelUnconfirmed: m<[string]>({
    en: (k) => `Under surveillance, prefer their ${k}; its address is not confirmed here: find it on their official website, from a device and connection you trust, never through a link someone sends you.`,
    fr: (k) => `Sous surveillance, préférez leur ${k} ; son adresse n’est pas confirmée ici : cherchez-la sur leur site officiel, depuis un appareil et une connexion de confiance, jamais par un lien que l’on vous envoie.`,
    es: (k) => `Bajo vigilancia, prefiera su ${k}; su dirección no está confirmada aquí: búsquela en su sitio oficial, desde un dispositivo y una conexión de confianza, nunca por un enlace que le envíen.`,
    ar: (k) => `في ظل المراقبة، يُفضَّل استخدام ${k} الخاص بهم؛ لكن عنوانه غير مؤكد هنا: يُرجى البحث عنه في موقعهم الرسمي، من جهاز واتصال موثوقين، وليس أبدًا عبر رابط يرسله إليك أحد.`,
    ru: (k) => `При слежке лучше использовать их канал «${k}»; его адрес здесь не подтверждён: найдите его на их официальном сайте с устройства и через подключение, которым вы доверяете, и никогда — по ссылке, которую вам кто-то прислал.`,
    zh: (k) => `处于监视之下时，最好使用其${k}；此处未确认其地址：请使用您信任的设备和网络，在其官方网站上查找，切勿通过他人发来的链接获取。`,
    pt: (k) => `Sob vigilância, prefira este canal: ${k}; o endereço dele não está confirmado aqui: procure-o no site oficial, de um dispositivo e uma conexão de confiança, nunca por um link que alguém lhe envie.`,
  }),
  summaryNone: m<[]>({
    en: () => 'No option in the directory fits this situation; a general support NGO may still be able to advise.',
    fr: () => 'Aucune option de l’annuaire ne correspond à cette situation ; une ONG de soutien généraliste peut néanmoins conseiller.',
    es: () => 'Ninguna opción del directorio se ajusta a esta situación; una ONG de apoyo general aún puede orientar.',
    ar: () => 'لا يوجد خيار في الدليل يناسب هذا الوضع؛ ومع ذلك قد تتمكن منظمة غير حكومية تقدم دعمًا عامًا من تقديم المشورة.',
    ru: () => 'В справочнике нет вариантов, подходящих для этой ситуации; тем не менее совет может дать НКО, оказывающая общую поддержку.',
    zh: () => '目录中没有适合这一情况的选项；不过，提供一般性支持的非政府组织仍可能提供建议。',
    pt: () => 'Nenhuma opção do diretório se encaixa nesta situação; uma ONG de apoio geral ainda pode orientar.',
  }),
  summaryPhase: m<[string, string]>({
    en: (t, x) => `${t}: ${x}.`,
    fr: (t, x) => `${t} : ${x}.`,
    es: (t, x) => `${t}: ${x}.`,
    ar: (t, x) => `${t}: ${x}.`,
    ru: (t, x) => `${t}: ${x}.`,
    zh: (t, x) => `${t}：${x}。`,
    pt: (t, x) => `${t}: ${x}.`,
  }),
  summaryNoFast: m<[]>({
    en: () => 'No option acts within hours: start with the fastest ones below and keep people you trust informed.',
    fr: () => 'Aucune option n’agit en quelques heures : commencer par les plus rapides et tenir informées des personnes de confiance.',
    es: () => 'Ninguna opción actúa en pocas horas: empezar por las más rápidas y mantener informadas a personas de confianza.',
    ar: () => 'لا يوجد خيار يتحرك خلال ساعات: يُرجى البدء بأسرع الخيارات أدناه وإبقاء أشخاص موثوقين على اطلاع.',
    ru: () => 'Ни один вариант не действует в течение нескольких часов: начните с самых быстрых из приведённых ниже и держите в курсе людей, которым доверяете.',
    zh: () => '没有能在数小时内采取行动的选项：请从下列最快的选项着手，并让您信任的人随时了解情况。',
    pt: () => 'Nenhuma opção age em poucas horas: comece pelas mais rápidas abaixo e mantenha pessoas de confiança informadas.',
  }),
  summaryExcluded: m<[number]>({
    en: (x) => `${x} other offer${x === 1 ? ' was' : 's were'} ruled out; the plan says why.`,
    fr: (x) => `${x} autre${x === 1 ? ' offre a été écartée' : 's offres ont été écartées'} ; le plan indique pourquoi.`,
    es: (x) => `${x} ${x === 1 ? 'otra oferta fue descartada' : 'otras ofertas fueron descartadas'}; el plan explica por qué.`,
    ar: (x) => `تم استبعاد ${arCount(x, { one: 'عرض آخر', two: 'عرضين آخرين', few: 'عروض أخرى', many: 'عرضًا آخر', other: 'عرض آخر' })}؛ وتوضح الخطة السبب.`,
    ru: (x) => `Ещё ${x} ${ruPlural(x, 'предложение исключено', 'предложения исключены', 'предложений исключено')}; причины указаны в плане.`,
    zh: (x) => `另有${x}个选项已被排除；计划中说明了原因。`,
    pt: (x) => `${x} ${x === 1 ? 'outra oferta foi descartada' : 'outras ofertas foram descartadas'}; o plano explica por quê.`,
  }),
  // safety notes
  noteWhereabouts: m<[]>({
    en: () => 'Tell colleagues you trust where you are at regular intervals, and keep a phone number where you can be reached at all times.',
    fr: () => 'Dites régulièrement à des collègues de confiance où vous êtes, et gardez un numéro où l’on peut vous joindre à tout moment.',
    es: () => 'Informe con regularidad a colegas de confianza de dónde está, y mantenga un número en el que se le pueda localizar en todo momento.',
    ar: () => 'يُنصح بإبلاغ زملاء موثوقين بمكان وجودك على فترات منتظمة، والاحتفاظ برقم هاتف يمكن الوصول إليك عليه في جميع الأوقات.',
    ru: () => 'Регулярно сообщайте коллегам, которым доверяете, где вы находитесь, и держите номер телефона, по которому с вами можно связаться в любое время.',
    zh: () => '定期告知您信任的同事您身在何处，并保持一个随时能联系到您的电话号码。',
    pt: () => 'Informe regularmente a colegas de confiança onde você está e mantenha um número de telefone pelo qual seja possível falar com você a qualquer momento.',
  }),
  noteDevices: m<[]>({
    en: () => 'Keep phones, laptops and USB keys that hold sensitive files with you or locked away; devices go missing even in secure buildings.',
    fr: () => 'Gardez sur vous ou sous clé les téléphones, ordinateurs et clés USB contenant des fichiers sensibles ; des appareils disparaissent même dans des bâtiments sécurisés.',
    es: () => 'Lleve consigo o guarde bajo llave los teléfonos, computadoras y memorias USB con archivos sensibles; los dispositivos desaparecen incluso en edificios seguros.',
    ar: () => 'يُنصح بإبقاء الهواتف والحواسيب المحمولة وأقراص الذاكرة المحمولة التي تحتوي على ملفات حساسة معك أو في مكان مقفل؛ فالأجهزة تختفي حتى في المباني المؤمَّنة.',
    ru: () => 'Держите телефоны, ноутбуки и USB-накопители с конфиденциальными файлами при себе или под замком: устройства пропадают даже в охраняемых зданиях.',
    zh: () => '存有敏感文件的手机、笔记本电脑和U盘应随身携带或锁好；即使在有安保的建筑内，设备也会丢失。',
    pt: () => 'Mantenha com você ou trancados os celulares, notebooks e pen drives com arquivos sensíveis; aparelhos somem até em prédios seguros.',
  }),
  noteEarly: m<[]>({
    en: () => 'Act before the risk becomes acute: protection procedures can be slow, and an embassy that already knows your work helps faster. Build that link early, and remember that being seen at an embassy can itself draw attention.',
    fr: () => 'Agissez avant que le risque ne devienne aigu : les procédures de protection peuvent être lentes, et une ambassade qui connaît déjà votre travail aide plus vite. Créez ce lien tôt, en sachant qu’être vu à une ambassade peut attirer l’attention.',
    es: () => 'Actúe antes de que el riesgo sea agudo: los procedimientos de protección pueden ser lentos y una embajada que ya conoce su trabajo ayuda más rápido. Cree ese vínculo pronto, sabiendo que ser visto en una embajada puede llamar la atención.',
    ar: () => 'يُنصح بالتحرك قبل أن يصبح الخطر حادًا: فإجراءات الحماية قد تكون بطيئة، والسفارة التي تعرف عملك مسبقًا تساعد بسرعة أكبر. ويُستحسن بناء هذه الصلة مبكرًا، مع مراعاة أن الظهور في سفارة قد يلفت الانتباه في حد ذاته.',
    ru: () => 'Действуйте до того, как риск станет острым: процедуры защиты бывают медленными, а посольство, которое уже знает вашу работу, помогает быстрее. Установите этот контакт заранее и помните, что само появление в посольстве может привлечь внимание.',
    zh: () => '在风险变得紧迫之前就采取行动：保护程序可能进展缓慢，而已经了解您工作的大使馆能更快提供帮助。请及早建立这种联系，同时记住，被人看到出入大使馆本身就可能引起注意。',
    pt: () => 'Aja antes que o risco se torne agudo: os procedimentos de proteção podem ser lentos, e uma embaixada que já conhece seu trabalho ajuda mais rápido. Crie esse vínculo cedo, lembrando que ser visto em uma embaixada pode, por si só, chamar a atenção.',
  }),
  noteReprisal: m<[]>({
    en: () => 'Before reporting a reprisal to the UN, get the consent of the person concerned (and say whether their family agreed and was informed), cite any UN document that already mentions the case, and plan to send follow-up. Reprisals can also target family, friends or community.',
    fr: () => 'Avant de signaler des représailles à l’ONU, obtenez le consentement de la personne concernée (et indiquez si sa famille a accepté et a été informée), citez tout document de l’ONU qui mentionne déjà le cas et prévoyez d’envoyer un suivi. Les représailles peuvent aussi viser la famille, les amis ou la communauté.',
    es: () => 'Antes de denunciar una represalia ante la ONU, obtenga el consentimiento de la persona afectada (e indique si su familia aceptó y fue informada), cite cualquier documento de la ONU que ya mencione el caso y prevea enviar seguimiento. Las represalias también pueden dirigirse a la familia, amistades o comunidad.',
    ar: () => 'قبل الإبلاغ عن عمل انتقامي إلى الأمم المتحدة، يُنصح بالحصول على موافقة الشخص المعني (وذكر ما إذا كانت أسرته قد وافقت وأُبلغت)، والإشارة إلى أي وثيقة من وثائق الأمم المتحدة تذكر الحالة بالفعل، والتخطيط لإرسال معلومات متابعة. وقد تستهدف الأعمال الانتقامية أيضًا الأسرة أو الأصدقاء أو المجتمع المحلي.',
    ru: () => 'Прежде чем сообщать в ООН о репрессиях, получите согласие затронутого человека (и укажите, согласилась ли его семья и была ли она проинформирована), сошлитесь на любой документ ООН, где этот случай уже упоминался, и запланируйте отправку дополнительных сведений. Репрессии могут быть направлены и против семьи, друзей или общины.',
    zh: () => '在向联合国举报报复行为之前，请征得当事人的同意（并说明其家人是否同意并已知情），引用任何已提及该案件的联合国文件，并计划发送后续信息。报复行为也可能针对家人、朋友或所在社区。',
    pt: () => 'Antes de denunciar uma represália à ONU, obtenha o consentimento da pessoa envolvida (e informe se a família dela concordou e foi informada), cite qualquer documento da ONU que já mencione o caso e planeje enviar atualizações. As represálias também podem atingir a família, os amigos ou a comunidade.',
  }),
} as const;

/** How each kind of channel is named inside a sentence. */
export const CHANNEL_NAMES: Record<ChannelKind, L<string>> = {
  SECURE_EMAIL: {
    en: 'encrypted e-mail', fr: 'courriel chiffré', es: 'correo cifrado',
    ar: 'البريد الإلكتروني المشفّر',
    ru: 'зашифрованная электронная почта',
    zh: '加密电子邮件',
    pt: 'e-mail criptografado',
  },
  EMAIL: {
    en: 'e-mail', fr: 'courriel', es: 'correo electrónico',
    ar: 'البريد الإلكتروني',
    ru: 'электронная почта',
    zh: '电子邮件',
    pt: 'e-mail',
  },
  HOTLINE: {
    en: 'emergency line', fr: 'ligne d’urgence', es: 'línea de emergencia',
    ar: 'خط الطوارئ',
    ru: 'экстренная линия',
    zh: '紧急热线',
    pt: 'linha de emergência',
  },
  PHONE: {
    en: 'phone', fr: 'téléphone', es: 'teléfono',
    ar: 'الهاتف',
    ru: 'телефон',
    zh: '电话',
    pt: 'telefone',
  },
  SECURE_WEB_FORM: {
    en: 'secure web form', fr: 'formulaire web sécurisé', es: 'formulario web seguro',
    ar: 'نموذج الويب الآمن',
    ru: 'защищённая веб-форма',
    zh: '安全网页表单',
    pt: 'formulário web seguro',
  },
  WEB_FORM: {
    en: 'web form', fr: 'formulaire web', es: 'formulario web',
    ar: 'نموذج الويب',
    ru: 'веб-форма',
    zh: '网页表单',
    pt: 'formulário web',
  },
  MESSAGING_APP: {
    en: 'messaging app', fr: 'messagerie', es: 'aplicación de mensajería',
    ar: 'تطبيق المراسلة',
    ru: 'мессенджер',
    zh: '即时通讯应用',
    pt: 'aplicativo de mensagens',
  },
  IN_PERSON: {
    en: 'office', fr: 'bureau', es: 'oficina',
    ar: 'المكتب',
    ru: 'офис',
    zh: '办公室',
    pt: 'escritório',
  },
  POSTAL: {
    en: 'postal address', fr: 'adresse postale', es: 'dirección postal',
    ar: 'العنوان البريدي',
    ru: 'почтовый адрес',
    zh: '邮寄地址',
    pt: 'endereço postal',
  },
  WEBSITE: {
    en: 'website', fr: 'site web', es: 'sitio web',
    ar: 'الموقع الإلكتروني',
    ru: 'веб-сайт',
    zh: '网站',
    pt: 'site',
  },
};

/** What to do with a contact: "call +353 …", in the locale. */
export const CONTACT_VERBS: Record<ChannelKind, L<(v: string) => string>> = {
  HOTLINE: {
    en: (v) => `call ${v}`, fr: (v) => `appeler le ${v}`, es: (v) => `llamar al ${v}`,
    ar: (v) => `الاتصال بالرقم ${isolate(v)}`,
    ru: (v) => `позвонить по номеру ${v}`,
    zh: (v) => `拨打${v}`,
    pt: (v) => `ligar para ${v}`,
  },
  PHONE: {
    en: (v) => `call ${v}`, fr: (v) => `appeler le ${v}`, es: (v) => `llamar al ${v}`,
    ar: (v) => `الاتصال بالرقم ${isolate(v)}`,
    ru: (v) => `позвонить по номеру ${v}`,
    zh: (v) => `拨打${v}`,
    pt: (v) => `ligar para ${v}`,
  },
  MESSAGING_APP: {
    en: (v) => `send a message to ${v}`, fr: (v) => `envoyer un message au ${v}`, es: (v) => `enviar un mensaje al ${v}`,
    ar: (v) => `إرسال رسالة إلى ${isolate(v)}`,
    ru: (v) => `отправить сообщение на ${v}`,
    zh: (v) => `发送消息至${v}`,
    pt: (v) => `enviar uma mensagem para ${v}`,
  },
  SECURE_EMAIL: {
    en: (v) => `write (encrypted) to ${v}`, fr: (v) => `écrire (chiffré) à ${v}`, es: (v) => `escribir (cifrado) a ${v}`,
    ar: (v) => `الكتابة (برسالة مشفّرة) إلى ${isolate(v)}`,
    ru: (v) => `написать (зашифрованным письмом) на ${v}`,
    zh: (v) => `发送加密邮件至${v}`,
    pt: (v) => `escrever (criptografado) para ${v}`,
  },
  EMAIL: {
    en: (v) => `write to ${v}`, fr: (v) => `écrire à ${v}`, es: (v) => `escribir a ${v}`,
    ar: (v) => `الكتابة إلى ${isolate(v)}`,
    ru: (v) => `написать на ${v}`,
    zh: (v) => `发送邮件至${v}`,
    pt: (v) => `escrever para ${v}`,
  },
  SECURE_WEB_FORM: {
    en: (v) => `use the secure form at ${v}`, fr: (v) => `utiliser le formulaire sécurisé ${v}`, es: (v) => `usar el formulario seguro ${v}`,
    ar: (v) => `استخدام النموذج الآمن على ${isolate(v)}`,
    ru: (v) => `воспользоваться защищённой формой: ${v}`,
    zh: (v) => `使用安全表单：${v}`,
    pt: (v) => `usar o formulário seguro ${v}`,
  },
  WEB_FORM: {
    en: (v) => `use the form at ${v}`, fr: (v) => `utiliser le formulaire ${v}`, es: (v) => `usar el formulario ${v}`,
    ar: (v) => `استخدام النموذج على ${isolate(v)}`,
    ru: (v) => `воспользоваться формой: ${v}`,
    zh: (v) => `使用表单：${v}`,
    pt: (v) => `usar o formulário ${v}`,
  },
  WEBSITE: {
    en: (v) => `see ${v}`, fr: (v) => `consulter ${v}`, es: (v) => `consultar ${v}`,
    ar: (v) => `الاطلاع على ${isolate(v)}`,
    ru: (v) => `открыть ${v}`,
    zh: (v) => `访问${v}`,
    pt: (v) => `consultar ${v}`,
  },
  IN_PERSON: {
    en: (v) => `go to ${v}`, fr: (v) => `se rendre à ${v}`, es: (v) => `acudir a ${v}`,
    ar: (v) => `التوجه إلى ${isolate(v)}`,
    ru: (v) => `прийти лично: ${v}`,
    zh: (v) => `前往${v}`,
    pt: (v) => `ir a ${v}`,
  },
  POSTAL: {
    en: (v) => `write to ${v}`, fr: (v) => `écrire à ${v}`, es: (v) => `escribir a ${v}`,
    ar: (v) => `المراسلة على العنوان ${isolate(v)}`,
    ru: (v) => `написать по адресу: ${v}`,
    zh: (v) => `邮寄至${v}`,
    pt: (v) => `escrever para ${v}`,
  },
};

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

export function statusLabel(s: RecordStatus, l: TextLocale): string {
  return STATUS_LABELS[s][l];
}
