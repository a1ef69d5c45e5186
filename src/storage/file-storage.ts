/**
 * Where media files live: a port with one adapter per backend (local disk now, object storage
 * later). Keys are relative paths like 'images/2026/11/<id>.jpg'.
 */
export interface FileStorage {
  /** Stores bytes under a key, replacing what was there; never leaves a partial file visible. */
  put(key: string, data: Uint8Array): Promise<void>;
  /** The bytes under a key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Removes a key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key under a prefix ('' for all), in no particular order. */
  list(prefix: string): AsyncIterable<string>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Throws unless `key` is a relative path of safe segments: no '..', no leading '/', no '\'. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  }
}
