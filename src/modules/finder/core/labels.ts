/**
 * How the finder names things inside its sentences, in the locales it writes: risks, profiles,
 * systems, procedures, instruments, speeds, phases, statuses and channels.
 *
 * Conventions: Arabic wraps every embedded value that may be in Latin script in directional
 * isolates; Chinese is Simplified; Russian and Portuguese labels are in the case or with the
 * article the sentences need (noted per table); Portuguese is Brazilian.
 */
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
import { isolate, joinList, type PerLocale, type TextLocale } from './locale-text';
import type { PlanPhaseKind } from './types';

type L<T> = PerLocale<T>;

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

export function statusLabel(s: RecordStatus, l: TextLocale): string {
  return STATUS_LABELS[s][l];
}
