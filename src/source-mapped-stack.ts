import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';

/**
 * Stack traces in the terms of our sources, mapped when a stack is logged rather than at every cold start. Node's
 * `--enable-source-maps` reads and parses the bundle's map as it loads the bundle: about an eighth of the GraphQL
 * function's module init, paid on every cold start for stacks that are rarely printed. Here the map beside the
 * bundle is read the first time a stack is logged, with Node's own source-map reader.
 *
 * Outside a bundle (tsx, jest) there is no map beside this file and stacks are left as they are; so they are when
 * Node already maps them (`--enable-source-maps`).
 */
let bundleMap: SourceMap | null | undefined;

function mapOfBundle(): SourceMap | null {
  if (bundleMap === undefined) {
    try {
      bundleMap = process.sourceMapsEnabled
        ? null
        : new SourceMap(JSON.parse(readFileSync(`${__filename}.map`, 'utf8')) as SourceMapPayload);
    } catch {
      bundleMap = null;
    }
  }
  return bundleMap;
}

/** `../../src/x.ts` or `../asset-input/node_modules/p/y.js` as `src/x.ts` or `node_modules/p/y.js`. */
function projectPath(source: string): string {
  const start = source.search(/(?:^|\/)(?:src|node_modules|test|scripts)\//);
  return start < 0 ? source : source.slice(source[start] === '/' ? start + 1 : start);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `stack` with each position in the bundle replaced by the source file, line and column it was built from. */
export function sourceMappedStack(stack: string): string {
  const map = mapOfBundle();
  if (!map) return stack;
  return stack.replace(new RegExp(`${escaped(__filename)}:(\\d+):(\\d+)`, 'g'), (position, line, column) => {
    const origin = map.findOrigin(Number(line), Number(column));
    return 'fileName' in origin
      ? `${projectPath(origin.fileName)}:${origin.lineNumber}:${origin.columnNumber}`
      : position;
  });
}
