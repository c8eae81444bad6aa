/**
 * The shared vocabulary of the directory and the finder. Plain constants (no GraphQL, no
 * TypeORM) so seeds, the finder's pure core and the schema all agree on one list.
 * Labels and descriptions per locale live in `labels.ts`.
 */

export const RISK_TYPES = [
  'PHYSICAL_ATTACK', // assault, attempted killing
  'DEATH_THREAT', // threats to life, including to family
  'ARBITRARY_DETENTION', // arrest, detention, house arrest
  'JUDICIAL_HARASSMENT', // criminalisation, prosecution, unfair trial
  'ENFORCED_DISAPPEARANCE',
  'TORTURE_ILL_TREATMENT',
  'SURVEILLANCE', // physical or digital monitoring
  'DIGITAL_ATTACK', // hacking, account takeover, spyware
  'SMEAR_CAMPAIGN', // stigmatisation, "foreign agent" labels, online harassment
  'GENDER_BASED_VIOLENCE', // sexual and gender-based violence and threats
  'TRAVEL_BAN', // exit bans, passport confiscation
  'ORGANISATIONAL_RESTRICTIONS', // closure, de-registration, funding restrictions
  'FORCED_DISPLACEMENT', // the defender must leave home or the country
  'REPRISAL_FOR_UN_COOPERATION', // intimidation or reprisal for engaging with the UN
] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export const URGENCIES = ['IMMEDIATE', 'URGENT', 'PLANNED', 'PREVENTIVE'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const DEFENDER_PROFILES = [
  'JOURNALIST',
  'LAWYER',
  'ACADEMIC',
  'ARTIST', // artists and writers
  'WOMAN_DEFENDER',
  'LGBTIQ',
  'LAND_ENVIRONMENT',
  'INDIGENOUS',
  'MINORITY',
  'TRADE_UNIONIST',
  'STUDENT',
  'HEALTH_WORKER',
  'ANTI_CORRUPTION',
  'CIVIL_SOCIETY_ORGANISATION', // the applicant is an organisation, not a person
  'VICTIM_OF_TORTURE', // survivors and their families (for example the UN torture fund)
] as const;
export type DefenderProfile = (typeof DEFENDER_PROFILES)[number];

/** Every actionable offer in the directory has one of these kinds (services, commitments, procedures, programmes). */
export const SERVICE_KINDS = [
  'EMERGENCY_GRANT',
  'TEMPORARY_RELOCATION',
  'HOTLINE',
  'DIGITAL_SECURITY',
  'LEGAL_AID',
  'TRIAL_OBSERVATION',
  'PRISON_VISIT',
  'URGENT_APPEAL',
  'ADVOCACY',
  'PROTECTIVE_ACCOMPANIMENT',
  'PSYCHOSOCIAL_SUPPORT',
  'MEDICAL_SUPPORT',
  'TRAINING',
  'FELLOWSHIP',
  'RESETTLEMENT',
  'REFERRAL',
  'REST_RESPITE',
  'VISA_SUPPORT',
  'DIPLOMATIC_ENGAGEMENT', // raising a case with authorities, public statements, meetings
  'FUNDING', // project or organisational funding, not emergency
  'INTERIM_MEASURES', // interim, precautionary or provisional measures
  'INDIVIDUAL_COMPLAINT', // communication / petition to a treaty body or regional body
  'REPRISAL_REPORT',
  'URGENT_ACTION', // treaty-body urgent action (for example CED art. 30, CERD early warning)
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const CHANNEL_KINDS = [
  'SECURE_EMAIL', // PGP or an end-to-end encrypted mail provider
  'EMAIL',
  'HOTLINE', // staffed emergency phone line
  'PHONE',
  'SECURE_WEB_FORM', // HTTPS form run by the organisation, for sensitive requests
  'WEB_FORM',
  'MESSAGING_APP', // Signal, WhatsApp, …
  'IN_PERSON', // an office or embassy visit
  'POSTAL',
  'WEBSITE', // information only
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const REGIONAL_SYSTEMS = ['OAS', 'AU', 'COE', 'EU', 'OSCE', 'ASEAN', 'LAS'] as const;
export type RegionalSystem = (typeof REGIONAL_SYSTEMS)[number];

/** UN procedures a state may accept: complaint protocols, article declarations, urgent procedures. */
export const UN_PROCEDURES = [
  'ICCPR_OP1', // Human Rights Committee individual complaints (ratify ICCPR-OP1)
  'OP_CEDAW', // CEDAW Committee complaints and interim measures
  'OP_ICESCR', // CESCR complaints
  'OP_CRC_IC', // CRC communications procedure (OP3)
  'OP_CRPD', // CRPD Committee complaints
  'CAT_ART22', // declaration: Committee against Torture complaints
  'ICERD_ART14', // declaration: CERD complaints
  'ICPPED_ART31', // declaration: CED complaints
  'ICMW_ART77', // declaration: CMW complaints (not yet operative)
  'ICPPED_URGENT_ACTION', // CED art. 30 urgent action: all ICPPED parties
  'ICERD_EARLY_WARNING', // CERD early warning and urgent action: all ICERD parties
] as const;
export type UnProcedure = (typeof UN_PROCEDURES)[number];

/**
 * Regional instruments whose acceptance by a state opens a route: membership of a regional
 * organisation is not enough (for example, the Inter-American Court needs the American
 * Convention and the acceptance of the Court's contentious jurisdiction).
 */
export const REGIONAL_INSTRUMENTS = [
  'AMERICAN_CONVENTION', // American Convention on Human Rights (Pact of San José)
  'INTER_AMERICAN_COURT_JURISDICTION', // acceptance of the Inter-American Court's contentious jurisdiction (art. 62)
  'AFRICAN_CHARTER', // African Charter on Human and Peoples' Rights
  'AFRICAN_COURT_PROTOCOL', // Protocol establishing the African Court
  'AFRICAN_COURT_DIRECT_ACCESS', // art. 34(6) declaration: individuals and NGOs may go to the Court directly
  'EUROPEAN_CONVENTION', // European Convention on Human Rights
  'ARAB_CHARTER', // Arab Charter on Human Rights (2004)
] as const;
export type RegionalInstrument = (typeof REGIONAL_INSTRUMENTS)[number];

/** Whose words a source is: the body's, state's or organisation's own, or someone else's. */
export const SOURCE_KINDS = ['OFFICIAL', 'SECONDARY'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How the source was read: the live page, or a stored (archived or third-party) copy. */
export const SOURCE_ACCESSES = ['LIVE', 'STORED_COPY'] as const;
export type SourceAccess = (typeof SOURCE_ACCESSES)[number];

/** How a record was verified: the best of its sources. */
export const VERIFICATION_METHODS = ['OFFICIAL_PAGE_LIVE', 'OFFICIAL_PAGE_COPY', 'SECONDARY_SOURCE'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const ACCEPTANCE_STATUSES = ['ACCEPTED', 'NOT_ACCEPTED', 'UNKNOWN'] as const;
export type AcceptanceStatus = (typeof ACCEPTANCE_STATUSES)[number];

/**
 * ACTIVE: taking requests. UNCERTAIN: a source says it may have stopped or changed (the alert
 * says what); the finder offers it only as "check first". PAUSED and CLOSED: not offered.
 */
export const RECORD_STATUSES = ['ACTIVE', 'UNCERTAIN', 'PAUSED', 'CLOSED'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** How fast an offer typically acts once contacted. UNKNOWN when no source says. */
export const RESPONSE_SPEEDS = ['HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'UNKNOWN'] as const;
export type ResponseSpeed = (typeof RESPONSE_SPEEDS)[number];

export const MECHANISM_KINDS = [
  'UN_SPECIAL_PROCEDURE',
  'UN_TREATY_BODY',
  'UN_HUMAN_RIGHTS_COUNCIL',
  'UN_SECRETARIAT', // for example the Assistant Secretary-General on reprisals
  'REGIONAL_COMMISSION',
  'REGIONAL_COURT',
  'REGIONAL_OFFICE', // Council of Europe Commissioner, OSCE/ODIHR focal point
  'DIPLOMATIC_NETWORK', // EU Delegations
  'NATIONAL_PROTECTION_MECHANISM', // state-run protection for defenders in that state only (system NATIONAL)
] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];

/** AWARD: a prize given to a few people a year on nomination by others (visibility as protection). */
export const PROGRAMME_KINDS = ['FELLOWSHIP', 'RELOCATION_SCHEME', 'FUND', 'AWARD'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const APPLICATION_MODES = ['ROLLING', 'ROUNDS', 'NOMINATION', 'INVITATION', 'UNKNOWN'] as const;
export type ApplicationMode = (typeof APPLICATION_MODES)[number];

/** Systems a mechanism belongs to: the UN, a regional system, or one state's own (NATIONAL). */
export const MECHANISM_SYSTEMS = ['UN', ...REGIONAL_SYSTEMS, 'NATIONAL'] as const;
export type MechanismSystem = (typeof MECHANISM_SYSTEMS)[number];

/**
 * Who the threat comes from, when the defender knows. A state mechanism or the police is not a
 * first step for someone threatened by state agents.
 */
export const THREAT_SOURCES = [
  'STATE_AGENTS', // police, army, intelligence, officials
  'NON_STATE_ARMED_GROUPS', // armed groups, organised crime, paramilitaries
  'COMPANIES', // companies and their private security
  'COMMUNITY_OR_FAMILY',
  'UNKNOWN',
] as const;
export type ThreatSource = (typeof THREAT_SOURCES)[number];

export { DEFAULT_LOCALE, LOCALES, type Locale } from '../../shared/locales';
