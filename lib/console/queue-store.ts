import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueueStore, QueuedCheck } from './queue-types';

interface ConsoleDb extends DBSchema {
  checks: { key: string; value: QueuedCheck; indexes: { byOwner: string } };
}

export const CONSOLE_DB_NAME = 'qn-console';

const byQueuedAt = (a: QueuedCheck, b: QueuedCheck) => a.queuedAt - b.queuedAt || a.key.localeCompare(b.key);

/** The queue in IndexedDB: each write is its own committed transaction, so a check survives a closed tab. */
export async function openIdbQueueStore(name = CONSOLE_DB_NAME): Promise<QueueStore> {
  const db: IDBPDatabase<ConsoleDb> = await openDB<ConsoleDb>(name, 1, {
    upgrade(database) {
      const checks = database.createObjectStore('checks', { keyPath: 'key' });
      checks.createIndex('byOwner', 'ownerId');
    },
  });
  return {
    async add(item) {
      // Strict durability: the write reaches disk before "đã lưu" is shown (relaxed may not survive power loss).
      const tx = db.transaction('checks', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.add(item), tx.done]);
    },
    async put(item) {
      await db.put('checks', item);
    },
    get: (key) => db.get('checks', key),
    async list(ownerId) {
      return (await db.getAllFromIndex('checks', 'byOwner', ownerId)).sort(byQueuedAt);
    },
    remove: (key) => db.delete('checks', key),
  };
}

// Plain JSON objects; structuredClone is missing from older Android WebViews.
const copy = (item: QueuedCheck): QueuedCheck => JSON.parse(JSON.stringify(item));

/**
 * For browsers where IndexedDB cannot open (some in-app browsers, private modes): checks still
 * go to the server, but nothing outlives the page, and the console says so.
 */
export function memoryQueueStore(): QueueStore {
  const items = new Map<string, QueuedCheck>();
  return {
    async add(item) {
      if (items.has(item.key)) throw new Error(`duplicate key ${item.key}`);
      items.set(item.key, copy(item));
    },
    async put(item) {
      items.set(item.key, copy(item));
    },
    async get(key) {
      const item = items.get(key);
      return item && copy(item);
    },
    async list(ownerId) {
      return [...items.values()].filter((i) => i.ownerId === ownerId).map((i) => copy(i)).sort(byQueuedAt);
    },
    async remove(key) {
      items.delete(key);
    },
  };
}
