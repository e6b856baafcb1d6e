/** The GraphQL handler's deployed size, bundled the way CDK's NodejsFunction bundles it (esbuild, SDK external). */
import { build, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { ALIASES, EXTERNAL_MODULES, MAIN_FIELDS, RESOLVE_EXTENSIONS } from '../../infra/bundling';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
  /** The packages (or `src` for our own code) that take most of the bundle, largest first. */
  largest: Array<{ name: string; bytes: number }>;
  /** Every module file with code in the bundle (paths from the repository root; tree-shaken ones are not). */
  modules: string[];
}

const PACKAGE = /node_modules\/((?:@[^/]+\/)?[^/]+)/;

/** Sums each input's share of the output by package: a size figure is only actionable with its causes beside it. */
function byPackage(metafile: Metafile): Array<{ name: string; bytes: number }> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = PACKAGE.exec(path)?.[1] ?? 'src';
      sizes.set(name, (sizes.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

export async function handlerBundleSize(entryPoint: string, top = 6): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    external: [...EXTERNAL_MODULES],
    mainFields: MAIN_FIELDS,
    resolveExtensions: RESOLVE_EXTENSIONS,
    alias: { ...ALIASES },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // No outfile: esbuild names the single output "<stdout>", and there is no source map to leave out.
  return {
    bytes: result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0),
    // The deployment zip is what is uploaded and loaded at cold start; gzip is a close stand-in for it.
    gzipBytes: result.outputFiles.reduce((sum, file) => sum + gzipSync(file.contents).byteLength, 0),
    largest: byPackage(result.metafile).slice(0, top),
    modules: Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  };
}
