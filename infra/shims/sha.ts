/**
 * Stands in for the `sha.js` package in the function bundles (see infra/bundling.ts). Apollo Server hashes with
 * `@apollo/utils.createhash`, which uses Node's crypto only when `module.require` exists; inside an esbuild bundle it
 * does not, so it fell back to `sha.js`, a pure-JavaScript hash with some twenty dependencies. Node's own hash has
 * the same `update`/`digest` interface and gives the same digests.
 */
import { createHash } from 'node:crypto';

export = (algorithm: string) => createHash(algorithm);
