// After `vite build`: a gzip and a brotli copy of every text asset, served by the API (`preCompressed`,
// platform/http/web.ts) to browsers that accept them. On a 3G link the app's JavaScript goes from about 1.2 MB
// to about 0.3 MB (bench/results, issue 9). Compressed once here, never per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(js|css|html|svg|json|txt)$/;
let files = 0;
const walk = (directory) => {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.test(name) && statSync(path).size > 1024) {
      const body = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      files += 1;
    }
  }
};
walk(root);
console.log(`compressed ${files} files (gzip and brotli)`);
