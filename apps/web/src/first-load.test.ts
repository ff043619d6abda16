import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

// What the browser loads before the sign-in page or the work list can show (issue 9), read off the production build
// (`npm test` builds it first). The benchmark (`bench/web.ts`) measures the same load on 3G; this keeps its shape.
const dist = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('index.html', dist));
if (!built) console.log('SKIPPED first-load checks: apps/web/dist is missing (npm run build -w @atensi/web).');

function firstLoadScripts(): string[] {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/** The modules a script was built from, by its source map (the bundler's own runtime has none). */
function sourcesOf(script: string): string[] {
  const file = new URL(`${script}.map`, dist);
  if (!existsSync(file)) return [];
  const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
  return map.sources;
}

describe.skipIf(!built)('the first load of the web app', () => {
  test('is a few files under the 300 KiB of gzip JavaScript the issue allows', () => {
    const scripts = firstLoadScripts();
    const gzipBytes = scripts.reduce((sum, script) => sum + gzipSync(readFileSync(new URL(script, dist))).length, 0);

    expect(scripts.length).toBeGreaterThan(0);
    // The app's chunk, React's, the bundler's runtime: not one small shared chunk per Mantine component.
    expect(scripts.length).toBeLessThanOrEqual(4);
    expect(gzipBytes / 1024).toBeLessThan(300);
  });

  test('carries no zod and only the contracts that are free of it', () => {
    const sources = firstLoadScripts().flatMap(sourcesOf);
    const contracts = sources.filter((source) => source.includes('packages/contracts/src/'));

    expect(sources.filter((source) => /node_modules\/zod\//.test(source))).toEqual([]);
    expect(contracts.map((source) => source.replace(/.*packages\/contracts\/src\//, '')).sort()).toEqual([
      'roles.ts',
      'values.ts',
    ]);
  });
});
