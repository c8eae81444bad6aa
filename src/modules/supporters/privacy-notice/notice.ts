/**
 * The privacy notice served by the `privacyNotice` query, as typed data: the prose in English,
 * French and Spanish around the policy (policy.ts), whose periods and rules it shows.
 *
 * Its structure follows the two policies the project started from (the #TogetherWeDefend
 * site's and Amnesty International's): purposes, a legal basis per purpose, retention,
 * recipients, rights. The concrete periods and sharing rules are this project's own policy.
 */
import type { LocalizedText } from '../../taxonomy/localized';
import type { ContentSource } from '../../content/seed-schema';
import { MINIMUM_AGE_WITHOUT_GUARDIAN, RESPONSE_WORKING_DAYS, RETENTION, UNCONFIRMED_SIGNUP_DAYS, type ProcessingPurpose, type RetentionRule } from './policy';

/** Every text of the notice exists in English and these languages. */
export type NoticeLocale = 'fr' | 'es';

/** GDPR art. 6 bases this service can rely on. CONTRACT is listed for completeness; no purpose uses it today. */
export const LEGAL_BASES = ['CONSENT', 'LEGITIMATE_INTEREST', 'CONTRACT', 'LEGAL_OBLIGATION'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const DATA_CATEGORIES = [
  'NAME',
  'EMAIL',
  'EMAIL_HASH', // keyed hash of the address, to recognise duplicates without decrypting
  'COUNTRY',
  'CONSENT_RECORD', // what was agreed to, and when
  'MESSAGE',
  'REQUEST_DETAILS',
  'NETWORK_ADDRESS',
  'ABUSE_RECORD',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const RECIPIENT_KINDS = [
  'GOVERNMENTS',
  'DEFENDERS', // the defenders who hand in the petition, or who receive a solidarity message
  'MODERATORS', // the operator's own staff who review messages
  'MAIL_PROVIDER', // the SMTP server the operator configures, as a processor
  'HOSTING_PROVIDER', // where the operator runs the service and its database, as a processor
  'DATA_PROTECTION_AUTHORITY',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const DATA_SUBJECT_RIGHTS = ['BE_INFORMED', 'ACCESS', 'RECTIFY', 'ERASE', 'RESTRICT', 'OBJECT', 'PORTABILITY', 'UNSUBSCRIBE', 'COMPLAIN'] as const;
export type DataSubjectRight = (typeof DATA_SUBJECT_RIGHTS)[number];

export interface CollectedData {
  category: DataCategory;
  required: boolean;
  description: LocalizedText<NoticeLocale>;
}

export interface Recipient {
  kind: RecipientKind;
  /** What this recipient gets, and under which condition. */
  receives: LocalizedText<NoticeLocale>;
}

export interface PurposeNotice {
  purpose: ProcessingPurpose;
  title: LocalizedText<NoticeLocale>;
  description: LocalizedText<NoticeLocale>;
  data: CollectedData[];
  legalBasis: LegalBasis;
  legalBasisExplanation: LocalizedText<NoticeLocale>;
  retention: RetentionRule & { description: LocalizedText<NoticeLocale> };
  recipients: Recipient[];
}

export interface RightNotice {
  right: DataSubjectRight;
  title: LocalizedText<NoticeLocale>;
  description: LocalizedText<NoticeLocale>;
}

export interface PrivacyNotice {
  updatedOn: string;
  controller: LocalizedText<NoticeLocale>;
  summary: LocalizedText<NoticeLocale>;
  purposes: PurposeNotice[];
  /** Rules that apply whatever the purpose. */
  sharing: LocalizedText<NoticeLocale>;
  security: LocalizedText<NoticeLocale>;
  rights: RightNotice[];
  responseWorkingDays: number;
  howToExercise: LocalizedText<NoticeLocale>;
  complaints: LocalizedText<NoticeLocale>;
  minors: { minimumAgeWithoutGuardian: number; text: LocalizedText<NoticeLocale> };
  cookies: { setsCookies: boolean; text: LocalizedText<NoticeLocale> };
  /** Whether the periods and sharing rules are this project's decisions rather than quoted. */
  retentionIsProjectPolicy: true;
  sources: ContentSource[];
  verifiedOn: string;
}

// Texts shared by several purposes.
const EMAIL: CollectedData = {
  category: 'EMAIL',
  required: true,
  description: {
    en: 'Your e-mail address, stored encrypted.',
    fr: 'Votre adresse électronique, conservée chiffrée.',
    es: 'Tu dirección de correo electrónico, guardada cifrada.',
  },
};
const EMAIL_HASH: CollectedData = {
  category: 'EMAIL_HASH',
  required: true,
  description: {
    en: 'A keyed fingerprint of your e-mail address, so that we can spot duplicates without decrypting anything.',
    fr: 'Une empreinte à clé de votre adresse électronique, pour repérer les doublons sans rien déchiffrer.',
    es: 'Una huella con clave de tu dirección de correo, para detectar duplicados sin descifrar nada.',
  },
};
const CONSENT_RECORD: CollectedData = {
  category: 'CONSENT_RECORD',
  required: true,
  description: {
    en: 'What you agreed to and when, so that we can show we had your consent.',
    fr: 'Ce que vous avez accepté et quand, pour pouvoir prouver votre consentement.',
    es: 'Qué aceptaste y cuándo, para poder demostrar tu consentimiento.',
  },
};
const MAIL_PROVIDER: Recipient = {
  kind: 'MAIL_PROVIDER',
  receives: {
    en: 'The mail server that delivers our e-mails receives your address and the e-mail, on our behalf only.',
    fr: 'Le serveur de messagerie qui achemine nos courriels reçoit votre adresse et le message, pour notre compte uniquement.',
    es: 'El servidor de correo que entrega nuestros mensajes recibe tu dirección y el mensaje, solo por cuenta nuestra.',
  },
};
const HOSTING_PROVIDER: Recipient = {
  kind: 'HOSTING_PROVIDER',
  receives: {
    en: 'Our hosting provider stores the encrypted data on our behalf and cannot read it without our key.',
    fr: 'Notre hébergeur stocke les données chiffrées pour notre compte et ne peut pas les lire sans notre clé.',
    es: 'Nuestro proveedor de alojamiento guarda los datos cifrados por cuenta nuestra y no puede leerlos sin nuestra clave.',
  },
};
const CONSENT_EXPLANATION = (what: LocalizedText<NoticeLocale>): LocalizedText<NoticeLocale> => ({
  en: `Your consent, given when you ${what.en}. You can withdraw it at any time.`,
  fr: `Votre consentement, donné lorsque vous ${what.fr}. Vous pouvez le retirer à tout moment.`,
  es: `Tu consentimiento, dado cuando ${what.es}. Puedes retirarlo en cualquier momento.`,
});

const PURPOSES: PurposeNotice[] = [
  {
    purpose: 'SIGN_PETITION',
    title: { en: 'Signing the petition', fr: 'Signer la pétition', es: 'Firmar la petición' },
    description: {
      en: 'To record your signature, count it once after you confirm your address through the link we e-mail you, and hand the petition to governments.',
      fr: 'Enregistrer votre signature, la compter une seule fois après que vous avez confirmé votre adresse par le lien que nous vous envoyons, et remettre la pétition aux gouvernements.',
      es: 'Registrar tu firma, contarla una sola vez después de que confirmes tu dirección con el enlace que te enviamos, y entregar la petición a los gobiernos.',
    },
    data: [
      {
        category: 'NAME',
        required: true,
        description: {
          en: 'Your first and last name, stored encrypted.',
          fr: 'Vos prénom et nom, conservés chiffrés.',
          es: 'Tu nombre y apellidos, guardados cifrados.',
        },
      },
      EMAIL,
      EMAIL_HASH,
      {
        category: 'COUNTRY',
        required: false,
        description: {
          en: 'Your country, if you choose to give it, so that counts can be reported per country.',
          fr: 'Votre pays, si vous choisissez de l’indiquer, pour pouvoir compter les signatures par pays.',
          es: 'Tu país, si decides indicarlo, para poder contar las firmas por país.',
        },
      },
      {
        category: 'CONSENT_RECORD',
        required: true,
        description: {
          en: 'Whether you agreed to have your name handed to governments, when you signed and when you confirmed through the link we sent you.',
          fr: 'Si vous avez accepté que votre nom soit remis aux gouvernements, la date de votre signature et celle de votre confirmation par le lien envoyé.',
          es: 'Si aceptaste que tu nombre se entregue a los gobiernos, cuándo firmaste y cuándo confirmaste mediante el enlace que te enviamos.',
        },
      },
    ],
    legalBasis: 'CONSENT',
    legalBasisExplanation: CONSENT_EXPLANATION({
      en: 'sign and confirm your address; handing over your name needs a separate, explicit agreement',
      fr: 'signez et confirmez votre adresse ; la remise de votre nom exige un accord distinct et explicite',
      es: 'firmas y confirmas tu dirección; entregar tu nombre requiere un acuerdo aparte y explícito',
    }),
    retention: {
      ...RETENTION.SIGN_PETITION,
      description: {
        en: `Your signature counts only once you follow the link we e-mail you; if you do not within ${UNCONFIRMED_SIGNUP_DAYS} days, it is deleted, never having been counted. Two years after you sign, your name, e-mail address and its fingerprint are deleted; only the anonymous count (and country, if given) remains. Withdrawing your signature deletes them at once; a hand-over that has already happened cannot be undone.`,
        fr: `Votre signature n’est comptée qu’une fois que vous avez suivi le lien que nous vous envoyons ; sans cela, elle est effacée au bout de ${UNCONFIRMED_SIGNUP_DAYS} jours sans avoir jamais été comptée. Deux ans après votre signature, vos nom, adresse électronique et empreinte sont effacés ; seul reste le décompte anonyme (et le pays, s’il a été indiqué). Retirer votre signature les efface aussitôt ; une remise déjà faite ne peut pas être annulée.`,
        es: `Tu firma solo cuenta cuando sigues el enlace que te enviamos; si no lo haces en ${UNCONFIRMED_SIGNUP_DAYS} días, se borra sin haberse contado nunca. Dos años después de firmar, se borran tu nombre, tu dirección de correo y su huella; solo queda el recuento anónimo (y el país, si lo indicaste). Retirar tu firma los borra de inmediato; una entrega ya realizada no se puede deshacer.`,
      },
    },
    recipients: [
      {
        kind: 'GOVERNMENTS',
        receives: {
          en: 'The number of signatures, per country where given. Your name only if you agreed to its hand-over. Never your e-mail address.',
          fr: 'Le nombre de signatures, par pays lorsqu’il est indiqué. Votre nom seulement si vous avez accepté qu’il soit remis. Jamais votre adresse électronique.',
          es: 'El número de firmas, por país cuando se indica. Tu nombre solo si aceptaste que se entregue. Nunca tu dirección de correo.',
        },
      },
      {
        kind: 'DEFENDERS',
        receives: {
          en: 'The defenders who hand in the petition carry exactly what governments receive, nothing more.',
          fr: 'Les défenseurs qui remettent la pétition transportent exactement ce que reçoivent les gouvernements, rien de plus.',
          es: 'Las personas defensoras que entregan la petición llevan exactamente lo que reciben los gobiernos, nada más.',
        },
      },
      MAIL_PROVIDER,
      HOSTING_PROVIDER,
    ],
  },
  {
    purpose: 'FORWARD_SOLIDARITY_MESSAGE',
    title: {
      en: 'Forwarding your solidarity messages',
      fr: 'Transmettre vos messages de solidarité',
      es: 'Transmitir tus mensajes de solidaridad',
    },
    description: {
      en: 'To review your message and pass it on to the defender it is written for.',
      fr: 'Relire votre message et le transmettre au défenseur à qui il est destiné.',
      es: 'Revisar tu mensaje y hacerlo llegar a la persona defensora a la que va dirigido.',
    },
    data: [
      {
        category: 'NAME',
        required: true,
        description: {
          en: 'The name you sign the message with (it may be a first name or a pseudonym), stored encrypted.',
          fr: 'Le nom avec lequel vous signez le message (un prénom ou un pseudonyme suffit), conservé chiffré.',
          es: 'El nombre con el que firmas el mensaje (puede ser un nombre de pila o un seudónimo), guardado cifrado.',
        },
      },
      {
        category: 'MESSAGE',
        required: true,
        description: { en: 'Your message.', fr: 'Votre message.', es: 'Tu mensaje.' },
      },
      EMAIL,
      EMAIL_HASH,
      CONSENT_RECORD,
    ],
    legalBasis: 'CONSENT',
    legalBasisExplanation: CONSENT_EXPLANATION({
      en: 'send the message',
      fr: 'envoyez le message',
      es: 'envías el mensaje',
    }),
    retention: {
      ...RETENTION.FORWARD_SOLIDARITY_MESSAGE,
      description: {
        en: 'One year after you send it, the message, your name and your e-mail address are deleted. Withdrawing consent before the message is forwarded stops it; a message already delivered cannot be recalled from the defender.',
        fr: 'Un an après l’envoi, le message, votre nom et votre adresse électronique sont effacés. Retirer votre consentement avant la transmission l’arrête ; un message déjà remis ne peut pas être repris au défenseur.',
        es: 'Un año después del envío, se borran el mensaje, tu nombre y tu dirección de correo. Retirar tu consentimiento antes de que se transmita lo detiene; un mensaje ya entregado no se puede recuperar.',
      },
    },
    recipients: [
      {
        kind: 'MODERATORS',
        receives: {
          en: 'Our moderators read each message before it is forwarded, to keep defenders safe from abuse.',
          fr: 'Nos modérateurs lisent chaque message avant sa transmission, pour protéger les défenseurs des abus.',
          es: 'Nuestros moderadores leen cada mensaje antes de transmitirlo, para proteger a las personas defensoras de abusos.',
        },
      },
      {
        kind: 'DEFENDERS',
        receives: {
          en: 'The defender receives your message and the name you signed it with, never your e-mail address.',
          fr: 'Le défenseur reçoit votre message et le nom avec lequel vous l’avez signé, jamais votre adresse électronique.',
          es: 'La persona defensora recibe tu mensaje y el nombre con el que lo firmaste, nunca tu dirección de correo.',
        },
      },
      HOSTING_PROVIDER,
    ],
  },
  {
    purpose: 'NEWSLETTER',
    title: { en: 'Newsletter', fr: 'Lettre d’information', es: 'Boletín' },
    description: {
      en: 'To send you our newsletter about defenders and the campaign, after you confirm your address.',
      fr: 'Vous envoyer notre lettre d’information sur les défenseurs et la campagne, après confirmation de votre adresse.',
      es: 'Enviarte nuestro boletín sobre las personas defensoras y la campaña, tras confirmar tu dirección.',
    },
    data: [
      EMAIL,
      EMAIL_HASH,
      {
        category: 'CONSENT_RECORD',
        required: true,
        description: {
          en: 'When you subscribed and when you confirmed through the link we sent you.',
          fr: 'La date de votre inscription et celle de votre confirmation par le lien envoyé.',
          es: 'Cuándo te suscribiste y cuándo confirmaste mediante el enlace que te enviamos.',
        },
      },
    ],
    legalBasis: 'CONSENT',
    legalBasisExplanation: CONSENT_EXPLANATION({
      en: 'subscribe and confirm your address',
      fr: 'vous inscrivez et confirmez votre adresse',
      es: 'te suscribes y confirmas tu dirección',
    }),
    retention: {
      ...RETENTION.NEWSLETTER,
      description: {
        en: `Your data is kept while you are subscribed and deleted as soon as you unsubscribe. A sign-up that is not confirmed within ${UNCONFIRMED_SIGNUP_DAYS} days is deleted.`,
        fr: `Vos données sont conservées tant que vous êtes abonné et effacées dès votre désabonnement. Une inscription non confirmée dans les ${UNCONFIRMED_SIGNUP_DAYS} jours est effacée.`,
        es: `Tus datos se guardan mientras sigas suscrito y se borran en cuanto te das de baja. Una suscripción no confirmada en ${UNCONFIRMED_SIGNUP_DAYS} días se borra.`,
      },
    },
    recipients: [MAIL_PROVIDER, HOSTING_PROVIDER],
  },
  {
    purpose: 'CAMPAIGN_UPDATES',
    title: { en: 'Campaign updates', fr: 'Nouvelles de la campagne', es: 'Novedades de la campaña' },
    description: {
      en: 'To tell you how the campaign you signed is going, including the hand-over, if you asked for updates when signing.',
      fr: 'Vous informer de l’avancée de la campagne que vous avez signée, y compris de la remise, si vous l’avez demandé en signant.',
      es: 'Contarte cómo avanza la campaña que firmaste, incluida la entrega, si lo pediste al firmar.',
    },
    data: [EMAIL, EMAIL_HASH, CONSENT_RECORD],
    legalBasis: 'CONSENT',
    legalBasisExplanation: CONSENT_EXPLANATION({
      en: 'tick the box for updates, separate from signing',
      fr: 'cochez la case des nouvelles, distincte de la signature',
      es: 'marcas la casilla de novedades, aparte de la firma',
    }),
    retention: {
      ...RETENTION.CAMPAIGN_UPDATES,
      description: {
        en: 'Your data is kept as long as your signature (two years at most) and deleted as soon as you unsubscribe.',
        fr: 'Vos données sont conservées aussi longtemps que votre signature (deux ans au plus) et effacées dès votre désabonnement.',
        es: 'Tus datos se guardan tanto tiempo como tu firma (dos años como máximo) y se borran en cuanto te das de baja.',
      },
    },
    recipients: [MAIL_PROVIDER, HOSTING_PROVIDER],
  },
  {
    purpose: 'DATA_RIGHTS_REQUEST',
    title: {
      en: 'Answering your data-rights requests',
      fr: 'Répondre à vos demandes sur vos données',
      es: 'Responder a tus solicitudes sobre tus datos',
    },
    description: {
      en: 'To confirm that a request comes from you, carry it out and answer you.',
      fr: 'Vérifier qu’une demande vient bien de vous, y donner suite et vous répondre.',
      es: 'Comprobar que una solicitud viene de ti, atenderla y responderte.',
    },
    data: [
      EMAIL,
      EMAIL_HASH,
      {
        category: 'REQUEST_DETAILS',
        required: true,
        description: {
          en: 'What you asked for, what we did and when we answered.',
          fr: 'Ce que vous avez demandé, ce que nous avons fait et quand nous avons répondu.',
          es: 'Qué pediste, qué hicimos y cuándo respondimos.',
        },
      },
    ],
    legalBasis: 'LEGAL_OBLIGATION',
    legalBasisExplanation: {
      en: 'Data-protection law obliges us to answer your requests and to be able to show that we did.',
      fr: 'La législation sur la protection des données nous oblige à répondre à vos demandes et à pouvoir prouver que nous l’avons fait.',
      es: 'La ley de protección de datos nos obliga a atender tus solicitudes y a poder demostrar que lo hicimos.',
    },
    retention: {
      ...RETENTION.DATA_RIGHTS_REQUEST,
      description: {
        en: 'The data is deleted one year after the request is closed.',
        fr: 'Les données sont effacées un an après la clôture de la demande.',
        es: 'Los datos se borran un año después de cerrar la solicitud.',
      },
    },
    recipients: [
      MAIL_PROVIDER,
      {
        kind: 'DATA_PROTECTION_AUTHORITY',
        receives: {
          en: 'If you complain to a data-protection authority, the record of your request, so that it can review how we handled it.',
          fr: 'Si vous saisissez une autorité de protection des données, le dossier de votre demande, pour qu’elle puisse examiner notre réponse.',
          es: 'Si reclamas ante una autoridad de protección de datos, el expediente de tu solicitud, para que pueda revisar cómo la atendimos.',
        },
      },
    ],
  },
  {
    purpose: 'SECURITY_ABUSE_PREVENTION',
    title: {
      en: 'Security and abuse prevention',
      fr: 'Sécurité et prévention des abus',
      es: 'Seguridad y prevención de abusos',
    },
    description: {
      en: 'To keep the service available and stop fake signatures, spam and attempts to harass defenders through it.',
      fr: 'Maintenir le service disponible et empêcher les fausses signatures, le spam et les tentatives de harceler des défenseurs par son intermédiaire.',
      es: 'Mantener el servicio disponible e impedir firmas falsas, spam e intentos de acosar a personas defensoras a través de él.',
    },
    data: [
      {
        category: 'NETWORK_ADDRESS',
        required: true,
        description: {
          en: 'Your network (IP) address, held in memory only while request limits are counted; it is never written to the database or to logs.',
          fr: 'Votre adresse réseau (IP), gardée en mémoire uniquement le temps de compter les limites de requêtes ; elle n’est jamais écrite dans la base de données ni dans les journaux.',
          es: 'Tu dirección de red (IP), guardada en memoria solo mientras se cuentan los límites de peticiones; nunca se escribe en la base de datos ni en los registros.',
        },
      },
      {
        category: 'ABUSE_RECORD',
        required: false,
        description: {
          en: 'If a submission is rejected as abusive: the fingerprint of the e-mail address used and the reason.',
          fr: 'Si un envoi est rejeté comme abusif : l’empreinte de l’adresse électronique utilisée et le motif.',
          es: 'Si un envío se rechaza por abusivo: la huella de la dirección de correo usada y el motivo.',
        },
      },
    ],
    legalBasis: 'LEGITIMATE_INTEREST',
    legalBasisExplanation: {
      en: 'Our legitimate interest, and that of defenders, in a service that cannot be flooded or turned against the people it supports. It needs no more than a fingerprint and a short memory.',
      fr: 'Notre intérêt légitime, et celui des défenseurs, à disposer d’un service qui ne puisse être ni submergé ni retourné contre les personnes qu’il soutient. Une empreinte et une mémoire courte suffisent.',
      es: 'Nuestro interés legítimo, y el de las personas defensoras, en un servicio que no pueda ser saturado ni usado contra quienes apoya. Basta una huella y una memoria breve.',
    },
    retention: {
      ...RETENTION.SECURITY_ABUSE_PREVENTION,
      description: {
        en: 'Request counters expire with their time window; abuse records are deleted after 30 days.',
        fr: 'Les compteurs de requêtes expirent avec leur fenêtre de temps ; les traces d’abus sont effacées après 30 jours.',
        es: 'Los contadores de peticiones caducan con su ventana de tiempo; los registros de abuso se borran a los 30 días.',
      },
    },
    recipients: [],
  },
];

const RIGHTS: RightNotice[] = [
  {
    right: 'BE_INFORMED',
    title: { en: 'Be informed', fr: 'Être informé', es: 'Ser informado' },
    description: {
      en: 'Know what we hold about you, why, for how long and who receives it: this notice.',
      fr: 'Savoir ce que nous détenons sur vous, pourquoi, pour combien de temps et qui le reçoit : c’est l’objet de cette notice.',
      es: 'Saber qué datos tenemos sobre ti, para qué, durante cuánto tiempo y quién los recibe: es lo que explica este aviso.',
    },
  },
  {
    right: 'ACCESS',
    title: { en: 'Access', fr: 'Accès', es: 'Acceso' },
    description: {
      en: 'Get a copy of every piece of personal data we have about you.',
      fr: 'Obtenir une copie de toutes les données personnelles que nous détenons sur vous.',
      es: 'Obtener una copia de todos los datos personales que tenemos sobre ti.',
    },
  },
  {
    right: 'RECTIFY',
    title: { en: 'Correction', fr: 'Rectification', es: 'Rectificación' },
    description: {
      en: 'Have inaccurate data corrected.',
      fr: 'Faire corriger des données inexactes.',
      es: 'Hacer corregir datos inexactos.',
    },
  },
  {
    right: 'ERASE',
    title: { en: 'Erasure', fr: 'Effacement', es: 'Supresión' },
    description: {
      en: 'Have your data deleted, before the end of its retention period.',
      fr: 'Faire effacer vos données, avant la fin de leur durée de conservation.',
      es: 'Hacer borrar tus datos antes de que termine su plazo de conservación.',
    },
  },
  {
    right: 'RESTRICT',
    title: { en: 'Restriction', fr: 'Limitation', es: 'Limitación' },
    description: {
      en: 'Have us keep your data but stop using it, including stop e-mailing you, for example while a correction is checked.',
      fr: 'Nous faire conserver vos données sans plus les utiliser, y compris cesser de vous écrire, par exemple le temps de vérifier une correction.',
      es: 'Hacer que conservemos tus datos sin usarlos, incluido dejar de escribirte, por ejemplo mientras se comprueba una corrección.',
    },
  },
  {
    right: 'OBJECT',
    title: { en: 'Objection', fr: 'Opposition', es: 'Oposición' },
    description: {
      en: 'Object to processing based on our legitimate interest, and to your data being stored.',
      fr: 'Vous opposer à un traitement fondé sur notre intérêt légitime, et à la conservation de vos données.',
      es: 'Oponerte a un tratamiento basado en nuestro interés legítimo y a que guardemos tus datos.',
    },
  },
  {
    right: 'PORTABILITY',
    title: { en: 'Portability', fr: 'Portabilité', es: 'Portabilidad' },
    description: {
      en: 'Receive the data you gave us in a structured, machine-readable format, to take it elsewhere.',
      fr: 'Recevoir les données que vous nous avez fournies dans un format structuré et lisible par machine, pour les emporter ailleurs.',
      es: 'Recibir los datos que nos diste en un formato estructurado y legible por máquina, para llevarlos a otro lugar.',
    },
  },
  {
    right: 'UNSUBSCRIBE',
    title: {
      en: 'Unsubscribe and withdraw consent',
      fr: 'Se désabonner et retirer son consentement',
      es: 'Darse de baja y retirar el consentimiento',
    },
    description: {
      en: 'Stop any e-mail with the link it contains, and withdraw any consent at any time; what was done before stays lawful.',
      fr: 'Arrêter tout envoi grâce au lien présent dans chaque courriel, et retirer tout consentement à tout moment ; ce qui a été fait auparavant reste licite.',
      es: 'Detener cualquier envío con el enlace que incluye cada correo y retirar cualquier consentimiento en cualquier momento; lo hecho antes sigue siendo lícito.',
    },
  },
  {
    right: 'COMPLAIN',
    title: { en: 'Complaint', fr: 'Réclamation', es: 'Reclamación' },
    description: {
      en: `Complain to us first, and we answer within ${RESPONSE_WORKING_DAYS} working days; you may also complain to the data-protection authority where you live or work.`,
      fr: `Nous adresser d’abord une réclamation, à laquelle nous répondons sous ${RESPONSE_WORKING_DAYS} jours ouvrables ; vous pouvez aussi saisir l’autorité de protection des données du lieu où vous vivez ou travaillez.`,
      es: `Reclamarnos primero a nosotros, y respondemos en ${RESPONSE_WORKING_DAYS} días hábiles; también puedes acudir a la autoridad de protección de datos del lugar donde vives o trabajas.`,
    },
  },
];

export const PRIVACY_NOTICE: PrivacyNotice = {
  updatedOn: '2026-12-01',
  controller: {
    en: 'The organisation that runs this campaign service is responsible for your data (the data controller). Nobody else decides how it is used.',
    fr: 'L’organisation qui exploite ce service de campagne est responsable de vos données (responsable du traitement). Personne d’autre ne décide de leur usage.',
    es: 'La organización que gestiona este servicio de campaña es responsable de tus datos (responsable del tratamiento). Nadie más decide cómo se usan.',
  },
  summary: {
    en: 'You can read everything here without giving us anything. We ask for personal data only when you act (sign, send a message, subscribe), use it only for that, keep it encrypted, and delete it on a fixed schedule.',
    fr: 'Vous pouvez tout consulter ici sans rien nous fournir. Nous ne demandons des données personnelles que lorsque vous agissez (signer, envoyer un message, vous abonner), nous ne les utilisons qu’à cette fin, nous les conservons chiffrées et nous les effaçons selon un calendrier fixe.',
    es: 'Puedes consultarlo todo aquí sin darnos nada. Solo pedimos datos personales cuando actúas (firmar, enviar un mensaje, suscribirte), los usamos solo para eso, los guardamos cifrados y los borramos según un calendario fijo.',
  },
  purposes: PURPOSES,
  sharing: {
    en: 'We never sell your data, never use it for advertising and never pass it to anyone for their own purposes. We use no analytics, social-media pixels or third-party mailing services. We disclose data to authorities only where the law compels us and the demand cannot reasonably be resisted.',
    fr: 'Nous ne vendons jamais vos données, ne les utilisons jamais à des fins publicitaires et ne les transmettons jamais à quiconque pour son propre usage. Nous n’utilisons ni outil de mesure d’audience, ni pixel de réseaux sociaux, ni service d’envoi de courriels tiers. Nous ne communiquons des données aux autorités que si la loi nous y contraint et que la demande ne peut raisonnablement être contestée.',
    es: 'Nunca vendemos tus datos, nunca los usamos con fines publicitarios y nunca los cedemos a nadie para sus propios fines. No usamos herramientas de analítica, píxeles de redes sociales ni servicios de envío de correo de terceros. Solo comunicamos datos a las autoridades cuando la ley nos obliga y la petición no puede rechazarse razonablemente.',
  },
  security: {
    en: 'Names and e-mail addresses are encrypted in the database; duplicates are found through a keyed fingerprint, not the address. Only the people who run the service can reach the data, and personal data never appears in our logs. No system is perfectly secure, so we keep as little as we can.',
    fr: 'Les noms et adresses électroniques sont chiffrés dans la base de données ; les doublons sont repérés grâce à une empreinte à clé, pas grâce à l’adresse. Seules les personnes qui exploitent le service ont accès aux données, et aucune donnée personnelle n’apparaît dans nos journaux. Aucun système n’est parfaitement sûr : c’est pourquoi nous conservons le moins possible.',
    es: 'Los nombres y las direcciones de correo se guardan cifrados en la base de datos; los duplicados se detectan mediante una huella con clave, no con la dirección. Solo quienes gestionan el servicio pueden acceder a los datos, y ningún dato personal aparece en nuestros registros. Ningún sistema es totalmente seguro, por eso guardamos lo mínimo posible.',
  },
  rights: RIGHTS,
  responseWorkingDays: RESPONSE_WORKING_DAYS,
  howToExercise: {
    en: `Send a data-rights request through this service, or use the unsubscribe link in any e-mail. We confirm the request through your e-mail address, so that nobody else can obtain or delete your data, and answer within ${RESPONSE_WORKING_DAYS} working days.`,
    fr: `Envoyez une demande relative à vos données par ce service, ou utilisez le lien de désabonnement de n’importe quel courriel. Nous confirmons la demande par votre adresse électronique, pour que personne d’autre ne puisse obtenir ou effacer vos données, et nous répondons sous ${RESPONSE_WORKING_DAYS} jours ouvrables.`,
    es: `Envía una solicitud sobre tus datos a través de este servicio o usa el enlace para darte de baja de cualquier correo. Confirmamos la solicitud a través de tu dirección de correo, para que nadie más pueda obtener o borrar tus datos, y respondemos en ${RESPONSE_WORKING_DAYS} días hábiles.`,
  },
  complaints: {
    en: `If you are unhappy with how we handle your data, tell us: we answer complaints within ${RESPONSE_WORKING_DAYS} working days. If our answer does not satisfy you, you can turn to the data-protection authority of the country where you live or work, or where the operator is established.`,
    fr: `Si la façon dont nous traitons vos données ne vous satisfait pas, dites-le-nous : nous répondons aux réclamations sous ${RESPONSE_WORKING_DAYS} jours ouvrables. Si notre réponse ne vous convient pas, vous pouvez vous adresser à l’autorité de protection des données du pays où vous vivez ou travaillez, ou de celui où l’exploitant est établi.`,
    es: `Si no estás de acuerdo con cómo tratamos tus datos, dínoslo: respondemos a las reclamaciones en ${RESPONSE_WORKING_DAYS} días hábiles. Si nuestra respuesta no te satisface, puedes acudir a la autoridad de protección de datos del país donde vives o trabajas, o de aquel donde está establecido el operador.`,
  },
  minors: {
    minimumAgeWithoutGuardian: MINIMUM_AGE_WITHOUT_GUARDIAN,
    text: {
      en: `If you are under ${MINIMUM_AGE_WITHOUT_GUARDIAN}, please ask a parent or guardian for permission before you give us any personal data.`,
      fr: `Si vous avez moins de ${MINIMUM_AGE_WITHOUT_GUARDIAN} ans, demandez l’autorisation d’un parent ou de votre tuteur avant de nous communiquer des données personnelles.`,
      es: `Si tienes menos de ${MINIMUM_AGE_WITHOUT_GUARDIAN} años, pide permiso a tu madre, padre o tutor antes de darnos datos personales.`,
    },
  },
  cookies: {
    setsCookies: false,
    text: {
      en: 'This API sets no cookies and runs no trackers. A website built on it may have its own cookie policy.',
      fr: 'Cette API ne dépose aucun cookie et n’utilise aucun traceur. Un site web construit sur elle peut avoir sa propre politique en matière de cookies.',
      es: 'Esta API no instala cookies ni usa rastreadores. Un sitio web construido sobre ella puede tener su propia política de cookies.',
    },
  },
  retentionIsProjectPolicy: true,
  sources: [
    { url: 'https://togetherwedefend.org/', title: '#TogetherWeDefend website privacy policy (last updated May 2019)' },
    { url: 'https://www.amnesty.org/', title: 'Amnesty International privacy policy and cookie statement for www.amnesty.org (last updated June 2018)' },
  ],
  verifiedOn: '2026-11-21',
};
