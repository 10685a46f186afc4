import { DEFAULT_FINGERPRINT, type ResolvedFingerprintOptions } from '../fingerprint.js';

/** Names the hash function too, so that a future change of it cannot mix with old anchors. */
const HASH_NAME = 'fnv1a-imul-53';

/**
 * The store's fingerprint options: the recorded ones when the store has them (a different
 * request is misuse and throws), else the requested ones (or the defaults), recorded now.
 * @example checkFingerprintMeta(null, undefined, save) // DEFAULT_FINGERPRINT, saved
 */
export function checkFingerprintMeta(
  recorded: string | null,
  requested: ResolvedFingerprintOptions | undefined,
  save: (value: string) => void,
): ResolvedFingerprintOptions {
  if (recorded === null) {
    const chosen = requested ?? DEFAULT_FINGERPRINT;
    save(JSON.stringify({ gram: chosen.gram, window: chosen.window, hash: HASH_NAME }));
    return { gram: chosen.gram, window: chosen.window };
  }
  const parsed = JSON.parse(recorded) as { gram: number; window: number; hash: string };
  if (parsed.hash !== HASH_NAME) throw new Error(`archive: the store's anchors were made with hash ${parsed.hash}, this version makes ${HASH_NAME}`);
  if (requested !== undefined && (requested.gram !== parsed.gram || requested.window !== parsed.window)) {
    throw new RangeError(`archive: the store was made with gram ${parsed.gram} and window ${parsed.window}; got gram ${requested.gram} and window ${requested.window}`);
  }
  return { gram: parsed.gram, window: parsed.window };
}
