/**
 * The Model Context Protocol server: four read-only tools over the finder, directory and
 * geography services. Tools are thin: validate (the zod schemas), call a service, shape the
 * answer (views.ts, plan-text.ts).
 *
 * Privacy: a protection need arrives as tool arguments and goes to the finder only. It is never
 * logged or kept, and no error repeats a value: input errors name the field (the SDK quotes
 * zod's messages, which name the expected values, never the one received), anything
 * unexpected is logged by its kind only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from '../../logger';
import { AppError } from '../../shared/errors';
import { projectRoot } from '../../shared/project-root';
import { firstPage } from '../../shared/relay';
import type { DirectoryService } from '../directory/directory.service';
import { FinderInputError } from '../finder/core';
import type { FinderService } from '../finder/finder.service';
import type { CountryService } from '../geography/country.service';
import { recordKey } from '../directory/directory.types';
import { toFilter } from '../directory/directory.filter';
import { renderPlanText } from './plan-text';
import {
  getCountryInput,
  getCountryOutput,
  getRecordInput,
  getRecordOutput,
  protectionPlanInput,
  protectionPlanOutput,
  searchDirectoryInput,
  searchDirectoryOutput,
} from './schemas';
import { countryView, planBrief, recordView, searchHit } from './views';

/** What the tools read: the finder's plans, the directory and the countries. */
export interface McpServices {
  finder: FinderService;
  directory: DirectoryService;
  countries: CountryService;
}

export interface McpServerOptions {
  logger: Logger;
  /** Runs before every tool call; throws RATE_LIMITED when the caller's budget is spent. */
  beforeToolCall?: () => Promise<void>;
}

const INSTRUCTIONS = `Protection Atlas: protection resources for human rights defenders at risk.
When someone describes a defender in danger, call protection_plan with the country, the risks and the urgency (add languages and whether they are still in the country when known), in the language of the conversation, and relay its text: contacts to reach now first, every check, the safety notes.
Pass only these facts as arguments: never names, places, or the person's own words. Do not log or keep them.
search_directory, get_record and get_country look up organisations, mechanisms and countries.`;

const VERSION: string = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).version;

const READ_ONLY = { readOnlyHint: true, idempotentHint: true, openWorldHint: false } as const;

const toolError = (message: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text: message }] });

/** Structured content, and the same as JSON text for clients that read only text. */
const structured = (value: Record<string, unknown>): CallToolResult => ({ structuredContent: value, content: [{ type: 'text', text: JSON.stringify(value) }] });

export function createMcpServer(services: McpServices, options: McpServerOptions): McpServer {
  const server = new McpServer({ name: 'protection-atlas', version: VERSION }, { instructions: INSTRUCTIONS });

  /** The rate limit, then the work; known errors become tool errors (their messages name a field, never a value). */
  const answer = async (work: () => Promise<CallToolResult> | CallToolResult): Promise<CallToolResult> => {
    try {
      await options.beforeToolCall?.();
      return await work();
    } catch (err) {
      if (err instanceof FinderInputError || err instanceof AppError) return toolError(err.message);
      options.logger.error({ errName: (err as Error).name }, 'MCP tool failed');
      return toolError('The tool failed; try again later.');
    }
  };

  server.registerTool(
    'protection_plan',
    {
      title: 'Protection plan',
      description:
        'A ranked, explained protection plan for a human rights defender at risk, from the directory: whom to contact now (with numbers and addresses), what to check first, safety notes. The arguments describe a person in danger: they are never logged or stored, and errors name the field, never the value.',
      inputSchema: protectionPlanInput,
      outputSchema: protectionPlanOutput,
      annotations: READ_ONLY,
    },
    ({ locale, limit, ...need }) =>
      answer(() => {
        const plan = services.finder.plan(need, { locale, limit });
        return { content: [{ type: 'text', text: renderPlanText(plan) }], structuredContent: planBrief(plan) };
      }),
  );

  server.registerTool(
    'search_directory',
    {
      title: 'Search the directory',
      description:
        'Organisations, state policies, UN and regional mechanisms and programmes, by full-text search and filters; a short list with the first contact channels of each.',
      inputSchema: searchDirectoryInput,
      outputSchema: searchDirectoryOutput,
      annotations: READ_ONLY,
    },
    ({ locale, limit, kind, ...filters }) =>
      answer(async () => {
        const found = await services.directory.list({ ...toFilter(filters), kinds: kind ? [kind] : undefined }, firstPage(limit));
        const rows = found.rows.slice(0, limit); // the list reads one more to tell a next page
        const total = found.total;
        const loaders = services.directory.createLoaders();
        const channels = await Promise.all(rows.map((r) => loaders.channels.load(r.id))); // one statement for all
        return structured({ totalCount: total, records: rows.map((r, i) => searchHit(r, channels[i], locale)) });
      }),
  );

  server.registerTool(
    'get_record',
    {
      title: 'Directory record',
      description: 'One directory record by slug (or GraphQL global id): its offers, contact channels and sources with their evidence dates.',
      inputSchema: getRecordInput,
      outputSchema: getRecordOutput,
      annotations: READ_ONLY,
    },
    ({ slug, id, locale }) =>
      answer(async () => {
        if ((slug === undefined) === (id === undefined)) return toolError('slug, id: give exactly one of them.');
        const wanted = id === undefined ? { slug: slug!, kind: undefined } : recordKey(id, 'id');
        const loaders = services.directory.createLoaders();
        const row = await loaders.recordBySlug.load(wanted.slug);
        if (!row || (wanted.kind && row.kind !== wanted.kind)) return toolError('No directory record has this slug or id (or it was archived).');
        const [offers, channels] = await Promise.all([loaders.offers.load(row.id), loaders.channels.load(row.id)]);
        return structured(recordView(row, offers, channels, locale));
      }),
  );

  server.registerTool(
    'get_country',
    {
      title: 'Country',
      description:
        'A country by ISO code: regional memberships, regional instruments and UN complaint procedures it has accepted, each with its status and the date the fact describes.',
      inputSchema: getCountryInput,
      outputSchema: getCountryOutput,
      annotations: READ_ONLY,
    },
    ({ code, locale }) =>
      answer(async () => {
        const [row] = await services.countries.byCodes([code.toUpperCase()]);
        return row ? structured(countryView(row, locale)) : toolError('code: no country in the directory has this code.');
      }),
  );

  return server;
}
