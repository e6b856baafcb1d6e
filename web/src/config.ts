/** What the server (locally `npm start`, deployed the hosting bucket) tells the console at start: `/config.json`. */
export type ConsoleConfig =
  | { apiUrl: string; auth: { mode: 'local' } }
  | { apiUrl: string; auth: { mode: 'cognito'; domain: string; clientId: string; redirectUri: string } };

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The console's configuration (/config.json) answered HTTP ${response.status}.`);
  const config = (await response.json()) as ConsoleConfig;
  if (typeof config.apiUrl !== 'string' || !config.auth) throw new Error('The console configuration is incomplete.');
  return config;
}
