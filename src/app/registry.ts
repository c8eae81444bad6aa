/**
 * What each module contributes to the database: entities, migrations (applied in timestamp
 * order), and seed modules (applied in the order listed: referenced data first).
 */
import type { SeedModule } from '../db/seed/types';
import { CountryRow } from '../modules/geography/country.entity';
import { countrySeedModule } from '../modules/geography/country.seeder';
import { Geography1763700000000 } from '../db/migrations/1763700000000-Geography';
import { AcceptanceFacts1764500000000 } from '../db/migrations/1764500000000-AcceptanceFacts';
import { ContactChannelRow, DirectoryRecordRow, OfferRow } from '../modules/directory/directory.entity';
import { directorySeedModule } from '../modules/directory/directory.seeder';
import { Directory1763710000000 } from '../db/migrations/1763710000000-Directory';
import { ApiTokenRow } from '../modules/access/api-token.entity';
import { AuditEventRow } from '../modules/access/audit-event.entity';
import { Access1763705000000 } from '../db/migrations/1763705000000-Access';
import { CONTENT_ENTITIES } from '../modules/content/content.entity';
import { Content1763720000000 } from '../db/migrations/1763720000000-Content';
import { campaignSeedModule, pageSeedModule } from '../modules/content/content.seeder';
import { Supporters1763730000000 } from '../db/migrations/1763730000000-Supporters';
import { SignatureConfirmation1764600000000 } from '../db/migrations/1764600000000-SignatureConfirmation';

export const ENTITIES = [CountryRow, DirectoryRecordRow, OfferRow, ContactChannelRow, ApiTokenRow, AuditEventRow, ...CONTENT_ENTITIES];
export const MIGRATIONS = [
  Geography1763700000000,
  Directory1763710000000,
  Access1763705000000,
  Content1763720000000,
  Supporters1763730000000,
  AcceptanceFacts1764500000000,
  SignatureConfirmation1764600000000,
];
export const SEED_MODULES = [countrySeedModule, campaignSeedModule, pageSeedModule, directorySeedModule] as SeedModule<unknown>[];
