/**
 * The finder's own sentences and labels in the locales it writes (en, fr, es). Plain data and
 * small functions; any other locale falls back to English.
 */
import type { LocalizedText } from '../../directory/seed-schema';
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

export const TEXT_LOCALES = ['en', 'fr', 'es'] as const;
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

const AND: L<string> = { en: 'and', fr: 'et', es: 'y' };
export function joinList(items: readonly string[], locale: TextLocale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items[items.length - 1]}`;
}

export const RISK_LABELS: Record<RiskType, L<string>> = {
  PHYSICAL_ATTACK: { en: 'physical attacks', fr: 'les agressions physiques', es: 'las agresiones físicas' },
  DEATH_THREAT: { en: 'death threats', fr: 'les menaces de mort', es: 'las amenazas de muerte' },
  ARBITRARY_DETENTION: { en: 'arbitrary detention', fr: 'la détention arbitraire', es: 'la detención arbitraria' },
  JUDICIAL_HARASSMENT: { en: 'judicial harassment', fr: 'le harcèlement judiciaire', es: 'el acoso judicial' },
  ENFORCED_DISAPPEARANCE: { en: 'enforced disappearance', fr: 'la disparition forcée', es: 'la desaparición forzada' },
  TORTURE_ILL_TREATMENT: { en: 'torture and ill-treatment', fr: 'la torture et les mauvais traitements', es: 'la tortura y los malos tratos' },
  SURVEILLANCE: { en: 'surveillance', fr: 'la surveillance', es: 'la vigilancia' },
  DIGITAL_ATTACK: { en: 'digital attacks', fr: 'les attaques numériques', es: 'los ataques digitales' },
  SMEAR_CAMPAIGN: { en: 'smear campaigns', fr: 'les campagnes de dénigrement', es: 'las campañas de desprestigio' },
  GENDER_BASED_VIOLENCE: { en: 'gender-based violence', fr: 'les violences fondées sur le genre', es: 'la violencia de género' },
  TRAVEL_BAN: { en: 'travel bans', fr: 'les interdictions de voyager', es: 'las prohibiciones de viajar' },
  ORGANISATIONAL_RESTRICTIONS: { en: 'restrictions on organisations', fr: 'les restrictions visant les organisations', es: 'las restricciones a las organizaciones' },
  FORCED_DISPLACEMENT: { en: 'forced displacement', fr: 'le déplacement forcé', es: 'el desplazamiento forzado' },
  REPRISAL_FOR_UN_COOPERATION: { en: 'reprisals for cooperating with the UN', fr: "les représailles pour coopération avec l'ONU", es: 'las represalias por cooperar con la ONU' },
};

export const PROFILE_LABELS: Record<DefenderProfile, L<string>> = {
  JOURNALIST: { en: 'journalists', fr: 'les journalistes', es: 'periodistas' },
  LAWYER: { en: 'lawyers', fr: 'les avocats', es: 'abogados y abogadas' },
  ACADEMIC: { en: 'academics', fr: 'les universitaires', es: 'académicos' },
  ARTIST: { en: 'artists and writers', fr: 'les artistes et écrivains', es: 'artistas y escritores' },
  WOMAN_DEFENDER: { en: 'women defenders', fr: 'les défenseures', es: 'defensoras' },
  LGBTIQ: { en: 'LGBTIQ defenders', fr: 'les défenseurs LGBTIQ', es: 'defensores LGBTIQ' },
  LAND_ENVIRONMENT: { en: 'land and environment defenders', fr: "les défenseurs de la terre et de l'environnement", es: 'defensores de la tierra y el medio ambiente' },
  INDIGENOUS: { en: 'indigenous defenders', fr: 'les défenseurs autochtones', es: 'defensores indígenas' },
  MINORITY: { en: 'defenders from minorities', fr: 'les défenseurs issus de minorités', es: 'defensores de minorías' },
  TRADE_UNIONIST: { en: 'trade unionists', fr: 'les syndicalistes', es: 'sindicalistas' },
  STUDENT: { en: 'students', fr: 'les étudiants', es: 'estudiantes' },
  HEALTH_WORKER: { en: 'health workers', fr: 'les personnels de santé', es: 'trabajadores de la salud' },
  ANTI_CORRUPTION: { en: 'anti-corruption activists', fr: 'les militants anticorruption', es: 'activistas anticorrupción' },
  CIVIL_SOCIETY_ORGANISATION: { en: 'civil society organisations', fr: 'les organisations de la société civile', es: 'organizaciones de la sociedad civil' },
  VICTIM_OF_TORTURE: { en: 'survivors of torture and their families', fr: 'les victimes de torture et leurs familles', es: 'sobrevivientes de tortura y sus familias' },
};

export const SYSTEM_LABELS: Record<RegionalSystem, L<string>> = {
  OAS: { en: 'the Organization of American States', fr: 'l’Organisation des États américains', es: 'la Organización de los Estados Americanos' },
  AU: { en: 'the African Union', fr: 'l’Union africaine', es: 'la Unión Africana' },
  COE: { en: 'the Council of Europe', fr: 'le Conseil de l’Europe', es: 'el Consejo de Europa' },
  EU: { en: 'the European Union', fr: 'l’Union européenne', es: 'la Unión Europea' },
  OSCE: { en: 'the OSCE', fr: 'l’OSCE', es: 'la OSCE' },
  ASEAN: { en: 'ASEAN', fr: 'l’ASEAN', es: 'la ASEAN' },
  LAS: { en: 'the League of Arab States', fr: 'la Ligue des États arabes', es: 'la Liga de los Estados Árabes' },
};

export const PROCEDURE_LABELS: Record<UnProcedure, L<string>> = {
  ICCPR_OP1: { en: 'the First Optional Protocol to the ICCPR (Human Rights Committee complaints)', fr: 'le premier Protocole facultatif au PIDCP (plaintes au Comité des droits de l’homme)', es: 'el Primer Protocolo Facultativo del PIDCP (quejas al Comité de Derechos Humanos)' },
  OP_CEDAW: { en: 'the Optional Protocol to CEDAW', fr: 'le Protocole facultatif à la CEDEF', es: 'el Protocolo Facultativo de la CEDAW' },
  OP_ICESCR: { en: 'the Optional Protocol to the ICESCR', fr: 'le Protocole facultatif au PIDESC', es: 'el Protocolo Facultativo del PIDESC' },
  OP_CRC_IC: { en: 'the CRC Optional Protocol on a communications procedure', fr: 'le Protocole facultatif à la CDE établissant une procédure de présentation de communications', es: 'el Protocolo Facultativo de la CDN relativo a un procedimiento de comunicaciones' },
  OP_CRPD: { en: 'the Optional Protocol to the CRPD', fr: 'le Protocole facultatif à la CDPH', es: 'el Protocolo Facultativo de la CDPD' },
  CAT_ART22: { en: 'article 22 of the Convention against Torture (complaints)', fr: 'l’article 22 de la Convention contre la torture (plaintes)', es: 'el artículo 22 de la Convención contra la Tortura (quejas)' },
  ICERD_ART14: { en: 'article 14 of ICERD (complaints)', fr: 'l’article 14 de la CIEDR (plaintes)', es: 'el artículo 14 de la ICERD (quejas)' },
  ICPPED_ART31: { en: 'article 31 of the Convention on Enforced Disappearance (complaints)', fr: 'l’article 31 de la Convention sur les disparitions forcées (plaintes)', es: 'el artículo 31 de la Convención sobre las desapariciones forzadas (quejas)' },
  ICMW_ART77: { en: 'article 77 of the Migrant Workers Convention (complaints)', fr: 'l’article 77 de la Convention sur les travailleurs migrants (plaintes)', es: 'el artículo 77 de la Convención sobre los trabajadores migratorios (quejas)' },
  ICPPED_URGENT_ACTION: { en: 'the Convention on Enforced Disappearance (urgent action)', fr: 'la Convention sur les disparitions forcées (action urgente)', es: 'la Convención sobre las desapariciones forzadas (acción urgente)' },
  ICERD_EARLY_WARNING: { en: 'ICERD (early warning and urgent action)', fr: 'la CIEDR (alerte rapide et action urgente)', es: 'la ICERD (alerta temprana y acción urgente)' },
};

export const INSTRUMENT_LABELS: Record<RegionalInstrument, L<string>> = {
  AMERICAN_CONVENTION: { en: 'the American Convention on Human Rights', fr: 'la Convention américaine relative aux droits de l’homme', es: 'la Convención Americana sobre Derechos Humanos' },
  INTER_AMERICAN_COURT_JURISDICTION: { en: 'the contentious jurisdiction of the Inter-American Court', fr: 'la compétence contentieuse de la Cour interaméricaine', es: 'la competencia contenciosa de la Corte Interamericana' },
  AFRICAN_CHARTER: { en: 'the African Charter on Human and Peoples’ Rights', fr: 'la Charte africaine des droits de l’homme et des peuples', es: 'la Carta Africana de Derechos Humanos y de los Pueblos' },
  AFRICAN_COURT_PROTOCOL: { en: 'the Protocol establishing the African Court', fr: 'le Protocole portant création de la Cour africaine', es: 'el Protocolo que establece la Corte Africana' },
  AFRICAN_COURT_DIRECT_ACCESS: { en: 'direct access to the African Court (article 34(6) declaration)', fr: 'l’accès direct à la Cour africaine (déclaration de l’article 34(6))', es: 'el acceso directo a la Corte Africana (declaración del artículo 34(6))' },
  EUROPEAN_CONVENTION: { en: 'the European Convention on Human Rights', fr: 'la Convention européenne des droits de l’homme', es: 'el Convenio Europeo de Derechos Humanos' },
  ARAB_CHARTER: { en: 'the Arab Charter on Human Rights', fr: 'la Charte arabe des droits de l’homme', es: 'la Carta Árabe de Derechos Humanos' },
};

export const SPEED_LABELS: Record<ResponseSpeed, L<string>> = {
  HOURS: { en: 'Typically acts within hours.', fr: 'Agit généralement en quelques heures.', es: 'Suele actuar en pocas horas.' },
  DAYS: { en: 'Typically acts within days.', fr: 'Agit généralement en quelques jours.', es: 'Suele actuar en pocos días.' },
  WEEKS: { en: 'Typically takes weeks.', fr: 'Prend généralement des semaines.', es: 'Suele tardar semanas.' },
  MONTHS: { en: 'Typically takes months.', fr: 'Prend généralement des mois.', es: 'Suele tardar meses.' },
  UNKNOWN: { en: 'No source gives its response time.', fr: 'Aucune source n’indique son délai de réponse.', es: 'Ninguna fuente indica su tiempo de respuesta.' },
};

export const PHASE_TITLES: Record<PlanPhaseKind, L<string>> = {
  ACT_NOW: { en: 'Act now', fr: 'Agir maintenant', es: 'Actuar ahora' },
  NEXT_DAYS: { en: 'In the next days', fr: 'Dans les prochains jours', es: 'En los próximos días' },
  LONGER_TERM: { en: 'Longer term', fr: 'À plus long terme', es: 'A más largo plazo' },
};

const STATUS_LABELS: Record<RecordStatus, L<string>> = {
  ACTIVE: { en: 'active', fr: 'actif', es: 'activo' },
  UNCERTAIN: { en: 'uncertain', fr: 'incertain', es: 'incierto' },
  PAUSED: { en: 'paused', fr: 'suspendu', es: 'en pausa' },
  CLOSED: { en: 'closed', fr: 'fermé', es: 'cerrado' },
};

export const labelRisks = (risks: readonly RiskType[], l: TextLocale) => joinList(risks.map((r) => RISK_LABELS[r][l]), l);
export const labelProfiles = (p: readonly DefenderProfile[], l: TextLocale) => joinList(p.map((x) => PROFILE_LABELS[x][l]), l);

/** One message per locale, with the same arguments. */
function m<A extends unknown[]>(x: L<(...a: A) => string>): L<(...a: A) => string> {
  return x;
}

/** Every sentence the finder writes. Arguments are already localized strings. */
export const MSG = {
  // exclusions
  notActive: m<[string]>({
    en: (s) => `It is not taking requests at the moment (status: ${s}).`,
    fr: (s) => `Il n’accepte pas de demandes pour le moment (statut : ${s}).`,
    es: (s) => `No acepta solicitudes por ahora (estado: ${s}).`,
  }),
  riskNotAddressed: m<[]>({
    en: () => 'It does not address any of the risks described.',
    fr: () => 'Il ne répond à aucun des risques décrits.',
    es: () => 'No responde a ninguno de los riesgos descritos.',
  }),
  outsideCoverage: m<[string]>({
    en: (c) => `It does not work in ${c}.`,
    fr: (c) => `Il n’intervient pas dans ce pays : ${c}.`,
    es: (c) => `No trabaja en este país: ${c}.`,
  }),
  countryExcluded: m<[string]>({
    en: (c) => `It explicitly excludes ${c}.`,
    fr: (c) => `Il exclut explicitement ce pays : ${c}.`,
    es: (c) => `Excluye explícitamente este país: ${c}.`,
  }),
  notMemberOf: m<[string, string]>({
    en: (c, s) => `${c} is not a member of ${s}, which this route requires.`,
    fr: (c, s) => `${c} n’est pas membre de ${s}, ce que cette voie exige.`,
    es: (c, s) => `${c} no es miembro de ${s}, algo que esta vía exige.`,
  }),
  memberOfExcluded: m<[string, string]>({
    en: (c, s) => `It applies only outside ${s}, and ${c} is a member.`,
    fr: (c, s) => `Il s’applique seulement hors de ${s}, dont ${c} est membre.`,
    es: (c, s) => `Solo se aplica fuera de ${s}, y ${c} es miembro.`,
  }),
  procedureNotAccepted: m<[string, string, string | null]>({
    en: (c, p, d) => `${c} had not accepted ${p} according to treaty data${d ? ` as of ${d}` : ''}; if it has accepted it since, this route opens (check the UN Treaty Collection).`,
    fr: (c, p, d) => `${c} n’avait pas accepté ${p} selon les données des traités${d ? ` au ${d}` : ''} ; si ce pays l’a accepté depuis, cette voie s’ouvre (vérifier dans la Collection des traités de l’ONU).`,
    es: (c, p, d) => `${c} no había aceptado ${p} según los datos de tratados${d ? ` al ${d}` : ''}; si lo aceptó después, esta vía se abre (verificar en la Colección de Tratados de la ONU).`,
  }),
  instrumentNotAccepted: m<[string, string, string]>({
    en: (c, p, d) => `${c} is not a party to ${p} according to our sources as of ${d}; if that has changed, this route opens.`,
    fr: (c, p, d) => `Selon nos sources au ${d}, ce pays (${c}) n’a pas accepté ${p} ; si cela a changé, cette voie s’ouvre.`,
    es: (c, p, d) => `Según nuestras fuentes al ${d}, este país (${c}) no ha aceptado ${p}; si eso cambió, esta vía se abre.`,
  }),
  notUnMember: m<[string]>({
    en: (c) => `${c} is not a UN member state.`,
    fr: (c) => `${c} n’est pas un État membre de l’ONU.`,
    es: (c) => `${c} no es un Estado miembro de la ONU.`,
  }),
  profileRequired: m<[string]>({
    en: (p) => `It is open only to ${p}.`,
    fr: (p) => `Il est réservé à : ${p}.`,
    es: (p) => `Está reservado a: ${p}.`,
  }),
  unCooperationRequired: m<[]>({
    en: () => 'It is only for reprisals against people who cooperated with the UN.',
    fr: () => 'Il concerne seulement les représailles contre des personnes ayant coopéré avec l’ONU.',
    es: () => 'Solo se refiere a represalias contra personas que cooperaron con la ONU.',
  }),
  inCountryRequired: m<[]>({
    en: () => 'It is only for people who are still in the country.',
    fr: () => 'Il est réservé aux personnes qui se trouvent encore dans le pays.',
    es: () => 'Solo es para personas que siguen en el país.',
  }),
  outsideCountryRequired: m<[]>({
    en: () => 'It is only for people who have left the country.',
    fr: () => 'Il est réservé aux personnes qui ont quitté le pays.',
    es: () => 'Solo es para personas que ya salieron del país.',
  }),
  // checks (NEEDS_CHECK)
  checkProcedure: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p} (UN Treaty Collection).`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} (Collection des traités de l’ONU).`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p} (Colección de Tratados de la ONU).`,
  }),
  checkInstrument: m<[string, string]>({
    en: (c, p) => `Check that ${c} has accepted ${p}: our sources do not confirm it.`,
    fr: (c, p) => `Vérifier que ce pays (${c}) a accepté ${p} : nos sources ne le confirment pas.`,
    es: (c, p) => `Verificar que este país (${c}) ha aceptado ${p}: nuestras fuentes no lo confirman.`,
  }),
  checkCountryList: m<[string]>({
    en: (c) => `Check that it works for ${c}: the list of countries it serves is not confirmed.`,
    fr: (c) => `Vérifier qu’il intervient pour ce pays (${c}) : la liste des pays couverts n’est pas confirmée.`,
    es: (c) => `Verificar que actúa para este país (${c}): la lista de países que atiende no está confirmada.`,
  }),
  checkStillWorks: m<[]>({
    en: () => 'A source says it may have stopped or changed (see its alert): confirm that it still works before relying on it.',
    fr: () => 'Une source indique qu’il a pu s’arrêter ou changer (voir l’alerte) : confirmer qu’il fonctionne encore avant de compter dessus.',
    es: () => 'Una fuente indica que pudo haberse detenido o cambiado (ver la alerta): confirmar que sigue funcionando antes de contar con él.',
  }),
  checkProfile: m<[string]>({
    en: (p) => `Open only to ${p}: check that this applies to you.`,
    fr: (p) => `Réservé à : ${p}. Vérifier que cela vous concerne.`,
    es: (p) => `Reservado a: ${p}. Verificar que le corresponde.`,
  }),
  checkInCountry: m<[]>({
    en: () => 'Only for people still in the country: check that this applies.',
    fr: () => 'Seulement pour les personnes encore dans le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que siguen en el país: verificar que es el caso.',
  }),
  checkOutsideCountry: m<[]>({
    en: () => 'Only for people who have left the country: check that this applies.',
    fr: () => 'Seulement pour les personnes ayant quitté le pays : vérifier que c’est le cas.',
    es: () => 'Solo para personas que salieron del país: verificar que es el caso.',
  }),
  // reasons
  addressesRisks: m<[string]>({
    en: (r) => `Addresses ${r}.`,
    fr: (r) => `Répond à : ${r}.`,
    es: (r) => `Responde a: ${r}.`,
  }),
  generalService: m<[]>({
    en: () => 'A general protection service, not specific to these risks.',
    fr: () => 'Un service de protection général, non spécifique à ces risques.',
    es: () => 'Un servicio de protección general, no específico de estos riesgos.',
  }),
  available247: m<[]>({
    en: () => 'Reachable 24 hours a day, 7 days a week.',
    fr: () => 'Joignable 24 heures sur 24, 7 jours sur 7.',
    es: () => 'Disponible las 24 horas, los 7 días de la semana.',
  }),
  languageMatch: m<[string]>({
    en: (x) => `You can contact it in ${x}.`,
    fr: (x) => `Vous pouvez le contacter dans ces langues : ${x}.`,
    es: (x) => `Puede contactarlo en estos idiomas: ${x}.`,
  }),
  profileMatch: m<[string]>({
    en: (p) => `Aimed at ${p}.`,
    fr: (p) => `Destiné à : ${p}.`,
    es: (p) => `Dirigido a: ${p}.`,
  }),
  coversCountry: m<[string]>({
    en: (c) => `Works in ${c} specifically.`,
    fr: (c) => `Intervient spécifiquement dans ce pays : ${c}.`,
    es: (c) => `Trabaja específicamente en este país: ${c}.`,
  }),
  coversRegion: m<[string]>({
    en: (s) => `Covers the member states of ${s}.`,
    fr: (s) => `Couvre les États membres de ${s}.`,
    es: (s) => `Cubre los Estados miembros de ${s}.`,
  }),
  coversWorld: m<[]>({
    en: () => 'Works worldwide.',
    fr: () => 'Intervient dans le monde entier.',
    es: () => 'Trabaja en todo el mundo.',
  }),
  reprisalOpen: m<[]>({
    en: () => 'The risk follows cooperation with the UN, so reprisal reporting is open.',
    fr: () => 'Le risque fait suite à une coopération avec l’ONU : le signalement de représailles est ouvert.',
    es: () => 'El riesgo sigue a una cooperación con la ONU: se puede denunciar la represalia.',
  }),
  // caveats
  stale: m<[string]>({
    en: (d) => `The newest evidence for this record dates from ${d}, more than two years ago: check the details before relying on them.`,
    fr: (d) => `Les informations les plus récentes sur cette ressource datent du ${d}, il y a plus de deux ans : les vérifier avant de s’y fier.`,
    es: (d) => `La información más reciente sobre este recurso es del ${d}, hace más de dos años: comprobar los datos antes de confiar en ellos.`,
  }),
  languageNoMatch: m<[string]>({
    en: (x) => `Its contact channels are listed in ${x}, not in the languages given.`,
    fr: (x) => `Ses moyens de contact sont indiqués dans ces langues : ${x}, pas dans celles données.`,
    es: (x) => `Sus canales de contacto figuran en estos idiomas: ${x}, no en los indicados.`,
  }),
  languageUnknown: m<[]>({
    en: () => 'No source lists the languages it works in.',
    fr: () => 'Aucune source n’indique ses langues de travail.',
    es: () => 'Ninguna fuente indica sus idiomas de trabajo.',
  }),
  profileMismatch: m<[string]>({
    en: (p) => `Aimed at ${p}: ask whether it can help in your case.`,
    fr: (p) => `Destiné à : ${p}. Demander s’il peut aider dans votre cas.`,
    es: (p) => `Dirigido a: ${p}. Preguntar si puede ayudar en su caso.`,
  }),
  embassyVisibility: m<[]>({
    en: () => 'Being seen going to and from an embassy can raise your risk under surveillance: ask for contact through a trusted intermediary or a remote channel.',
    fr: () => 'Être vu entrer et sortir d’une ambassade peut accroître le risque sous surveillance : demander un contact par un intermédiaire de confiance ou à distance.',
    es: () => 'Ser visto entrando y saliendo de una embajada puede aumentar el riesgo bajo vigilancia: pedir contacto a través de un intermediario de confianza o a distancia.',
  }),
  inPersonOnly: m<[]>({
    en: () => 'It can only be reached in person, which can be observed.',
    fr: () => 'Il ne peut être joint qu’en personne, ce qui peut être observé.',
    es: () => 'Solo se puede contactar en persona, lo que puede ser observado.',
  }),
  publicity: m<[]>({
    en: () => 'This route can make the case public: agree beforehand on what may be published and on the consent of everyone named.',
    fr: () => 'Cette voie peut rendre le cas public : convenir à l’avance de ce qui peut être publié et du consentement des personnes nommées.',
    es: () => 'Esta vía puede hacer público el caso: acordar antes qué puede publicarse y el consentimiento de las personas nombradas.',
  }),
  unconfirmedChannel: m<[]>({
    en: () => 'Some contact details could not be confirmed in a source: check them on the official website first.',
    fr: () => 'Certaines coordonnées n’ont pas pu être confirmées : les vérifier d’abord sur le site officiel.',
    es: () => 'Algunos datos de contacto no se pudieron confirmar: verificarlos antes en el sitio oficial.',
  }),
  noChannel: m<[]>({
    en: () => 'No confirmed contact channel is listed.',
    fr: () => 'Aucun moyen de contact confirmé n’est indiqué.',
    es: () => 'No figura ningún canal de contacto confirmado.',
  }),
  reprisalConsent: m<[]>({
    en: () => 'Protect the people concerned: say whether the person (and their family) agreed to be named and was informed of the report. Consent is a prerequisite.',
    fr: () => 'Protéger les personnes concernées : indiquer si la personne (et sa famille) a accepté d’être nommée et a été informée du signalement. Le consentement est une condition préalable.',
    es: () => 'Proteger a las personas afectadas: indicar si la persona (y su familia) aceptó ser nombrada y fue informada de la denuncia. El consentimiento es un requisito previo.',
  }),
  reprisalUnDocs: m<[]>({
    en: () => 'Say whether the reprisal has already been mentioned in any UN document, and give the reference.',
    fr: () => 'Indiquer si les représailles ont déjà été mentionnées dans un document de l’ONU, avec sa référence.',
    es: () => 'Indicar si la represalia ya se mencionó en algún documento de la ONU, con su referencia.',
  }),
  reprisalFollowUp: m<[]>({
    en: () => 'Send follow-up on cases reported before (new reprisals, steps the state took to investigate).',
    fr: () => 'Transmettre un suivi des cas signalés auparavant (nouvelles représailles, mesures d’enquête prises par l’État).',
    es: () => 'Enviar seguimiento de casos ya denunciados (nuevas represalias, medidas de investigación del Estado).',
  }),
  // next steps
  contactVia: m<[string]>({
    en: (p) => `Contact ${p} through the first channel listed (the safest).`,
    fr: (p) => `Contacter ${p} par le premier moyen indiqué (le plus sûr).`,
    es: (p) => `Contactar a ${p} por el primer canal indicado (el más seguro).`,
  }),
  requirement: m<[string]>({
    en: (r) => `Have ready: ${r}`,
    fr: (r) => `Préparer : ${r}`,
    es: (r) => `Tener listo: ${r}`,
  }),
  // summary
  summaryCount: m<[number, number]>({
    en: (n, k) => `${n} option${n === 1 ? '' : 's'} in the directory fit${n === 1 ? 's' : ''} this situation${k ? ` (${k} with a fact to check first)` : ''}.`,
    fr: (n, k) => `${n} option${n === 1 ? '' : 's'} de l’annuaire correspond${n === 1 ? '' : 'ent'} à cette situation${k ? ` (dont ${k} avec un point à vérifier d’abord)` : ''}.`,
    es: (n, k) => `${n} opci${n === 1 ? 'ón' : 'ones'} del directorio se ajusta${n === 1 ? '' : 'n'} a esta situación${k ? ` (${k} con un dato que verificar antes)` : ''}.`,
  }),
  summaryShown: m<[number]>({
    en: (k) => `The best ${k}, each through a different contact, are listed below.`,
    fr: (k) => `Les ${k} meilleures, chacune par un contact différent, sont indiquées ci-dessous.`,
    es: (k) => `Las ${k} mejores, cada una por un contacto distinto, se indican abajo.`,
  }),
  summaryFirstContact: m<[string, string]>({
    en: (o, c) => `First step: ${o} — ${c}.`,
    fr: (o, c) => `Première étape : ${o} — ${c}.`,
    es: (o, c) => `Primer paso: ${o} — ${c}.`,
  }),
  summaryFirstSteps: m<[string]>({
    en: (o) => `First step: ${o} (see its next steps).`,
    fr: (o) => `Première étape : ${o} (voir ses prochaines étapes).`,
    es: (o) => `Primer paso: ${o} (ver sus próximos pasos).`,
  }),
  routeReaches: m<[string, string]>({
    en: (c, x) => `One contact (${c}) reaches: ${x}.`,
    fr: (c, x) => `Un seul contact (${c}) permet d’accéder à : ${x}.`,
    es: (c, x) => `Un solo contacto (${c}) da acceso a: ${x}.`,
  }),
  saferChannelUnconfirmed: m<[string]>({
    en: (k) => `Under surveillance, prefer their ${k}; its address is not confirmed here: find it on their official website, from a device and connection you trust, never through a link someone sends you.`,
    fr: (k) => `Sous surveillance, préférez leur ${k} ; son adresse n’est pas confirmée ici : cherchez-la sur leur site officiel, depuis un appareil et une connexion de confiance, jamais par un lien que l’on vous envoie.`,
    es: (k) => `Bajo vigilancia, prefiera su ${k}; su dirección no está confirmada aquí: búsquela en su sitio oficial, desde un dispositivo y una conexión de confianza, nunca por un enlace que le envíen.`,
  }),
  summaryNone: m<[]>({
    en: () => 'No option in the directory fits this situation; a general support NGO may still be able to advise.',
    fr: () => 'Aucune option de l’annuaire ne correspond à cette situation ; une ONG de soutien généraliste peut néanmoins conseiller.',
    es: () => 'Ninguna opción del directorio se ajusta a esta situación; una ONG de apoyo general aún puede orientar.',
  }),
  summaryPhase: m<[string, string]>({
    en: (t, x) => `${t}: ${x}.`,
    fr: (t, x) => `${t} : ${x}.`,
    es: (t, x) => `${t}: ${x}.`,
  }),
  summaryNoFast: m<[]>({
    en: () => 'No option acts within hours: start with the fastest ones below and keep people you trust informed.',
    fr: () => 'Aucune option n’agit en quelques heures : commencer par les plus rapides et tenir informées des personnes de confiance.',
    es: () => 'Ninguna opción actúa en pocas horas: empezar por las más rápidas y mantener informadas a personas de confianza.',
  }),
  summaryExcluded: m<[number]>({
    en: (x) => `${x} other offer${x === 1 ? ' was' : 's were'} ruled out; the plan says why.`,
    fr: (x) => `${x} autre${x === 1 ? ' offre a été écartée' : 's offres ont été écartées'} ; le plan indique pourquoi.`,
    es: (x) => `${x} ${x === 1 ? 'otra oferta fue descartada' : 'otras ofertas fueron descartadas'}; el plan explica por qué.`,
  }),
  // safety notes
  noteWhereabouts: m<[]>({
    en: () => 'Tell colleagues you trust where you are at regular intervals, and keep a phone number where you can be reached at all times.',
    fr: () => 'Dites régulièrement à des collègues de confiance où vous êtes, et gardez un numéro où l’on peut vous joindre à tout moment.',
    es: () => 'Informe con regularidad a colegas de confianza de dónde está, y mantenga un número en el que se le pueda localizar en todo momento.',
  }),
  noteDevices: m<[]>({
    en: () => 'Keep phones, laptops and USB keys that hold sensitive files with you or locked away; devices go missing even in secure buildings.',
    fr: () => 'Gardez sur vous ou sous clé les téléphones, ordinateurs et clés USB contenant des fichiers sensibles ; des appareils disparaissent même dans des bâtiments sécurisés.',
    es: () => 'Lleve consigo o guarde bajo llave los teléfonos, computadoras y memorias USB con archivos sensibles; los dispositivos desaparecen incluso en edificios seguros.',
  }),
  noteEarly: m<[]>({
    en: () => 'Act before the risk becomes acute: protection procedures can be slow, and an embassy that already knows your work helps faster. Build that link early, and remember that being seen at an embassy can itself draw attention.',
    fr: () => 'Agissez avant que le risque ne devienne aigu : les procédures de protection peuvent être lentes, et une ambassade qui connaît déjà votre travail aide plus vite. Créez ce lien tôt, en sachant qu’être vu à une ambassade peut attirer l’attention.',
    es: () => 'Actúe antes de que el riesgo sea agudo: los procedimientos de protección pueden ser lentos y una embajada que ya conoce su trabajo ayuda más rápido. Cree ese vínculo pronto, sabiendo que ser visto en una embajada puede llamar la atención.',
  }),
  noteReprisal: m<[]>({
    en: () => 'Before reporting a reprisal to the UN, get the consent of the person concerned (and say whether their family agreed and was informed), cite any UN document that already mentions the case, and plan to send follow-up. Reprisals can also target family, friends or community.',
    fr: () => 'Avant de signaler des représailles à l’ONU, obtenez le consentement de la personne concernée (et indiquez si sa famille a accepté et a été informée), citez tout document de l’ONU qui mentionne déjà le cas et prévoyez d’envoyer un suivi. Les représailles peuvent aussi viser la famille, les amis ou la communauté.',
    es: () => 'Antes de denunciar una represalia ante la ONU, obtenga el consentimiento de la persona afectada (e indique si su familia aceptó y fue informada), cite cualquier documento de la ONU que ya mencione el caso y prevea enviar seguimiento. Las represalias también pueden dirigirse a la familia, amistades o comunidad.',
  }),
} as const;

/** How each kind of channel is named inside a sentence. */
export const CHANNEL_NAMES: Record<ChannelKind, L<string>> = {
  SECURE_EMAIL: { en: 'encrypted e-mail', fr: 'courriel chiffré', es: 'correo cifrado' },
  EMAIL: { en: 'e-mail', fr: 'courriel', es: 'correo electrónico' },
  HOTLINE: { en: 'emergency line', fr: 'ligne d’urgence', es: 'línea de emergencia' },
  PHONE: { en: 'phone', fr: 'téléphone', es: 'teléfono' },
  SECURE_WEB_FORM: { en: 'secure web form', fr: 'formulaire web sécurisé', es: 'formulario web seguro' },
  WEB_FORM: { en: 'web form', fr: 'formulaire web', es: 'formulario web' },
  MESSAGING_APP: { en: 'messaging app', fr: 'messagerie', es: 'aplicación de mensajería' },
  IN_PERSON: { en: 'office', fr: 'bureau', es: 'oficina' },
  POSTAL: { en: 'postal address', fr: 'adresse postale', es: 'dirección postal' },
  WEBSITE: { en: 'website', fr: 'site web', es: 'sitio web' },
};

/** What to do with a contact: "call +353 …", in the locale. */
export const CONTACT_VERBS: Record<ChannelKind, L<(v: string) => string>> = {
  HOTLINE: { en: (v) => `call ${v}`, fr: (v) => `appeler le ${v}`, es: (v) => `llamar al ${v}` },
  PHONE: { en: (v) => `call ${v}`, fr: (v) => `appeler le ${v}`, es: (v) => `llamar al ${v}` },
  MESSAGING_APP: { en: (v) => `send a message to ${v}`, fr: (v) => `envoyer un message au ${v}`, es: (v) => `enviar un mensaje al ${v}` },
  SECURE_EMAIL: { en: (v) => `write (encrypted) to ${v}`, fr: (v) => `écrire (chiffré) à ${v}`, es: (v) => `escribir (cifrado) a ${v}` },
  EMAIL: { en: (v) => `write to ${v}`, fr: (v) => `écrire à ${v}`, es: (v) => `escribir a ${v}` },
  SECURE_WEB_FORM: { en: (v) => `use the secure form at ${v}`, fr: (v) => `utiliser le formulaire sécurisé ${v}`, es: (v) => `usar el formulario seguro ${v}` },
  WEB_FORM: { en: (v) => `use the form at ${v}`, fr: (v) => `utiliser le formulaire ${v}`, es: (v) => `usar el formulario ${v}` },
  WEBSITE: { en: (v) => `see ${v}`, fr: (v) => `consulter ${v}`, es: (v) => `consultar ${v}` },
  IN_PERSON: { en: (v) => `go to ${v}`, fr: (v) => `se rendre à ${v}`, es: (v) => `acudir a ${v}` },
  POSTAL: { en: (v) => `write to ${v}`, fr: (v) => `écrire à ${v}`, es: (v) => `escribir a ${v}` },
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
