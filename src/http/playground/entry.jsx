/**
 * The playground's browser entry, bundled by scripts/build-playground.mjs into
 * src/http/playground/assets/. GraphiQL talks only to /graphql on this origin; fonts are
 * inlined in the stylesheet as data: URLs, so the page loads nothing from any other host.
 */
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

/** The example operations embedded by the landing page (schema/operations/*.graphql). */
function readExamples() {
  const el = document.getElementById('playground-examples');
  if (!el) return [];
  try {
    const parsed = JSON.parse(el.textContent || '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * A plain fetch to the same origin. `content-type: application/json` makes the request
 * non-simple, which Apollo's CSRF prevention requires.
 */
async function fetcher(params, opts) {
  // GraphiQL 3 can keep the previous tab's operation name after a tab switch; send a name only
  // when this document defines it, so the server picks the tab's own (single) operation.
  const defined = new RegExp(`\\b(query|mutation|subscription)\\s+${params.operationName}\\b`);
  if (params.operationName && !defined.test(params.query)) params = { ...params, operationName: undefined };
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...(opts && opts.headers ? opts.headers : {}),
      'content-type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
  }
}

const examples = readExamples();
const defaultTabs = examples.map((e) => ({
  query: e.query,
  ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
}));

createRoot(document.getElementById('playground')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
    defaultQuery={defaultTabs.length > 0 ? undefined : '{\n  __typename\n}\n'}
    visiblePlugin="Documentation Explorer"
    defaultEditorToolsVisibility={defaultTabs.some((t) => t.variables) ? 'variables' : false}
    isHeadersEditorEnabled={true}
    shouldPersistHeaders={false}
  />,
);
