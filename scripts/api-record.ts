/**
 * `npm run api:record -- [base]` (default https://api.cbd.int): makes the same requests as
 * `api:check` and saves each JSON answer, with its URL, method, status and date, under
 * test/fixtures/recorded/. The contract tests run over the document answers saved there too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runCheck } from './api-check/check.ts';

const base = process.argv[2] ?? 'https://api.cbd.int';
const folder = process.argv[3] ?? 'test/fixtures/recorded';
const date = new Date().toISOString();
const result = await runCheck(base);
mkdirSync(folder, { recursive: true });
let saved = 0;
for (const row of result.shapes) {
  row.exchanges.forEach((exchange, i) => {
    if (exchange.json === undefined) return;
    const name = `${row.shape.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}${row.exchanges.length > 1 ? `-${i + 1}` : ''}.json`;
    const fixture = { url: exchange.url, method: exchange.method, status: exchange.status, date, body: exchange.json };
    writeFileSync(`${folder}/${name}`, `${JSON.stringify(fixture, null, 2)}\n`);
    saved++;
  });
}
console.log(`${saved} answers from ${base} saved under ${folder}/`);
process.exit(result.ok ? 0 : 1);
