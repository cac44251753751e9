/** A byte range, both ends inclusive (as in HTTP `Range`). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where uploaded files live. Keys are chosen by the storage (random, see `newStorageKey`), never
 * by an uploader, so a backend never sees a path that came from outside. The local folder is the
 * default; an object store (S3, MinIO…) would implement the same four calls.
 */
export interface FileStorage {
  readonly name: string;
  put(key: string, data: Uint8Array): Promise<void>;
  /** The object's bytes, or only `range` of them, as a web stream. */
  read(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Size in bytes, or null when the object does not exist. */
  size(key: string): Promise<number | null>;
  /** Removes the object; removing a missing object is not an error. */
  remove(key: string): Promise<void>;
}
