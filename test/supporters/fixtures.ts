/** A test server wired to a real SMTP server, with a published campaign and helpers for the supporters' tests. */
import { startTestServer, type TestServer } from '../helpers/server';
import { startSmtp, type TestSmtp } from './smtp';

export const CAMPAIGN_SLUG = 'supporters-test-campaign';
export const OTHER_CAMPAIGN_SLUG = 'supporters-other-campaign';
export const PUBLIC_URL = 'https://campaign.example';

export interface SupportersTestEnv {
  server: TestServer;
  smtp: TestSmtp;
  url: string;
  campaignId: string;
  otherCampaignId: string;
  close(): Promise<void>;
}

/** Inserts a published campaign open for signing (the content module's table; its API is not under test here). */
export async function ensureCampaign(server: TestServer, slug: string): Promise<string> {
  return server.db.transaction(async (m) => {
    const found: { id: string }[] = await m.query(`SELECT id FROM campaign WHERE slug = $1`, [slug]);
    if (found[0]) return found[0].id;
    const text = (en: string) => JSON.stringify({ en });
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO campaign (slug, status, published_on, title, summary, call_to_action, addressees, demands, hand_over)
       VALUES ($1, 'PUBLISHED', current_date, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        slug,
        text('Test campaign'),
        text('A campaign for the supporters tests.'),
        text('Sign now'),
        text('Governments'),
        JSON.stringify([{ slug: 'protect', text: { en: 'Protect defenders' } }]),
        text('Counts only'),
      ],
    );
    return row.id;
  });
}

export async function startSupportersEnv(env: Record<string, string> = {}): Promise<SupportersTestEnv> {
  const smtp = await startSmtp();
  const server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: 'Campaign <no-reply@campaign.example>', ...env });
  const campaignId = await ensureCampaign(server, CAMPAIGN_SLUG);
  const otherCampaignId = await ensureCampaign(server, OTHER_CAMPAIGN_SLUG);
  return {
    server,
    smtp,
    url: server.url,
    campaignId,
    otherCampaignId,
    async close() {
      await server.close();
      await smtp.close();
    },
  };
}

export async function bearer(server: TestServer, role: 'MODERATOR' | 'ADMIN' | 'EDITOR'): Promise<Record<string, string>> {
  const { token } = await server.services.access.issueToken({ name: `supporters-test-${role.toLowerCase()}`, roles: [role] });
  return { authorization: `Bearer ${token}` };
}

export const adult = { over18: true } as const;
