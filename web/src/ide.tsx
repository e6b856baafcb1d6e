import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import readme from '../../README.md?raw';
import { currentSession } from './auth/session';
import { loadConfig } from './config';
import { examplesFromReadme, namedOperation } from './examples';

/**
 * GraphiQL, built from the project's own packages (no CDN): schema docs from introspection, the signed-in identity's
 * token as the Authorization header, and the README's examples as tabs. Tabs are kept per identity, and headers are
 * never stored, so a token from an earlier sign-in is never sent again.
 */
const session = currentSession();
const authorization: Record<string, string> = session ? { Authorization: `Bearer ${session.token}` } : {};
const headers = JSON.stringify(authorization, null, 2);

const namespace = `citypact.ide.${session?.sub ?? 'anonymous'}:`;
const storage = {
  getItem: (key: string) => localStorage.getItem(namespace + key),
  setItem: (key: string, value: string) => localStorage.setItem(namespace + key, value),
  removeItem: (key: string) => localStorage.removeItem(namespace + key),
  clear: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(namespace)) localStorage.removeItem(key);
  },
  get length() {
    return Object.keys(localStorage).filter((key) => key.startsWith(namespace)).length;
  },
};

const tabs = examplesFromReadme(readme).map((example) => ({
  query: `# ${example.title}${example.runAs ? `\n# The README runs this as ${example.runAs}.` : ''}\n${namedOperation(example)}\n`,
  headers,
}));

const { apiUrl } = await loadConfig();

async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization, ...(options?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json() as Promise<Record<string, unknown>>;
}

createRoot(document.getElementById('ide')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      storage={storage}
      defaultTabs={tabs}
      defaultHeaders={headers}
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers"
    />
  </StrictMode>,
);
