import { existsSync } from 'node:fs';
import { join } from 'node:path';
import staticFiles from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app at `/`. Hashed assets are cached for a year; index.html never, so a deploy is picked
 * up at the next navigation. Unknown non-API paths answer index.html: the web app's router owns them.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  await app.register(staticFiles, {
    root: webDir,
    prefix: '/',
    index: ['index.html'],
    // The build writes .br and .gz copies (apps/web/scripts/compress.mjs): sent to browsers that accept them.
    preCompressed: true,
    setHeaders: (response, path) => {
      const immutable = path.includes(`${join(webDir, 'assets')}`);
      response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

export function isWebRoute(method: string, url: string, acceptHeader: string | undefined): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    !url.startsWith('/api/') &&
    url !== '/api' &&
    (acceptHeader ?? '').includes('text/html')
  );
}
