/**
 * The playground's browser entry, bundled by scripts/build-playground.mjs into
 * src/http/playground/assets/. GraphiQL talks only to /graphql on this origin; Monaco's web
 * workers are bundled beside this script and started from it; fonts are inlined in the
 * stylesheet as data: URLs. The page loads nothing from any other host.
 */
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './playground.css';

/** Where this script was served from: the workers sit beside it. */
const ASSETS_BASE = document.currentScript ? document.currentScript.src : `${window.location.origin}/playground/assets/playground.js`;

/** Starts one of the workers bundled by build-playground.mjs (it checks these names). */
function bundledWorker(label) {
  switch (label) {
    case 'json':
      return new window.Worker(new URL('json.worker.js', ASSETS_BASE), { name: label });
    case 'graphql':
      return new window.Worker(new URL('graphql.worker.js', ASSETS_BASE), { name: label });
    default:
      return new window.Worker(new URL('editor.worker.js', ASSETS_BASE), { name: label });
  }
}
globalThis.MonacoEnvironment = { getWorker: (_workerId, label) => bundledWorker(label) };

/** The URL parameter (and the switch that sets it) that adds the editors' operations. */
const SHOW_PARAM = 'operations';
const SHOW_ALL = 'all';

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
  // Send an operation name only when this document defines it, so the server always runs the
  // active tab's own (single) operation.
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

/**
 * GraphiQL keeps tabs, query history and variables in localStorage by default. A finder need
 * typed into the variables pane describes a person at risk: it must not stay on the device
 * after the page is closed. This storage lives in memory only, so every visit also opens on
 * the same tabs (a stored set would replace them, and hide the switch's change).
 */
function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    get length() {
      return items.size;
    },
  };
}

const showAll = new window.URLSearchParams(window.location.search).get(SHOW_PARAM) === SHOW_ALL;
const examples = readExamples().filter((e) => showAll || e.audience === 'researcher');
const defaultTabs = examples.map((e) => ({
  query: e.query,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
}));
const first = defaultTabs[0];

/**
 * Adds or removes the editors' operations: a new page, so GraphiQL starts on the new set of tabs.
 * The box is uncontrolled (defaultChecked) so it keeps the tick while the new page loads.
 */
function toggleEditorsOperations(event) {
  const url = new URL(window.location.href);
  if (event.target.checked) url.searchParams.set(SHOW_PARAM, SHOW_ALL);
  else url.searchParams.delete(SHOW_PARAM);
  window.location.assign(url.toString());
}

function Playground() {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <header className="atlas-playground-bar">
        <strong>Protection Atlas</strong>
        <span>GraphQL playground: press ▶ to run a tab</span>
        <label>
          <input type="checkbox" id="show-editors-operations" defaultChecked={showAll} onChange={toggleEditorsOperations} /> Show editors&apos; operations
          (changes and role-only queries; they need an API token, sent as <code>{'{"Authorization": "Bearer pa_…"}'}</code> in Headers)
        </label>
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL
          fetcher={fetcher}
          visiblePlugin="Documentation Explorer"
          storage={memoryStorage()}
          defaultTabs={defaultTabs.length > 0 ? defaultTabs : undefined}
          // GraphiQL fills the editors from these, not from the first tab: without them the
          // first tab opens with its query but an empty variables pane.
          initialQuery={first ? first.query : '{\n  __typename\n}\n'}
          initialVariables={first && first.variables ? first.variables : undefined}
          defaultEditorToolsVisibility={first && first.variables ? 'variables' : false}
          isHeadersEditorEnabled={true}
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('playground')).render(<Playground />);
