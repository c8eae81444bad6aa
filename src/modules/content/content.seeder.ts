/**
 * Loads `seeds/content/campaigns.yaml` and the Markdown pages of `seeds/content/pages/`.
 * Upserts by slug and only rewrites a row whose content differs, so running it twice changes
 * nothing. Campaigns load before pages (a page names its campaign by slug).
 */
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { SeedFileError } from '../../db/seed/loader';
import type { SeedModule } from '../../db/seed/types';
import { ContentSeedError, readPageSeeds } from './markdown';
import { campaignsSeedFile, pageSeed, type CampaignsSeedFile, type PageSeed } from './seed-schema';

async function applyCampaigns(m: EntityManager, file: CampaignsSeedFile): Promise<number> {
  let changed = 0;
  for (const c of file.campaigns) {
    const result: unknown[] = await m.query(
      `INSERT INTO campaign (slug, status, published_on, title, summary, call_to_action, addressees, demands, hand_over,
                             defender_kinds, attack_kinds, signature_goal, starts_on, ends_on, sources, verified_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (slug) DO UPDATE SET
         status = EXCLUDED.status, published_on = EXCLUDED.published_on, title = EXCLUDED.title, summary = EXCLUDED.summary,
         call_to_action = EXCLUDED.call_to_action, addressees = EXCLUDED.addressees, demands = EXCLUDED.demands,
         hand_over = EXCLUDED.hand_over, defender_kinds = EXCLUDED.defender_kinds, attack_kinds = EXCLUDED.attack_kinds,
         signature_goal = EXCLUDED.signature_goal, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on,
         sources = EXCLUDED.sources, verified_on = EXCLUDED.verified_on, updated_at = now()
       WHERE (campaign.status, campaign.published_on, campaign.title, campaign.summary, campaign.call_to_action,
              campaign.addressees, campaign.demands, campaign.hand_over, campaign.defender_kinds, campaign.attack_kinds,
              campaign.signature_goal, campaign.starts_on, campaign.ends_on, campaign.sources, campaign.verified_on)
         IS DISTINCT FROM
             (EXCLUDED.status, EXCLUDED.published_on, EXCLUDED.title, EXCLUDED.summary, EXCLUDED.call_to_action,
              EXCLUDED.addressees, EXCLUDED.demands, EXCLUDED.hand_over, EXCLUDED.defender_kinds, EXCLUDED.attack_kinds,
              EXCLUDED.signature_goal, EXCLUDED.starts_on, EXCLUDED.ends_on, EXCLUDED.sources, EXCLUDED.verified_on)
       RETURNING id`,
      [
        c.slug,
        c.status,
        c.publishedOn ?? null,
        JSON.stringify(c.title),
        JSON.stringify(c.summary),
        JSON.stringify(c.callToAction),
        JSON.stringify(c.addressees),
        JSON.stringify(c.demands),
        JSON.stringify(c.handOver),
        JSON.stringify(c.defenderKinds),
        JSON.stringify(c.attackKinds),
        c.signatureGoal ?? null,
        c.startsOn ?? null,
        c.endsOn ?? null,
        JSON.stringify(c.sources),
        c.verifiedOn,
      ],
    );
    changed += result.length;
  }
  return changed;
}

async function applyPages(m: EntityManager, pages: PageSeed[]): Promise<number> {
  let changed = 0;
  for (const p of pages) {
    let campaignId: string | null = null;
    if (p.campaign) {
      const rows: { id: string }[] = await m.query(`SELECT id FROM campaign WHERE slug = $1`, [p.campaign]);
      if (rows.length === 0) {
        throw new SeedFileError(`seeds/content/pages/${p.slug}.md`, [{ path: 'campaign', message: `no campaign "${p.campaign}"` }]);
      }
      campaignId = rows[0].id;
    }
    const result: unknown[] = await m.query(
      `INSERT INTO page (slug, kind, status, published_on, campaign_id, sort_order, title, summary, body, sources, verified_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (slug) DO UPDATE SET
         kind = EXCLUDED.kind, status = EXCLUDED.status, published_on = EXCLUDED.published_on, campaign_id = EXCLUDED.campaign_id,
         sort_order = EXCLUDED.sort_order, title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
         sources = EXCLUDED.sources, verified_on = EXCLUDED.verified_on, updated_at = now()
       WHERE (page.kind, page.status, page.published_on, page.campaign_id, page.sort_order, page.title, page.summary,
              page.body, page.sources, page.verified_on)
         IS DISTINCT FROM
             (EXCLUDED.kind, EXCLUDED.status, EXCLUDED.published_on, EXCLUDED.campaign_id, EXCLUDED.sort_order, EXCLUDED.title,
              EXCLUDED.summary, EXCLUDED.body, EXCLUDED.sources, EXCLUDED.verified_on)
       RETURNING id`,
      [
        p.slug,
        p.kind,
        p.status,
        p.publishedOn ?? null,
        campaignId,
        p.order,
        JSON.stringify(p.title),
        p.summary ? JSON.stringify(p.summary) : null,
        JSON.stringify(p.body),
        JSON.stringify(p.sources),
        p.verifiedOn,
      ],
    );
    changed += result.length;
  }
  return changed;
}

export const campaignSeedModule: SeedModule<CampaignsSeedFile> = {
  name: 'campaigns',
  pattern: /^content\/campaigns\.ya?ml$/,
  schema: campaignsSeedFile,
  apply: applyCampaigns,
};

/** `problem` is "<path>: <message>" as ContentSeedError writes it. */
function toSeedFileError(error: ContentSeedError): SeedFileError {
  return new SeedFileError(
    error.file,
    error.problems.map((problem) => {
      const at = problem.indexOf(': ');
      return at > 0 ? { path: problem.slice(0, at), message: problem.slice(at + 2) } : { path: '', message: problem };
    }),
  );
}

export const pageSeedModule: SeedModule<PageSeed[]> = {
  name: 'pages',
  pattern: /^content\/pages\/[^/]+\.md$/,
  schema: z.array(pageSeed),
  parseFiles(files) {
    try {
      return readPageSeeds(files.map((f) => ({ path: f.file, text: f.text })));
    } catch (error) {
      throw error instanceof ContentSeedError ? toSeedFileError(error) : error;
    }
  },
  apply: applyPages,
};
