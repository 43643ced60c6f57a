/**
 * Writes dist/cdn/integrity.json (build/integrity.ts) after the CDN builds, so the package ships the
 * SRI hash of every CDN file it holds.
 */
import { writeIntegrity } from '../build/integrity.ts';

const DIR = 'dist/cdn';
const count = writeIntegrity(DIR);
console.log(`${DIR}/integrity.json: ${count} files`);
