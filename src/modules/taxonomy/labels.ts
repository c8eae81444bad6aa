/**
 * Labels and descriptions of the taxonomy values, in English, French and Spanish, for clients
 * that build forms or chatbot menus. Other locales fall back to English.
 */
import type { ChannelKind, DefenderProfile, RecordStatus, ResponseSpeed, RiskType, ServiceKind, Urgency } from './values';

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
