/**
 * `npm run api:check -- [base]` (default https://api.cbd.int): checks that an API answers every
 * request shape the library sends, and prints what it answers to the questions no public source
 * settles. Exits 1 when a shape an element needs fails. Run it before a release (README).
 */
import { report, runCheck } from './api-check/check.ts';

const base = process.argv[2] ?? 'https://api.cbd.int';
const result = await runCheck(base);
console.log(report(result));
process.exit(result.ok ? 0 : 1);
