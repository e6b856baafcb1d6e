/**
 * The README's example operations, read from the README itself at build time, so the IDE's tabs and the README never
 * drift apart. Each `curl … -d '{"query": …}'` becomes one example, titled by the comment above it.
 */
export interface Example {
  title: string;
  /** The demo identity the README runs it as (`tok <sub>`). */
  runAs: string | null;
  query: string;
}

export function examplesFromReadme(readme: string): Example[] {
  const examples: Example[] = [];
  let title = '';
  let previousWasComment = false;
  for (const line of readme.split('\n')) {
    // A comment block's first line is its title; the lines after it explain.
    const comment = /^# (.+)$/.exec(line);
    if (comment && !previousWasComment) title = comment[1];
    previousWasComment = !!comment;
    const payload = /-d '(\{"query":.*\})'\s*$/.exec(line);
    if (!payload) continue;
    const body = JSON.parse(payload[1]) as { query: string };
    // The lines before `-d` hold the identity; the README wraps every example onto two lines at most.
    const index = readme.indexOf(line);
    const before = readme.slice(Math.max(0, index - 400), index);
    const identity = [...before.matchAll(/tok ([\w-]+)\)/g)].pop();
    examples.push({ title, runAs: identity?.[1] ?? null, query: body.query });
  }
  return examples;
}

/**
 * The example with an operation name made from its title (the README's operations are anonymous), so the IDE's tab
 * says what it is: "Who is late? The Delta coordinator's…" becomes `query WhoIsLateTheDeltaCoordinators {`.
 */
export function namedOperation(example: Example): string {
  const name = example.title
    .replace(/\(.*?\)/g, ' ')
    .replace(/['’]s\b/g, 's')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
  if (!name) return example.query;
  const operation = /^\s*(query|mutation)\b\s*/.exec(example.query);
  if (operation) return example.query.replace(operation[0], `${operation[1]} ${name} `);
  return `query ${name} ${example.query.trimStart()}`;
}
