/**
 * Supporters: what people do for the campaign without an account — sign, send solidarity
 * messages, subscribe — and their data-subject rights. One service per concern, over one store
 * (supporters.store.ts) that holds every query on the supporters' tables; campaigns, spotlights
 * and countries are read through their own modules.
 *
 * Rules kept everywhere here:
 * - names, addresses and messages are written only encrypted, addresses also as a keyed hash;
 * - nothing personal goes to the logger, an error message or the audit log (ids and statuses only);
 * - an answer never tells whether an address is known: the same work is done and the same
 *   response given either way (a mail is always sent to the address, only its owner reads it);
 * - tokens sent by e-mail are single-use, expire, and are stored only as hashes.
 */
import type DataLoader from 'dataloader';
import type { Database } from '../../db/database';
import type { RateLimits } from '../../shared/rate-limit';
import type { AuditService } from '../access/audit.service';
import { ContentService } from '../content/content.service';
import { CountryService } from '../geography/country.service';
import { DataRightsService } from './data-rights.service';
import { MessagesService } from './messages.service';
import { NewsletterService } from './newsletter.service';
import type { SupportersRuntime } from './runtime';
import { SignaturesService, type CampaignSupport } from './signatures.service';

export type { SupportersRuntime } from './runtime';

export class SupportersService {
  readonly signatures: SignaturesService;
  readonly messages: MessagesService;
  readonly newsletter: NewsletterService;
  readonly dataRights: DataRightsService;

  constructor(
    db: Database,
    audit: AuditService,
    runtime: SupportersRuntime,
    rateLimits: RateLimits,
    /** The modules whose records supporters act on (campaigns and spotlights, countries). */
    modules: { content: ContentService; countries: CountryService },
  ) {
    this.newsletter = new NewsletterService(db, audit, runtime, rateLimits);
    this.signatures = new SignaturesService(db, audit, runtime, rateLimits, modules.content, modules.countries, this.newsletter);
    this.messages = new MessagesService(db, audit, runtime, modules.content);
    this.dataRights = new DataRightsService(db, runtime);
  }

  /** Per request: every campaign's signature counts in one statement. */
  createSupportLoader(): DataLoader<string, CampaignSupport> {
    return this.signatures.createSupportLoader();
  }
}
