/** `npm run reset`: wipes the local data (DynamoDB Local files, local signing key, tokens). Stop `npm start` first. */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(process.env.CITYPACT_DATA_DIR ?? join(__dirname, '..', '.data'));
rmSync(dataDir, { recursive: true, force: true });
console.log(
  `Removed ${dataDir}. The next \`npm start\` creates the table, seeds the demo data and makes a new signing key.`,
);
