// FNV-1a: stable, dependency-free hashing, identical on every runtime (suite seeds, dataset
// splits, sim replies, id aliases). The classifier keeps inlined variants on its hot path.
/** `seed` replaces the standard offset basis: two seeds give two independent-enough hashes. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Two differently seeded FNV-1a hashes of `text`: 64 bits, for keys and fingerprints where one
 * 32-bit hash would collide too soon. Not a secure hash.
 */
export function fnv1aPair(text: string): [number, number] {
  return [fnv1a(text), fnv1a(text, 0x2545f491)];
}

/** A hash in [0, 1). */
export function unitHash(text: string): number {
  return fnv1a(text) / 4294967296;
}

export function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}
