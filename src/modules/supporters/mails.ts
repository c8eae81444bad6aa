/**
 * The e-mails supporters receive. Plain text, English (see docs/campaign.md). Each has a
 * `kind` label, the only thing about it the mailer logs.
 */
import { AppError, ErrorCode } from '../../shared/errors';
import { MailDeliveryError, type Mailer, type OutgoingMail } from '../../shared/mail/mailer';
import type { RightsRequestKind } from './supporters.store';
import { CONFIRMATION_LINK_DAYS, RETENTION, RESPONSE_WORKING_DAYS, RIGHTS_REQUEST_LINK_HOURS } from './privacy-notice/policy';
import type { SupporterLinks } from './links';

const IGNORE = 'If you did not ask for this, ignore this e-mail: nothing will happen.';

const WHAT: Record<RightsRequestKind, { subject: string; action: string }> = {
  EXPORT: { subject: 'Your copy of your data', action: 'receive a copy of all the personal data we hold about this address' },
  RECTIFY: { subject: 'Confirm the correction of your name', action: 'correct the name we hold for this address' },
  ERASE: {
    subject: 'Confirm the erasure of your data',
    action: 'erase all the personal data we hold about this address (your confirmed signatures stay only as anonymous counts; unconfirmed ones are deleted)',
  },
  RESTRICT: { subject: 'Confirm that we stop using your data', action: 'stop the processing you chose for this address' },
};

export function rightsRequestMail(kind: RightsRequestKind, to: string, token: string, links: SupporterLinks): OutgoingMail {
  const link = kind === 'EXPORT' ? links.exportData(token) : links.confirmRequest(token);
  return {
    to,
    kind: `data-rights-${kind.toLowerCase()}`,
    subject: WHAT[kind].subject,
    text: [
      'Hello,',
      '',
      `Someone (we hope you) asked to ${WHAT[kind].action}.`,
      `To go ahead, open this link within ${RIGHTS_REQUEST_LINK_HOURS} hours. It works once.`,
      '',
      link,
      '',
      'If we hold nothing about this address, the link will say so.',
      IGNORE,
      `We answer questions and complaints about your data within ${RESPONSE_WORKING_DAYS} working days.`,
    ].join('\n'),
  };
}

/**
 * To the address a signature was given with. It names the campaign (an editor's text) and
 * nothing typed into the form, so the form cannot be used to send someone words of one's choice.
 */
export function signatureConfirmationMail(to: string, token: string, campaignTitle: string, links: SupporterLinks): OutgoingMail {
  return {
    to,
    kind: 'signature-confirmation',
    subject: 'Please confirm your signature',
    text: [
      'Hello,',
      '',
      `Someone (we hope you) signed the campaign "${campaignTitle}" with this address.`,
      `Your signature counts only once you confirm it: open this link within ${CONFIRMATION_LINK_DAYS} days. It works once.`,
      '',
      links.confirmSignature(token),
      '',
      'If the form was sent more than once before you confirm, this link confirms the last one sent; links in earlier e-mails no longer work.',
      `If you did not sign, ignore this e-mail: the signature is deleted after ${CONFIRMATION_LINK_DAYS} days and nothing else happens.`,
    ].join('\n'),
  };
}

/** To an address whose signature of the campaign is already confirmed: nothing changed. */
export function alreadySignedMail(to: string, campaignTitle: string): OutgoingMail {
  return {
    to,
    kind: 'signature-already-confirmed',
    subject: 'You have already signed',
    text: [
      'Hello,',
      '',
      `Someone (we hope you) signed the campaign "${campaignTitle}" again with this address.`,
      'This address had already signed and confirmed, and it is counted once. Nothing has changed.',
      '',
      'To see, correct or erase what we hold about this address, send a data-rights request through the campaign site.',
      IGNORE,
    ].join('\n'),
  };
}

export function newsletterConfirmationMail(to: string, token: string, links: SupporterLinks): OutgoingMail {
  return {
    to,
    kind: 'newsletter-confirmation',
    subject: 'Please confirm your newsletter subscription',
    text: [
      'Hello,',
      '',
      'Please confirm that you want to receive our newsletter about human rights defenders:',
      '',
      links.confirmNewsletter(token),
      '',
      `The link works once and expires in ${CONFIRMATION_LINK_DAYS} days; without confirmation we delete the address.`,
      IGNORE,
    ].join('\n'),
  };
}

export function newsletterAlreadySubscribedMail(to: string, unsubscribeToken: string, links: SupporterLinks): OutgoingMail {
  return {
    to,
    kind: 'newsletter-already-subscribed',
    subject: 'You are already subscribed to our newsletter',
    text: ['Hello,', '', 'This address already receives our newsletter. Nothing has changed.', '', footer(unsubscribeToken, links)].join('\n'),
  };
}

export function newsletterIssueMail(to: string, subject: string, body: string, unsubscribeToken: string, links: SupporterLinks): OutgoingMail {
  return { to, kind: 'newsletter', subject, text: `${body}\n\n${footer(unsubscribeToken, links)}` };
}

function footer(unsubscribeToken: string, links: SupporterLinks): string {
  return [
    '--',
    'You receive this because you subscribed and confirmed your address.',
    `Unsubscribe at any time (your address is then deleted${RETENTION.NEWSLETTER.days === 0 ? ' at once' : ''}):`,
    links.unsubscribe(unsubscribeToken),
  ].join('\n');
}

/** Sends a mail; a delivery failure becomes SERVICE_UNAVAILABLE, which says nothing about the address. */
export async function deliver(mailer: Mailer, mail: OutgoingMail): Promise<void> {
  try {
    await mailer.send(mail);
  } catch (err) {
    if (err instanceof MailDeliveryError) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The e-mail could not be sent; please try again later');
    throw err;
  }
}
