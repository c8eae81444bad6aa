/**
 * Labels and descriptions of the taxonomy values, in English, French and Spanish, for clients
 * that build forms or chatbot menus. Other locales fall back to English.
 */
import type {
  AcceptanceStatus,
  ApplicationMode,
  ChannelKind,
  DefenderProfile,
  MechanismKind,
  MechanismSystem,
  ProgrammeKind,
  RecordStatus,
  RegionalSystem,
  ResponseSpeed,
  RiskType,
  ServiceKind,
  UnProcedure,
  RegionalInstrument,
  SourceKind,
  SourceAccess,
  VerificationMethod,
  Urgency,
} from './values';

export type Texts = { en: string; fr: string; es: string };
export interface Term {
  label: Texts;
  description: Texts;
}
const t = (en: string, fr: string, es: string): Texts => ({ en, fr, es });

export const RISK_TYPE_TERMS: Record<RiskType, Term> = {
  PHYSICAL_ATTACK: { label: t('Physical attack', 'Agression physique', 'Agresión física'), description: t('Assault or attempted killing.', "Agression ou tentative d'assassinat.", 'Agresión o intento de asesinato.') },
  DEATH_THREAT: { label: t('Death threat', 'Menace de mort', 'Amenaza de muerte'), description: t('Threats to life, including against family members.', 'Menaces contre la vie, y compris contre des proches.', 'Amenazas contra la vida, incluso contra familiares.') },
  ARBITRARY_DETENTION: { label: t('Arbitrary detention', 'Détention arbitraire', 'Detención arbitraria'), description: t('Arrest, detention or house arrest without legal basis.', 'Arrestation, détention ou assignation à résidence sans base légale.', 'Arresto, detención o arresto domiciliario sin base legal.') },
  JUDICIAL_HARASSMENT: { label: t('Judicial harassment', 'Harcèlement judiciaire', 'Acoso judicial'), description: t('Criminalisation, prosecution or unfair trial because of human rights work.', 'Criminalisation, poursuites ou procès inéquitable en raison du travail de défense des droits.', 'Criminalización, procesamiento o juicio injusto por la labor de derechos humanos.') },
  ENFORCED_DISAPPEARANCE: { label: t('Enforced disappearance', 'Disparition forcée', 'Desaparición forzada'), description: t('Someone taken by or with the consent of the State, whose fate is concealed.', "Personne enlevée par l'État ou avec son accord, dont le sort est dissimulé.", 'Persona privada de libertad por el Estado o con su aquiescencia, cuyo paradero se oculta.') },
  TORTURE_ILL_TREATMENT: { label: t('Torture or ill-treatment', 'Torture ou mauvais traitements', 'Tortura o malos tratos'), description: t('Severe pain or suffering inflicted by or with the consent of officials.', 'Douleur ou souffrance graves infligées par des agents publics ou avec leur accord.', 'Dolor o sufrimiento graves infligidos por funcionarios o con su consentimiento.') },
  SURVEILLANCE: { label: t('Surveillance', 'Surveillance', 'Vigilancia'), description: t('Physical or digital monitoring of the defender or their contacts.', 'Surveillance physique ou numérique de la personne ou de ses contacts.', 'Vigilancia física o digital de la persona o de sus contactos.') },
  DIGITAL_ATTACK: { label: t('Digital attack', 'Attaque numérique', 'Ataque digital'), description: t('Hacking, account takeover or spyware.', 'Piratage, prise de contrôle de comptes ou logiciel espion.', 'Hackeo, robo de cuentas o programas espía.') },
  SMEAR_CAMPAIGN: { label: t('Smear campaign', 'Campagne de dénigrement', 'Campaña de desprestigio'), description: t('Stigmatisation, "foreign agent" labels or online harassment.', "Stigmatisation, étiquette d'« agent de l'étranger » ou harcèlement en ligne.", 'Estigmatización, etiquetas de «agente extranjero» o acoso en línea.') },
  GENDER_BASED_VIOLENCE: { label: t('Gender-based violence', 'Violence fondée sur le genre', 'Violencia de género'), description: t('Sexual and gender-based violence and threats of it.', 'Violences sexuelles et fondées sur le genre, et menaces de telles violences.', 'Violencia sexual y de género, y amenazas de ella.') },
  TRAVEL_BAN: { label: t('Travel ban', 'Interdiction de voyager', 'Prohibición de viajar'), description: t('Exit bans or confiscated passports.', 'Interdiction de sortie du territoire ou passeport confisqué.', 'Prohibición de salida o pasaporte confiscado.') },
  ORGANISATIONAL_RESTRICTIONS: { label: t('Restrictions on organisations', 'Restrictions visant les organisations', 'Restricciones a organizaciones'), description: t('Closure, de-registration or funding restrictions.', "Fermeture, radiation ou restrictions de financement.", 'Cierre, cancelación del registro o restricciones de financiación.') },
  FORCED_DISPLACEMENT: { label: t('Forced displacement', 'Déplacement forcé', 'Desplazamiento forzado'), description: t('The defender must leave their home or country.', 'La personne doit quitter son domicile ou son pays.', 'La persona debe abandonar su hogar o su país.') },
  REPRISAL_FOR_UN_COOPERATION: { label: t('Reprisal for cooperating with the UN', "Représailles pour coopération avec l'ONU", 'Represalias por cooperar con la ONU'), description: t('Intimidation or reprisals for engaging with the United Nations.', "Intimidation ou représailles pour avoir coopéré avec les Nations Unies.", 'Intimidación o represalias por colaborar con las Naciones Unidas.') },
};

export const URGENCY_TERMS: Record<Urgency, Term> = {
  IMMEDIATE: { label: t('Immediate', 'Immédiate', 'Inmediata'), description: t('Help is needed within hours.', "Une aide est nécessaire dans les heures qui viennent.", 'Se necesita ayuda en cuestión de horas.') },
  URGENT: { label: t('Urgent', 'Urgente', 'Urgente'), description: t('Help is needed within days.', 'Une aide est nécessaire dans les jours qui viennent.', 'Se necesita ayuda en cuestión de días.') },
  PLANNED: { label: t('Planned', 'Planifiée', 'Planificada'), description: t('Help is needed within weeks.', 'Une aide est nécessaire dans les semaines qui viennent.', 'Se necesita ayuda en cuestión de semanas.') },
  PREVENTIVE: { label: t('Preventive', 'Préventive', 'Preventiva'), description: t('No acute threat yet; preparing in advance.', "Pas encore de menace aiguë ; se préparer à l'avance.", 'Aún no hay amenaza aguda; prepararse con antelación.') },
};

export const DEFENDER_PROFILE_TERMS: Record<DefenderProfile, Term> = {
  JOURNALIST: { label: t('Journalist', 'Journaliste', 'Periodista'), description: t('Journalists and media workers.', 'Journalistes et professionnel·les des médias.', 'Periodistas y trabajadores de los medios.') },
  LAWYER: { label: t('Lawyer', 'Avocat·e', 'Abogado/a'), description: t('Lawyers and other legal professionals.', 'Avocat·es et autres professions juridiques.', 'Abogados/as y otros profesionales del derecho.') },
  ACADEMIC: { label: t('Academic', 'Universitaire', 'Académico/a'), description: t('Scholars, researchers and teachers in higher education.', "Chercheur·es et enseignant·es de l'enseignement supérieur.", 'Investigadores/as y docentes de educación superior.') },
  ARTIST: { label: t('Artist or writer', 'Artiste ou écrivain·e', 'Artista o escritor/a'), description: t('Artists, writers and other cultural workers.', 'Artistes, écrivain·es et autres acteurs culturels.', 'Artistas, escritores/as y otros trabajadores de la cultura.') },
  WOMAN_DEFENDER: { label: t('Woman defender', 'Défenseure', 'Defensora'), description: t('Women human rights defenders.', 'Femmes défenseures des droits humains.', 'Mujeres defensoras de derechos humanos.') },
  LGBTIQ: { label: t('LGBTIQ defender', 'Défenseur·e LGBTIQ', 'Defensor/a LGBTIQ'), description: t('LGBTIQ people and those defending their rights.', 'Personnes LGBTIQ et celles qui défendent leurs droits.', 'Personas LGBTIQ y quienes defienden sus derechos.') },
  LAND_ENVIRONMENT: { label: t('Land or environment defender', "Défenseur·e de la terre ou de l'environnement", 'Defensor/a de la tierra o del medio ambiente'), description: t('Defenders of land rights and the environment.', 'Défenseur·es des droits fonciers et de l’environnement.', 'Defensores/as de los derechos a la tierra y del medio ambiente.') },
  INDIGENOUS: { label: t('Indigenous defender', 'Défenseur·e autochtone', 'Defensor/a indígena'), description: t("Indigenous peoples' defenders.", 'Défenseur·es des peuples autochtones.', 'Defensores/as de los pueblos indígenas.') },
  MINORITY: { label: t('Minority defender', 'Défenseur·e de minorité', 'Defensor/a de minorías'), description: t('Members of national, ethnic, religious or linguistic minorities.', 'Membres de minorités nationales, ethniques, religieuses ou linguistiques.', 'Personas de minorías nacionales, étnicas, religiosas o lingüísticas.') },
  TRADE_UNIONIST: { label: t('Trade unionist', 'Syndicaliste', 'Sindicalista'), description: t('Trade unionists and labour rights defenders.', 'Syndicalistes et défenseur·es des droits des travailleurs.', 'Sindicalistas y defensores/as de los derechos laborales.') },
  STUDENT: { label: t('Student', 'Étudiant·e', 'Estudiante'), description: t('Student activists.', 'Étudiant·es militant·es.', 'Estudiantes activistas.') },
  HEALTH_WORKER: { label: t('Health worker', 'Professionnel·le de santé', 'Trabajador/a de la salud'), description: t('Doctors, nurses and other health workers.', 'Médecins, infirmier·es et autres soignant·es.', 'Médicos, enfermeros/as y otros trabajadores de la salud.') },
  ANTI_CORRUPTION: { label: t('Anti-corruption defender', 'Défenseur·e anticorruption', 'Defensor/a anticorrupción'), description: t('People exposing or fighting corruption.', 'Personnes qui dénoncent ou combattent la corruption.', 'Personas que denuncian o combaten la corrupción.') },
  CIVIL_SOCIETY_ORGANISATION: { label: t('Civil society organisation', 'Organisation de la société civile', 'Organización de la sociedad civil'), description: t('The applicant is an organisation, not a person.', "Le demandeur est une organisation, pas une personne.", 'Quien solicita es una organización, no una persona.') },
  VICTIM_OF_TORTURE: { label: t('Survivor of torture', 'Survivant·e de torture', 'Sobreviviente de tortura'), description: t('Survivors of torture and their families.', 'Survivant·es de la torture et leurs familles.', 'Sobrevivientes de tortura y sus familias.') },
};

export const SERVICE_KIND_TERMS: Record<ServiceKind, Term> = {
  EMERGENCY_GRANT: { label: t('Emergency grant', "Subvention d'urgence", 'Subvención de emergencia'), description: t('Quick, small funding for security, legal or medical costs.', 'Financement rapide et modeste pour des frais de sécurité, juridiques ou médicaux.', 'Financiación rápida y pequeña para gastos de seguridad, legales o médicos.') },
  TEMPORARY_RELOCATION: { label: t('Temporary relocation', 'Relocalisation temporaire', 'Reubicación temporal'), description: t('A safe stay away from danger, in the country or abroad.', "Un séjour en sécurité loin du danger, dans le pays ou à l'étranger.", 'Una estancia segura lejos del peligro, en el país o en el extranjero.') },
  HOTLINE: { label: t('Emergency line', "Ligne d'urgence", 'Línea de emergencia'), description: t('A staffed phone line for defenders in danger.', 'Une ligne téléphonique tenue par des personnes pour les défenseur·es en danger.', 'Una línea telefónica atendida para personas defensoras en peligro.') },
  DIGITAL_SECURITY: { label: t('Digital security help', 'Aide en sécurité numérique', 'Ayuda en seguridad digital'), description: t('Help with hacked accounts, devices and safe communication.', 'Aide pour les comptes piratés, les appareils et les communications sûres.', 'Ayuda con cuentas hackeadas, dispositivos y comunicaciones seguras.') },
  LEGAL_AID: { label: t('Legal aid', 'Aide juridique', 'Asistencia jurídica'), description: t('Lawyers or legal costs for defenders facing charges.', 'Avocat·es ou frais de justice pour les défenseur·es poursuivi·es.', 'Abogados/as o costas judiciales para personas defensoras procesadas.') },
  TRIAL_OBSERVATION: { label: t('Trial observation', 'Observation de procès', 'Observación de juicios'), description: t('Observers attend a trial to show it is watched.', 'Des observateurs assistent au procès pour montrer qu’il est suivi.', 'Observadores asisten al juicio para mostrar que está siendo vigilado.') },
  PRISON_VISIT: { label: t('Prison visit', 'Visite en prison', 'Visita en prisión'), description: t('Visits to a detained defender.', 'Visites à une personne défenseure détenue.', 'Visitas a una persona defensora detenida.') },
  URGENT_APPEAL: { label: t('Urgent appeal', 'Appel urgent', 'Llamamiento urgente'), description: t('Public or private appeals to the authorities to act now.', 'Appels publics ou privés aux autorités pour agir sans délai.', 'Llamamientos públicos o privados a las autoridades para actuar ya.') },
  ADVOCACY: { label: t('Advocacy', 'Plaidoyer', 'Incidencia'), description: t("Raising a defender's case with decision-makers.", "Porter le cas d'un·e défenseur·e auprès des décideurs.", 'Llevar el caso de una persona defensora ante quienes deciden.') },
  PROTECTIVE_ACCOMPANIMENT: { label: t('Protective accompaniment', 'Accompagnement protecteur', 'Acompañamiento protector'), description: t('International accompaniers stay beside defenders at risk.', 'Des accompagnateurs internationaux restent aux côtés des défenseur·es en danger.', 'Acompañantes internacionales permanecen junto a personas defensoras en riesgo.') },
  PSYCHOSOCIAL_SUPPORT: { label: t('Psychosocial support', 'Soutien psychosocial', 'Apoyo psicosocial'), description: t('Care for stress, trauma and well-being.', 'Prise en charge du stress, des traumatismes et du bien-être.', 'Atención al estrés, al trauma y al bienestar.') },
  MEDICAL_SUPPORT: { label: t('Medical support', 'Soutien médical', 'Apoyo médico'), description: t('Medical care or its costs.', 'Soins médicaux ou leur prise en charge.', 'Atención médica o sus costes.') },
  TRAINING: { label: t('Training', 'Formation', 'Formación'), description: t('Security and protection training.', 'Formation à la sécurité et à la protection.', 'Formación en seguridad y protección.') },
  FELLOWSHIP: { label: t('Fellowship', 'Bourse de séjour', 'Beca'), description: t('A period of study or rest at a host institution.', "Une période d'étude ou de repos dans une institution d'accueil.", 'Un período de estudio o descanso en una institución anfitriona.') },
  RESETTLEMENT: { label: t('Resettlement', 'Réinstallation', 'Reasentamiento'), description: t('Long-term relocation to another country.', 'Installation durable dans un autre pays.', 'Traslado a largo plazo a otro país.') },
  REFERRAL: { label: t('Referral', 'Orientation', 'Derivación'), description: t('Passing the case to the right organisation.', "Transmission du cas à l'organisation adaptée.", 'Remitir el caso a la organización adecuada.') },
  REST_RESPITE: { label: t('Rest and respite', 'Repos et répit', 'Descanso y respiro'), description: t('Time away to rest and recover.', 'Du temps à l’écart pour se reposer et récupérer.', 'Tiempo fuera para descansar y recuperarse.') },
  VISA_SUPPORT: { label: t('Visa support', 'Aide au visa', 'Apoyo con visados'), description: t('Help obtaining a visa to leave danger.', 'Aide pour obtenir un visa afin de quitter le danger.', 'Ayuda para obtener un visado para salir del peligro.') },
  DIPLOMATIC_ENGAGEMENT: { label: t('Diplomatic engagement', 'Action diplomatique', 'Gestión diplomática'), description: t('Raising a case with authorities, public statements or meetings.', 'Interventions auprès des autorités, déclarations publiques ou rencontres.', 'Gestiones ante las autoridades, declaraciones públicas o reuniones.') },
  FUNDING: { label: t('Funding', 'Financement', 'Financiación'), description: t('Project or organisational funding (not emergency).', "Financement de projets ou d'organisations (hors urgence).", 'Financiación de proyectos u organizaciones (no de emergencia).') },
  INTERIM_MEASURES: { label: t('Interim measures', 'Mesures provisoires', 'Medidas provisionales'), description: t('Interim, precautionary or provisional measures ordered by a body.', 'Mesures provisoires, conservatoires ou de précaution demandées par un organe.', 'Medidas provisionales o cautelares ordenadas por un órgano.') },
  INDIVIDUAL_COMPLAINT: { label: t('Individual complaint', 'Plainte individuelle', 'Denuncia individual'), description: t('A communication or petition to a treaty body or regional body.', "Une communication ou pétition à un organe de traité ou régional.", 'Una comunicación o petición a un órgano de tratado o regional.') },
  REPRISAL_REPORT: { label: t('Reprisal report', 'Signalement de représailles', 'Denuncia de represalias'), description: t('Reporting reprisals for cooperation with the UN.', "Signaler des représailles pour coopération avec l'ONU.", 'Denunciar represalias por cooperar con la ONU.') },
  URGENT_ACTION: { label: t('Urgent action', 'Action urgente', 'Acción urgente'), description: t('Treaty-body urgent action, such as for enforced disappearances.', "Action urgente d'un organe de traité, par exemple pour les disparitions forcées.", 'Acción urgente de un órgano de tratado, por ejemplo en desapariciones forzadas.') },
};

export const CHANNEL_KIND_TERMS: Record<ChannelKind, Term> = {
  SECURE_EMAIL: { label: t('Secure e-mail', 'Courriel sécurisé', 'Correo seguro'), description: t('Encrypted e-mail (PGP or an end-to-end encrypted provider).', 'Courriel chiffré (PGP ou service chiffré de bout en bout).', 'Correo cifrado (PGP o proveedor cifrado de extremo a extremo).') },
  EMAIL: { label: t('E-mail', 'Courriel', 'Correo electrónico'), description: t('Ordinary e-mail; may be read by others.', 'Courriel ordinaire ; peut être lu par d’autres.', 'Correo ordinario; otras personas podrían leerlo.') },
  HOTLINE: { label: t('Emergency line', "Ligne d'urgence", 'Línea de emergencia'), description: t('A staffed emergency phone line.', "Une ligne téléphonique d'urgence tenue par des personnes.", 'Una línea telefónica de emergencia atendida.') },
  PHONE: { label: t('Phone', 'Téléphone', 'Teléfono'), description: t('An ordinary phone number.', 'Un numéro de téléphone ordinaire.', 'Un número de teléfono ordinario.') },
  SECURE_WEB_FORM: { label: t('Secure web form', 'Formulaire web sécurisé', 'Formulario web seguro'), description: t('An HTTPS form for sensitive requests.', 'Un formulaire HTTPS pour les demandes sensibles.', 'Un formulario HTTPS para solicitudes sensibles.') },
  WEB_FORM: { label: t('Web form', 'Formulaire web', 'Formulario web'), description: t('A contact form on a website.', 'Un formulaire de contact sur un site web.', 'Un formulario de contacto en un sitio web.') },
  MESSAGING_APP: { label: t('Messaging app', 'Messagerie', 'Aplicación de mensajería'), description: t('Signal, WhatsApp or another messaging app.', 'Signal, WhatsApp ou une autre messagerie.', 'Signal, WhatsApp u otra aplicación de mensajería.') },
  IN_PERSON: { label: t('In person', 'En personne', 'En persona'), description: t('An office or embassy visit.', "Une visite dans un bureau ou une ambassade.", 'Una visita a una oficina o embajada.') },
  POSTAL: { label: t('Post', 'Courrier postal', 'Correo postal'), description: t('A postal address.', 'Une adresse postale.', 'Una dirección postal.') },
  WEBSITE: { label: t('Website', 'Site web', 'Sitio web'), description: t('Information only.', 'Information seulement.', 'Solo información.') },
};

export const RECORD_STATUS_TERMS: Record<RecordStatus, Term> = {
  ACTIVE: { label: t('Active', 'Actif', 'Activo'), description: t('Offered now.', 'Proposé actuellement.', 'Se ofrece actualmente.') },
  UNCERTAIN: { label: t('Uncertain', 'Incertain', 'Incierto'), description: t('A source says it may have stopped or changed; offered only as "check first" (see the alert).', "Une source indique qu'il a pu s'arrêter ou changer ; proposé seulement avec « à vérifier d'abord » (voir l'alerte).", 'Una fuente indica que pudo haberse detenido o cambiado; solo se ofrece como «verificar primero» (ver la alerta).') },
  PAUSED: { label: t('Paused', 'Suspendu', 'En pausa'), description: t('Temporarily not offered; see the alert.', "Temporairement indisponible ; voir l'alerte.", 'Temporalmente no disponible; ver la alerta.') },
  CLOSED: { label: t('Closed', 'Fermé', 'Cerrado'), description: t('No longer offered.', "N'est plus proposé.", 'Ya no se ofrece.') },
};

export const RESPONSE_SPEED_TERMS: Record<ResponseSpeed, Term> = {
  HOURS: { label: t('Within hours', 'En quelques heures', 'En horas'), description: t('Typically acts within hours.', "Agit en général en quelques heures.", 'Suele actuar en cuestión de horas.') },
  DAYS: { label: t('Within days', 'En quelques jours', 'En días'), description: t('Typically acts within days.', 'Agit en général en quelques jours.', 'Suele actuar en cuestión de días.') },
  WEEKS: { label: t('Within weeks', 'En quelques semaines', 'En semanas'), description: t('Typically acts within weeks.', 'Agit en général en quelques semaines.', 'Suele actuar en cuestión de semanas.') },
  MONTHS: { label: t('Months', 'Plusieurs mois', 'Meses'), description: t('Typically takes months.', 'Prend en général plusieurs mois.', 'Suele tardar meses.') },
  UNKNOWN: { label: t('Unknown', 'Inconnu', 'Desconocido'), description: t('No source says how fast.', 'Aucune source n’indique le délai.', 'Ninguna fuente indica la rapidez.') },
};

export const REGIONAL_SYSTEM_TERMS: Record<RegionalSystem, Term> = {
  OAS: { label: t('Organization of American States', 'Organisation des États américains', 'Organización de los Estados Americanos'), description: t('The Americas: the Inter-American Commission and Inter-American Court of Human Rights.', "Les Amériques : la Commission et la Cour interaméricaines des droits de l'homme.", 'Las Américas: la Comisión y la Corte Interamericanas de Derechos Humanos.') },
  AU: { label: t('African Union', 'Union africaine', 'Unión Africana'), description: t("Africa: the African Commission and the African Court on Human and Peoples' Rights.", "L'Afrique : la Commission et la Cour africaines des droits de l'homme et des peuples.", 'África: la Comisión y la Corte Africanas de Derechos Humanos y de los Pueblos.') },
  COE: { label: t('Council of Europe', "Conseil de l'Europe", 'Consejo de Europa'), description: t('Europe: the European Court of Human Rights and the Commissioner for Human Rights.', "L'Europe : la Cour européenne des droits de l'homme et le Commissaire aux droits de l'homme.", 'Europa: el Tribunal Europeo de Derechos Humanos y el Comisario de Derechos Humanos.') },
  EU: { label: t('European Union', 'Union européenne', 'Unión Europea'), description: t('Supports defenders outside the EU, for example through its Delegations in other countries.', "Soutient les défenseur·es hors de l'UE, par exemple par ses délégations dans d'autres pays.", 'Apoya a personas defensoras fuera de la UE, por ejemplo mediante sus Delegaciones en otros países.') },
  OSCE: { label: t('Organization for Security and Co-operation in Europe', 'Organisation pour la sécurité et la coopération en Europe', 'Organización para la Seguridad y la Cooperación en Europa'), description: t('States of Europe, Central Asia and North America; its Office for Democratic Institutions and Human Rights (ODIHR) works with defenders.', "États d'Europe, d'Asie centrale et d'Amérique du Nord ; son Bureau des institutions démocratiques et des droits de l'homme (BIDDH) travaille avec les défenseur·es.", 'Estados de Europa, Asia Central y América del Norte; su Oficina de Instituciones Democráticas y Derechos Humanos (OIDDH) trabaja con personas defensoras.') },
  ASEAN: { label: t('Association of Southeast Asian Nations', "Association des nations de l'Asie du Sud-Est", 'Asociación de Naciones del Sudeste Asiático'), description: t('Southeast Asia: its Intergovernmental Commission on Human Rights does not take individual complaints.', "L'Asie du Sud-Est : sa Commission intergouvernementale des droits de l'homme n'examine pas de plaintes individuelles.", 'El Sudeste Asiático: su Comisión Intergubernamental de Derechos Humanos no examina denuncias individuales.') },
  LAS: { label: t('League of Arab States', 'Ligue des États arabes', 'Liga de los Estados Árabes'), description: t('Arab States: its Arab Human Rights Committee reviews State reports and does not take individual complaints.', "Les États arabes : son Comité arabe des droits de l'homme examine les rapports des États et n'examine pas de plaintes individuelles.", 'Los Estados árabes: su Comité Árabe de Derechos Humanos examina los informes de los Estados y no examina denuncias individuales.') },
};

export const UN_PROCEDURE_TERMS: Record<UnProcedure, Term> = {
  ICCPR_OP1: {
    label: t('Human Rights Committee: individual complaints', "Comité des droits de l'homme : plaintes individuelles", 'Comité de Derechos Humanos: denuncias individuales'),
    description: t('Complaints about civil and political rights to the Human Rights Committee (First Optional Protocol to the ICCPR).', "Plaintes relatives aux droits civils et politiques devant le Comité des droits de l'homme (Premier Protocole facultatif se rapportant au PIDCP).", 'Denuncias sobre derechos civiles y políticos ante el Comité de Derechos Humanos (Primer Protocolo Facultativo del PIDCP).'),
  },
  OP_CEDAW: {
    label: t('Committee on the Elimination of Discrimination against Women: individual complaints', "Comité pour l'élimination de la discrimination à l'égard des femmes : plaintes individuelles", 'Comité para la Eliminación de la Discriminación contra la Mujer: denuncias individuales'),
    description: t('Complaints about discrimination against women; the Committee can also ask the State for interim measures (Optional Protocol to CEDAW).', "Plaintes pour discrimination à l'égard des femmes ; le Comité peut aussi demander à l'État des mesures provisoires (Protocole facultatif à la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes).", 'Denuncias por discriminación contra la mujer; el Comité también puede pedir al Estado medidas provisionales (Protocolo Facultativo de la CEDAW).'),
  },
  OP_ICESCR: {
    label: t('Committee on Economic, Social and Cultural Rights: individual complaints', 'Comité des droits économiques, sociaux et culturels : plaintes individuelles', 'Comité de Derechos Económicos, Sociales y Culturales: denuncias individuales'),
    description: t('Complaints about economic, social and cultural rights (Optional Protocol to the ICESCR).', 'Plaintes relatives aux droits économiques, sociaux et culturels (Protocole facultatif se rapportant au PIDESC).', 'Denuncias sobre derechos económicos, sociales y culturales (Protocolo Facultativo del PIDESC).'),
  },
  OP_CRC_IC: {
    label: t('Committee on the Rights of the Child: complaints', "Comité des droits de l'enfant : plaintes", 'Comité de los Derechos del Niño: denuncias'),
    description: t("Complaints by or for children about their rights (Optional Protocol to the CRC on a communications procedure).", "Plaintes présentées par des enfants ou en leur nom (Protocole facultatif à la Convention relative aux droits de l'enfant établissant une procédure de présentation de communications).", 'Denuncias presentadas por niños y niñas o en su nombre (Protocolo Facultativo de la Convención sobre los Derechos del Niño relativo a un procedimiento de comunicaciones).'),
  },
  OP_CRPD: {
    label: t('Committee on the Rights of Persons with Disabilities: individual complaints', 'Comité des droits des personnes handicapées : plaintes individuelles', 'Comité sobre los Derechos de las Personas con Discapacidad: denuncias individuales'),
    description: t('Complaints about the rights of persons with disabilities (Optional Protocol to the CRPD).', 'Plaintes relatives aux droits des personnes handicapées (Protocole facultatif se rapportant à la CDPH).', 'Denuncias sobre los derechos de las personas con discapacidad (Protocolo Facultativo de la CDPD).'),
  },
  CAT_ART22: {
    label: t('Committee against Torture: individual complaints', 'Comité contre la torture : plaintes individuelles', 'Comité contra la Tortura: denuncias individuales'),
    description: t('Complaints about torture and ill-treatment, for States that made the declaration under article 22 of the Convention against Torture.', "Plaintes pour torture et mauvais traitements, pour les États ayant fait la déclaration prévue à l'article 22 de la Convention contre la torture.", 'Denuncias por tortura y malos tratos, para los Estados que hicieron la declaración del artículo 22 de la Convención contra la Tortura.'),
  },
  ICERD_ART14: {
    label: t('Committee on the Elimination of Racial Discrimination: individual complaints', "Comité pour l'élimination de la discrimination raciale : plaintes individuelles", 'Comité para la Eliminación de la Discriminación Racial: denuncias individuales'),
    description: t('Complaints about racial discrimination, for States that made the declaration under article 14 of the Convention (ICERD).', "Plaintes pour discrimination raciale, pour les États ayant fait la déclaration prévue à l'article 14 de la Convention.", 'Denuncias por discriminación racial, para los Estados que hicieron la declaración del artículo 14 de la Convención.'),
  },
  ICPPED_ART31: {
    label: t('Committee on Enforced Disappearances: individual complaints', 'Comité des disparitions forcées : plaintes individuelles', 'Comité contra la Desaparición Forzada: denuncias individuales'),
    description: t('Complaints about enforced disappearances, for States that made the declaration under article 31 of the Convention.', "Plaintes relatives à des disparitions forcées, pour les États ayant fait la déclaration prévue à l'article 31 de la Convention.", 'Denuncias sobre desapariciones forzadas, para los Estados que hicieron la declaración del artículo 31 de la Convención.'),
  },
  ICMW_ART77: {
    label: t('Committee on Migrant Workers: individual complaints (not yet in force)', 'Comité des travailleurs migrants : plaintes individuelles (pas encore en vigueur)', 'Comité de Trabajadores Migratorios: denuncias individuales (aún no en vigor)'),
    description: t('Complaints under article 77 of the Migrant Workers Convention; not yet in force, so no complaint can be sent yet.', "Plaintes au titre de l'article 77 de la Convention sur les travailleurs migrants ; pas encore en vigueur, aucune plainte ne peut donc encore être envoyée.", 'Denuncias en virtud del artículo 77 de la Convención sobre los trabajadores migratorios; aún no está en vigor, por lo que todavía no se pueden presentar denuncias.'),
  },
  ICPPED_URGENT_ACTION: {
    label: t('Committee on Enforced Disappearances: urgent action', 'Comité des disparitions forcées : action urgente', 'Comité contra la Desaparición Forzada: acción urgente'),
    description: t('An urgent request to search for and find a disappeared person (article 30); open for every State party to the Convention.', "Demande urgente pour que la personne disparue soit recherchée et retrouvée (article 30) ; ouverte pour tout État partie à la Convention.", 'Solicitud urgente para que se busque y localice a una persona desaparecida (artículo 30); abierta para todo Estado parte en la Convención.'),
  },
  ICERD_EARLY_WARNING: {
    label: t('Committee on the Elimination of Racial Discrimination: early warning and urgent action', "Comité pour l'élimination de la discrimination raciale : alerte rapide et intervention d'urgence", 'Comité para la Eliminación de la Discriminación Racial: alerta temprana y acción urgente'),
    description: t('CERD early warning and urgent action procedure, to prevent or limit serious racial discrimination quickly; open for every State party to the Convention.', "Procédure d'alerte rapide et d'intervention d'urgence du CERD, pour prévenir ou limiter rapidement de graves discriminations raciales ; ouverte pour tout État partie à la Convention.", 'Procedimiento de alerta temprana y acción urgente del CERD, para prevenir o limitar con rapidez una discriminación racial grave; abierto para todo Estado parte en la Convención.'),
  },
};

export const ACCEPTANCE_STATUS_TERMS: Record<AcceptanceStatus, Term> = {
  ACCEPTED: { label: t('Accepted', 'Acceptée', 'Aceptado'), description: t('The State has accepted this procedure, so it can be used for this country.', "L'État a accepté cette procédure ; elle peut donc être utilisée pour ce pays.", 'El Estado ha aceptado este procedimiento, así que puede usarse para este país.') },
  NOT_ACCEPTED: { label: t('Not accepted', 'Non acceptée', 'No aceptado'), description: t('The State has not accepted this procedure, so it cannot be used for this country.', "L'État n'a pas accepté cette procédure ; elle ne peut donc pas être utilisée pour ce pays.", 'El Estado no ha aceptado este procedimiento, así que no puede usarse para este país.') },
  UNKNOWN: { label: t('Unknown', 'Statut inconnu', 'Desconocido'), description: t('No source says whether the State has accepted it.', "Aucune source n'indique si l'État l'a acceptée.", 'Ninguna fuente indica si el Estado lo ha aceptado.') },
};

export const MECHANISM_KIND_TERMS: Record<MechanismKind, Term> = {
  UN_SPECIAL_PROCEDURE: { label: t('UN special procedure', "Procédure spéciale de l'ONU", 'Procedimiento especial de la ONU'), description: t('Independent experts appointed by the Human Rights Council (special rapporteurs, working groups) who can send urgent appeals to governments.', "Expert·es indépendant·es nommé·es par le Conseil des droits de l'homme (rapporteurs spéciaux, groupes de travail), qui peuvent adresser des appels urgents aux gouvernements.", 'Personas expertas independientes nombradas por el Consejo de Derechos Humanos (relatorías especiales, grupos de trabajo) que pueden enviar llamamientos urgentes a los gobiernos.') },
  UN_TREATY_BODY: { label: t('UN treaty body', "Organe de traité de l'ONU", 'Órgano de tratado de la ONU'), description: t('A committee of independent experts that monitors a human rights treaty; some take individual complaints.', "Comité d'expert·es indépendant·es qui veille à l'application d'un traité ; certains examinent des plaintes individuelles.", 'Comité de personas expertas independientes que supervisa un tratado; algunos examinan denuncias individuales.') },
  UN_HUMAN_RIGHTS_COUNCIL: { label: t('UN Human Rights Council', "Conseil des droits de l'homme de l'ONU", 'Consejo de Derechos Humanos de la ONU'), description: t('The UN body of 47 member States that deals with human rights.', "L'organe de l'ONU, composé de 47 États membres, chargé des droits humains.", 'El órgano de la ONU, formado por 47 Estados miembros, que se ocupa de los derechos humanos.') },
  UN_SECRETARIAT: { label: t('UN Secretariat', "Secrétariat de l'ONU", 'Secretaría de la ONU'), description: t('A UN official or office, for example the senior official who leads UN work against reprisals.', "Un·e responsable ou un bureau de l'ONU, par exemple le ou la haut·e responsable qui dirige l'action de l'ONU contre les représailles.", 'Un alto cargo u oficina de la ONU, por ejemplo quien dirige la labor de la ONU contra las represalias.') },
  REGIONAL_COMMISSION: { label: t('Regional commission', 'Commission régionale', 'Comisión regional'), description: t('A regional human rights commission, such as the Inter-American or African Commission, that takes petitions and can ask States for urgent protection measures.', "Commission régionale des droits humains, comme la Commission interaméricaine ou africaine, qui reçoit des pétitions et peut demander aux États des mesures de protection urgentes.", 'Comisión regional de derechos humanos, como la Comisión Interamericana o la Africana, que recibe peticiones y puede pedir a los Estados medidas urgentes de protección.') },
  REGIONAL_COURT: { label: t('Regional court', 'Cour régionale', 'Tribunal regional'), description: t('A regional human rights court, such as the European, Inter-American or African Court, whose judgments bind the States concerned.', "Cour régionale des droits humains, comme la Cour européenne, interaméricaine ou africaine, dont les arrêts s'imposent aux États concernés.", 'Tribunal regional de derechos humanos, como el Tribunal Europeo, la Corte Interamericana o la Corte Africana, cuyas sentencias obligan a los Estados concernidos.') },
  REGIONAL_OFFICE: { label: t('Regional office', 'Bureau régional', 'Oficina regional'), description: t('An office of a regional organisation, such as the Council of Europe Commissioner for Human Rights or the OSCE/ODIHR.', "Un bureau d'une organisation régionale, comme le Commissaire aux droits de l'homme du Conseil de l'Europe ou le BIDDH de l'OSCE.", 'Una oficina de una organización regional, como el Comisario de Derechos Humanos del Consejo de Europa o la OIDDH de la OSCE.') },
  DIPLOMATIC_NETWORK: { label: t('Diplomatic network', 'Réseau diplomatique', 'Red diplomática'), description: t('Embassies or delegations abroad, such as EU Delegations, that can raise cases and support defenders.', "Ambassades ou délégations à l'étranger, comme les délégations de l'UE, qui peuvent intervenir sur des cas et soutenir les défenseur·es.", 'Embajadas o delegaciones en el exterior, como las Delegaciones de la UE, que pueden plantear casos y apoyar a personas defensoras.') },
};

export const MECHANISM_SYSTEM_TERMS: Record<MechanismSystem, Term> = {
  UN: { label: t('United Nations', 'Nations Unies', 'Naciones Unidas'), description: t('The UN human rights system: the Human Rights Council, special procedures and treaty bodies.', "Le système des droits humains de l'ONU : Conseil des droits de l'homme, procédures spéciales et organes de traités.", 'El sistema de derechos humanos de la ONU: el Consejo de Derechos Humanos, los procedimientos especiales y los órganos de tratados.') },
  ...REGIONAL_SYSTEM_TERMS,
};

export const PROGRAMME_KIND_TERMS: Record<ProgrammeKind, Term> = {
  FELLOWSHIP: { label: t('Fellowship', 'Bourse de séjour', 'Beca'), description: t('A period at a host institution to study, work or rest.', "Une période d'étude, de travail ou de repos dans une institution d'accueil.", 'Un período de estudio, trabajo o descanso en una institución anfitriona.') },
  RELOCATION_SCHEME: { label: t('Relocation scheme', 'Programme de relocalisation', 'Programa de reubicación'), description: t('Hosts defenders at risk in a safe place for a set time.', 'Accueille des défenseur·es en danger dans un lieu sûr pour une durée déterminée.', 'Acoge a personas defensoras en riesgo en un lugar seguro durante un tiempo determinado.') },
  FUND: { label: t('Fund', 'Fonds', 'Fondo'), description: t('Gives grants, for emergencies or for projects.', 'Accorde des subventions, en urgence ou pour des projets.', 'Otorga subvenciones, de emergencia o para proyectos.') },
};

export const APPLICATION_MODE_TERMS: Record<ApplicationMode, Term> = {
  ROLLING: { label: t('Open all year', "Candidatures toute l'année", 'Abierto todo el año'), description: t('Applications are accepted at any time.', 'Les candidatures sont acceptées à tout moment.', 'Se aceptan solicitudes en cualquier momento.') },
  ROUNDS: { label: t('Application rounds', 'Appels à candidatures', 'Convocatorias'), description: t('Applications open at set times, with a deadline.', 'Les candidatures sont ouvertes à des périodes fixes, avec une date limite.', 'Las solicitudes se abren en fechas fijas, con un plazo límite.') },
  NOMINATION: { label: t('By nomination', 'Sur proposition', 'Por propuesta de terceros'), description: t('Someone else, often a partner organisation, must put the defender forward.', "Une autre personne ou organisation, souvent partenaire, doit proposer la candidature.", 'Otra persona u organización, a menudo aliada, debe proponer la candidatura.') },
  INVITATION: { label: t('By invitation only', 'Sur invitation', 'Solo por invitación'), description: t('The programme chooses whom to invite; no open applications.', 'Le programme choisit qui inviter ; pas de candidature spontanée.', 'El programa elige a quién invitar; no hay convocatoria abierta.') },
  UNKNOWN: { label: t('Unknown', 'Inconnu', 'Desconocido'), description: t('No source says how to apply.', "Aucune source n'indique comment postuler.", 'Ninguna fuente indica cómo postular.') },
};

export const REGIONAL_INSTRUMENT_TERMS: Record<RegionalInstrument, Term> = {
  AMERICAN_CONVENTION: { label: t('American Convention on Human Rights', 'Convention américaine relative aux droits de l’homme', 'Convención Americana sobre Derechos Humanos'), description: t('The Pact of San José; the Inter-American Court applies it to its States parties.', 'Le Pacte de San José ; la Cour interaméricaine l’applique à ses États parties.', 'El Pacto de San José; la Corte Interamericana lo aplica a sus Estados parte.') },
  INTER_AMERICAN_COURT_JURISDICTION: { label: t('Inter-American Court jurisdiction', 'Compétence de la Cour interaméricaine', 'Competencia de la Corte Interamericana'), description: t("The State accepted the Court's contentious jurisdiction (article 62 of the Convention).", "L'État a accepté la compétence contentieuse de la Cour (article 62 de la Convention).", 'El Estado aceptó la competencia contenciosa de la Corte (artículo 62 de la Convención).') },
  AFRICAN_CHARTER: { label: t("African Charter on Human and Peoples' Rights", 'Charte africaine des droits de l’homme et des peuples', 'Carta Africana de Derechos Humanos y de los Pueblos'), description: t('The treaty the African Commission applies to its States parties.', 'Le traité que la Commission africaine applique à ses États parties.', 'El tratado que la Comisión Africana aplica a sus Estados parte.') },
  AFRICAN_COURT_PROTOCOL: { label: t('African Court Protocol', 'Protocole de la Cour africaine', 'Protocolo de la Corte Africana'), description: t("The Protocol that created the African Court; the Court hears cases only against its States parties.", 'Le Protocole qui a créé la Cour africaine ; la Cour ne juge que ses États parties.', 'El Protocolo que creó la Corte Africana; la Corte solo conoce casos contra sus Estados parte.') },
  AFRICAN_COURT_DIRECT_ACCESS: { label: t('African Court direct access (art. 34(6))', 'Accès direct à la Cour africaine (art. 34(6))', 'Acceso directo a la Corte Africana (art. 34(6))'), description: t('The State declared that individuals and NGOs may bring cases to the Court directly.', "L'État a déclaré que les individus et les ONG peuvent saisir la Cour directement.", 'El Estado declaró que las personas y ONG pueden acudir directamente a la Corte.') },
  EUROPEAN_CONVENTION: { label: t('European Convention on Human Rights', 'Convention européenne des droits de l’homme', 'Convenio Europeo de Derechos Humanos'), description: t('The treaty the European Court of Human Rights applies to its States parties.', 'Le traité que la Cour européenne des droits de l’homme applique à ses États parties.', 'El tratado que el Tribunal Europeo de Derechos Humanos aplica a sus Estados parte.') },
  ARAB_CHARTER: { label: t('Arab Charter on Human Rights', 'Charte arabe des droits de l’homme', 'Carta Árabe de Derechos Humanos'), description: t('The 2004 treaty of the League of Arab States, reviewed by the Arab Human Rights Committee.', 'Le traité de 2004 de la Ligue des États arabes, suivi par le Comité arabe des droits de l’homme.', 'El tratado de 2004 de la Liga de los Estados Árabes, supervisado por el Comité Árabe de Derechos Humanos.') },
};

export const SOURCE_KIND_TERMS: Record<SourceKind, Term> = {
  OFFICIAL: { label: t('Official', 'Officielle', 'Oficial'), description: t("The body's, state's or organisation's own page or document.", "La page ou le document de l'organe, de l'État ou de l'organisation lui-même.", 'La página o el documento del propio órgano, Estado u organización.') },
  SECONDARY: { label: t('Secondary', 'Secondaire', 'Secundaria'), description: t('Someone else writing about it: an NGO, a news report, a database.', "Un tiers qui en parle : une ONG, un article de presse, une base de données.", 'Un tercero que habla de ello: una ONG, una noticia, una base de datos.') },
};

export const SOURCE_ACCESS_TERMS: Record<SourceAccess, Term> = {
  LIVE: { label: t('Read live', 'Lue en ligne', 'Leída en línea'), description: t('The page as it was online on the day it was read.', 'La page telle qu’elle était en ligne le jour de la lecture.', 'La página tal como estaba en línea el día de la lectura.') },
  STORED_COPY: { label: t('Stored copy', 'Copie archivée', 'Copia archivada'), description: t('An archived or third-party copy: it may be older than the live page.', 'Une copie archivée ou tierce : elle peut être plus ancienne que la page en ligne.', 'Una copia archivada o de terceros: puede ser más antigua que la página en línea.') },
};

export const VERIFICATION_METHOD_TERMS: Record<VerificationMethod, Term> = {
  OFFICIAL_PAGE_LIVE: { label: t('Official page, read live', 'Page officielle, lue en ligne', 'Página oficial, leída en línea'), description: t("At least one source is the body's own page, read live.", "Au moins une source est la page de l'organe lui-même, lue en ligne.", 'Al menos una fuente es la propia página del órgano, leída en línea.') },
  OFFICIAL_PAGE_COPY: { label: t('Official page, stored copy', 'Page officielle, copie archivée', 'Página oficial, copia archivada'), description: t("The best source is a stored copy of the body's own page: check the live page.", "La meilleure source est une copie archivée de la page de l'organe : vérifier la page en ligne.", 'La mejor fuente es una copia archivada de la página del órgano: verificar la página en línea.') },
  SECONDARY_SOURCE: { label: t('Secondary sources only', 'Sources secondaires seulement', 'Solo fuentes secundarias'), description: t('No official source was read: treat every fact as needing a check.', "Aucune source officielle n'a été lue : chaque fait est à vérifier.", 'No se leyó ninguna fuente oficial: cada dato debe verificarse.') },
};
