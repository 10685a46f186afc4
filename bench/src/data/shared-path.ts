import { fileURLToPath } from 'node:url';

// The shared data sits beside the checkout (/work/main/../shared); this module is two folders
// below the package root both as source (src/data/) and built (dist/data/).
const SHARED_DIR = new URL('../../../../shared/', import.meta.url);

/**
 * Absolute path of a file or folder under the shared data folder.
 * @example sharedPath('datasets/meter') // '/work/shared/datasets/meter'
 */
export function sharedPath(relative: string): string {
  return fileURLToPath(new URL(relative, SHARED_DIR));
}
