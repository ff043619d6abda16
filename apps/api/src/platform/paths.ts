import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The apps/api folder, found by walking up from this file to the package.json of @atensi/api. It works the same
 * from the TypeScript sources (src/platform) and from the bundle (dist/), whose chunks sit at another depth.
 */
function findApiRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@atensi/api'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @atensi/api package folder');
    dir = parent;
  }
}

export const API_ROOT = findApiRoot();
export const MIGRATIONS_DIR = join(API_ROOT, 'migrations');
/** The built web app of the same checkout (apps/web/dist); ATENSI_WEB_DIR overrides it. */
export const DEFAULT_WEB_DIR = join(API_ROOT, '..', 'web', 'dist');
