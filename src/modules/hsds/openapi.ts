/**
 * The OpenAPI 3.1 description of /hsds/, following Open Referral's HSDS 3.0 openapi.json (its
 * paths, parameters, Page and schema links) for what this API serves. Committed as
 * schema/hsds.openapi.json; a test keeps the two equal. After a change, rewrite that file:
 * npx tsc -p tsconfig.build.json && node -e "const { hsdsOpenApi } = require('./dist/src/modules/hsds/openapi.js');
 *   require('fs').writeFileSync('schema/hsds.openapi.json', JSON.stringify(hsdsOpenApi(), null, 2) + '\n')"
 */
import { LOCALES } from '../../shared/locales';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './hsds.core';

const SCHEMA = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const idParam = (what: string) => ({ in: 'path', name: 'id', required: true, description: `The id of the ${what}.`, schema: { type: 'string' } });
const errors = {
  '400': { description: 'A parameter is unknown, repeated or malformed: `errors[0].extensions` is `{ code: "BAD_USER_INPUT", field: <parameter> }`.' },
};
const notFound = { '404': { description: 'No object has this id: `errors[0].extensions.code` is `NOT_FOUND`.' } };
const page = (items: string, description: string) => ({
  '200': {
    description,
    content: {
      'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Page' }], properties: { contents: { type: 'array', items: { $ref: items } } } } },
    },
  },
  ...errors,
});
const one = (schema: string, description: string) => ({
  '200': { description, content: { 'application/json': { schema: { $ref: schema } } } },
  ...errors,
  ...notFound,
});

export function hsdsOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Protection Atlas HSDS 3.0 API',
      version: '1.0.0',
      summary: 'The Protection Atlas directory of protection resources for human rights defenders, read-only, as Open Referral HSDS 3.0.',
      description:
        'Organisations, states (issuing policies), hosts (of programmes) and mechanisms are HSDS organizations; ' +
        "organisations' services, states' commitments, mechanisms' procedures and programmes are HSDS services; state policies and programmes are HSDS programs. " +
        'Where a service applies is `service_areas` (one per country, or one "Worldwide"); what HSDS has no field for is in `attributes` linked to the profile taxonomies at /taxonomies. ' +
        'The profile (mapping, taxonomies, examples) is served at /profile and kept in docs/hsds.md.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    paths: {
      '/': {
        get: {
          operationId: 'getAPIMetaInformation',
          summary: 'Information about this API and its relationship with HSDS.',
          responses: {
            '200': {
              description: 'The HSDS version, the profile and this document.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      version: { type: 'string', description: 'HSDS version of this API.' },
                      profile: { type: 'string', format: 'uri', description: 'URL of the information on the HSDS profile of this API.' },
                      openapi_url: { type: 'string', format: 'uri', description: 'URL of the openapi JSON file which defines this API.' },
                    },
                  },
                },
              },
            },
          },
        },
      },
      '/organizations': {
        get: {
          operationId: 'getPaginatedListOfOrganizations',
          summary: 'Paginated list of basic Organization information.',
          parameters: [ref('search'), ref('full_service'), ref('full'), ref('page'), ref('per_page'), ref('format'), ref('locale')],
          responses: page(`${SCHEMA}/compiled/organization_list.json`, 'Organizations with one-to-one fields (fully nested with `full=true`).'),
        },
      },
      '/organizations/{id}': {
        parameters: [idParam('organization')],
        get: {
          operationId: 'getOrganizationById',
          summary: 'Fully nested organization with service array that contains simple information.',
          parameters: [ref('full_service'), ref('locale')],
          responses: one(`${SCHEMA}/compiled/organization.json`, 'The organization.'),
        },
      },
      '/services': {
        get: {
          operationId: 'getPaginatedListOfServices',
          summary: 'Paginated listings of services that only have one-to-one fields in them.',
          parameters: [
            ref('search'),
            ref('page'),
            ref('per_page'),
            ref('format'),
            ref('taxonomy_term_id'),
            ref('taxonomy_id'),
            ref('organization_id'),
            ref('modified_after'),
            ref('full'),
            ref('locale'),
          ],
          responses: page(`${SCHEMA}/compiled/service_list.json`, 'Services with one-to-one fields (fully nested with `full=true`).'),
        },
      },
      '/services/{id}': {
        parameters: [idParam('service')],
        get: {
          operationId: 'getFullyNestedServiceById',
          summary: 'A fully nested service with all related data.',
          parameters: [ref('locale')],
          responses: one(`${SCHEMA}/compiled/service.json`, 'The service.'),
        },
      },
      '/taxonomies': {
        get: {
          operationId: 'getPaginatedListOfTaxonomies',
          summary: 'Paginated listing of taxonomies.',
          parameters: [ref('search'), ref('page'), ref('per_page'), ref('format'), ref('locale')],
          responses: page(`${SCHEMA}/taxonomy.json`, 'The profile taxonomies.'),
        },
      },
      '/taxonomies/{id}': {
        parameters: [idParam('taxonomy')],
        get: {
          operationId: 'getTaxonomyById',
          summary: 'Full information on a taxonomy.',
          parameters: [ref('locale')],
          responses: one(`${SCHEMA}/taxonomy.json`, 'The taxonomy.'),
        },
      },
      '/taxonomy_terms': {
        get: {
          operationId: 'getPaginatedListOfTaxonomyTerms',
          summary: 'Paginated listing of taxonomy terms.',
          parameters: [
            ref('search'),
            ref('page'),
            ref('per_page'),
            ref('format'),
            ref('taxonomy_id'),
            {
              name: 'top_only',
              in: 'query',
              required: false,
              description: 'Only terms without a parent (every term of this profile).',
              schema: { type: 'boolean' },
            },
            {
              name: 'parent_id',
              in: 'query',
              required: false,
              description: 'Terms with this parent (none in this profile: its taxonomies are flat).',
              schema: { type: 'string' },
            },
            ref('locale'),
          ],
          responses: page(`${SCHEMA}/taxonomy_term.json`, 'Terms of the profile taxonomies.'),
        },
      },
      '/taxonomy_terms/{id}': {
        parameters: [idParam('taxonomy term')],
        get: {
          operationId: 'getTaxonomyTermById',
          summary: 'Full information on a taxonomy term.',
          parameters: [ref('locale')],
          responses: one(`${SCHEMA}/taxonomy_term.json`, 'The term.'),
        },
      },
    },
    components: {
      schemas: {
        Page: {
          type: 'object',
          properties: {
            total_items: { type: 'integer', description: 'Count of total results.' },
            total_pages: { type: 'integer', description: 'Count of total pages.' },
            page_number: { type: 'integer', description: 'Current page number.' },
            size: { type: 'integer', description: 'Number of objects in this page.' },
            first_page: { type: 'boolean', description: 'Is this page the first page.' },
            last_page: { type: 'boolean', description: 'Is this page the last page (also true past the end).' },
            empty: { type: 'boolean', description: 'Is this page empty.' },
          },
        },
      },
      parameters: {
        search: {
          name: 'search',
          in: 'query',
          required: false,
          description: 'Text to find (case-insensitive) in names and descriptions, in the requested locale.',
          schema: { type: 'string', maxLength: 200 },
        },
        page: {
          name: 'page',
          in: 'query',
          required: false,
          description: 'Page number of paginated result (from 1).',
          schema: { type: 'integer', minimum: 1, default: 1 },
        },
        per_page: {
          name: 'per_page',
          in: 'query',
          required: false,
          description: 'Number of results requested in a single page.',
          schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
        },
        full: { name: 'full', in: 'query', required: false, description: 'Return fully nested services or organizations.', schema: { type: 'boolean' } },
        full_service: {
          name: 'full_service',
          in: 'query',
          required: false,
          description: "Nest each organization's services in full.",
          schema: { type: 'boolean' },
        },
        modified_after: {
          name: 'modified_after',
          in: 'query',
          required: false,
          description: 'Services modified on or after this date (YYYY-MM-DD, UTC) or date-time (with Z or an offset).',
          schema: { type: 'string', format: 'date-time' },
        },
        taxonomy_term_id: {
          name: 'taxonomy_term_id',
          in: 'query',
          required: false,
          description: 'Services with this taxonomy term (a service kind, risk, profile, …, or a country of their service areas).',
          schema: { type: 'string' },
        },
        taxonomy_id: {
          name: 'taxonomy_id',
          in: 'query',
          required: false,
          description: 'Services (or terms) with any term of this taxonomy.',
          schema: { type: 'string' },
        },
        organization_id: { name: 'organization_id', in: 'query', required: false, description: 'Services of this organization.', schema: { type: 'string' } },
        format: { name: 'format', in: 'query', required: false, description: 'Only `json` is served.', schema: { type: 'string', enum: ['json'] } },
        locale: {
          name: 'locale',
          in: 'query',
          required: false,
          description: 'Profile extension: the language of texts (default en; a text missing in it is in English).',
          schema: { type: 'string', enum: [...LOCALES] },
        },
      },
    },
  };
}
