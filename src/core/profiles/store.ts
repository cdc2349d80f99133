// Where profile sets live between runs. Core only knows this interface; the file store (Node) and
// the KV store (Workers) live in src/stores/. Real and simulated sets are stored apart: each
// store instance holds one kind and refuses the other.
import { GatewayError } from '../errors';
import { profileSetSchema, type ProfileSet } from './schema';

export interface ProfileStore {
  /** The stored set, or null when nothing has been stored yet. */
  load(): Promise<ProfileSet | null>;
  /** Replaces the stored set; readers see the old or the new set, never a mix. */
  save(set: ProfileSet): Promise<void>;
}

/** Thrown when a set mixes simulated and real models, or lands in the wrong kind of store. */
export class ProfileKindError extends GatewayError {
  constructor(message: string) {
    super({ status: 422, message, code: 'profile_kind_mismatch', param: 'simulated' });
    this.name = 'ProfileKindError';
  }
}

/** Refuses a set whose models disagree with the set's own `simulated` flag. */
export function assertNotMixed(set: ProfileSet): void {
  const odd = set.models.filter((m) => m.simulated !== set.simulated).map((m) => m.model);
  if (odd.length > 0) {
    const kind = set.simulated ? 'real' : 'simulated';
    throw new ProfileKindError(
      `profile set is ${set.simulated ? 'simulated' : 'real'} but holds ${kind} models: ${odd.join(', ')}`,
    );
  }
}

/** Refuses a set of the wrong kind for a store (simulated profiles never enter the real store). */
export function assertKind(set: ProfileSet, simulated: boolean): void {
  assertNotMixed(set);
  if (set.simulated !== simulated) {
    throw new ProfileKindError(
      `this store holds ${simulated ? 'simulated' : 'real'} profiles; refusing a ${set.simulated ? 'simulated' : 'real'} set`,
    );
  }
}

/** Validates a set read from or written to a store of one kind (both stores' one check). */
export function storableSet(value: unknown, simulated: boolean): ProfileSet {
  const set = profileSetSchema.parse(value);
  assertKind(set, simulated);
  return set;
}
