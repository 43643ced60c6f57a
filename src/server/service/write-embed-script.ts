/**
 * `tsx src/server/service/write-embed-script.ts dist/cdn`, in `npm run build` before the integrity
 * table: writes embed.js, the script that sizes embed iframes to their content, beside the CDN
 * files, so that a page may load it from a CDN as well as from the render service's /embed.js
 * (the same text: embed-scripts.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_SCRIPT } from './embed-scripts.js';

const folder = process.argv[2] ?? 'dist/cdn';
writeFileSync(join(folder, 'embed.js'), HOST_SCRIPT);
console.log(`${folder}/embed.js`);
