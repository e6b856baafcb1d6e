/** The GraphQL handler's deployed size, bundled the way CDK's NodejsFunction bundles it (esbuild, SDK external). */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
}

export async function handlerBundleSize(entryPoint: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    external: ['@aws-sdk/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  return {
    bytes: code.reduce((sum, file) => sum + file.contents.byteLength, 0),
    // Lambda's 250 MB limit is on the unzipped size; the zip is what is uploaded and loaded at cold start.
    gzipBytes: code.reduce((sum, file) => sum + gzipSync(file.contents).byteLength, 0),
  };
}
