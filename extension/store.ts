import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_PRIVACY, type Privacy } from '../lib/messages';
import type { OwnSource, VerdictFeedback } from '../lib/own-sources';

/** The database the extension keeps on the device: own sources, history, feedback. */
export const DB_NAME = 'crosscheck';
/**
 * v1: sources. v2: history and feedback stores; sources gain updatedAt and an addedAt index.
 * v3: a settings store for the privacy settings, which web pages cannot reach (a content script
 * can write `storage.local`, but not the extension's own IndexedDB).
 */
export const DB_VERSION = 3;

/** One checked page in the opt-in history. */
export interface HistoryEntry {
  /** The page's origin and path (no query, no fragment). */
  url: string;
  title: string;
  date: string | null;
  at: string;
  counts: Record<string, number>;
}

interface Schema extends DBSchema {
  sources: { key: string; value: OwnSource; indexes: { addedAt: string } };
  history: { key: string; value: HistoryEntry; indexes: { at: string } };
  feedback: { key: number; value: VerdictFeedback };
  settings: { key: string; value: Privacy };
}

/** Storage that cannot be used (private mode, quota, a broken profile), with why. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * The extension's IndexedDB, through idb. Every write is one transaction: an import that
 * fails half-way leaves nothing behind.
 */
export class Store {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  /** Opens (and if needed upgrades) the database; a StoreError says why it cannot be used. */
  static async open(name = DB_NAME): Promise<Store> {
    if (typeof indexedDB === 'undefined') throw new StoreError('IndexedDB is not available in this browser profile');
    // An upgrade another open connection blocks would wait for ever: it is refused with a
    // message instead, and the connection that opens late is closed.
    let refuseBlocked!: (e: StoreError) => void;
    const blocked = new Promise<never>((_, reject) => (refuseBlocked = reject));
    try {
      const opening = openDB<Schema>(name, DB_VERSION, {
        async upgrade(db, oldVersion, _newVersion, tx) {
          if (oldVersion < 1) db.createObjectStore('sources', { keyPath: 'id' });
          if (oldVersion < 2) {
            db.createObjectStore('history', { keyPath: 'url' }).createIndex('at', 'at');
            db.createObjectStore('feedback', { keyPath: 'id', autoIncrement: true });
            const sources = tx.objectStore('sources');
            sources.createIndex('addedAt', 'addedAt');
            // Version 1 records had no updatedAt and could lack dateBasis: keep them, complete them.
            for (let cursor = await sources.openCursor(); cursor; cursor = await cursor.continue()) {
              const v = cursor.value as OwnSource & { updatedAt?: string; dateBasis?: OwnSource['dateBasis'] };
              if (!v.updatedAt || !v.dateBasis) await cursor.update({ ...v, updatedAt: v.updatedAt ?? v.addedAt, dateBasis: v.dateBasis ?? 'inferred' });
            }
          }
          if (oldVersion < 3) db.createObjectStore('settings');
        },
        blocked() {
          refuseBlocked(new StoreError('the database is held open by an older version of the extension; close its other tabs (or restart the browser) and try again'));
        },
        // A newer version wants to upgrade: let it, rather than block it.
        blocking(_current, _blocked, event) {
          (event.target as IDBDatabase).close();
        },
      });
      const db = await Promise.race([opening, blocked]).catch((e: unknown) => {
        void opening.then((late) => late.close(), () => undefined);
        throw e;
      });
      return new Store(db);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`your own sources cannot be opened (${(e as Error).message})`);
    }
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }

  /** Every own source, in the order added. */
  async listSources(): Promise<OwnSource[]> {
    return (await this.db.getAllFromIndex('sources', 'addedAt')) as OwnSource[];
  }

  /** Adds or replaces one source. */
  async putSource(source: OwnSource): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('sources', 'readwrite');
      await Promise.all([tx.store.put(source), tx.done]);
    });
  }

  /** Removes one source. */
  async deleteSource(id: string): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('sources', 'readwrite');
      await Promise.all([tx.store.delete(id), tx.done]);
    });
  }

  /**
   * Adds imported sources and feedback in one transaction: all of them, or none. Anything that
   * fails on the way (a duplicate, a value the browser cannot store) aborts the transaction.
   */
  async importAll(sources: OwnSource[], feedback: VerdictFeedback[]): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction(['sources', 'feedback'], 'readwrite');
      // Aborting rejects tx.done; it is awaited below either way, never left unhandled.
      const settled = tx.done.then(() => null, (e: unknown) => e);
      try {
        const store = tx.objectStore('sources');
        for (const s of sources) {
          if (await store.get(s.id)) throw new StoreError(`"${s.title}" is already stored; nothing was imported. Remove it first to import it again.`);
          await store.add(s);
        }
        for (const f of feedback) {
          const { id: _id, ...rest } = f;
          await tx.objectStore('feedback').add(rest as VerdictFeedback);
        }
      } catch (e) {
        try {
          tx.abort();
        } catch {
          // Already aborted by the failing request.
        }
        await settled;
        if (e instanceof StoreError) throw e;
        throw new StoreError(`the import could not be stored (${(e as Error).message}); nothing was imported`);
      }
      const failure = await settled;
      if (failure) throw failure;
    });
  }

  /** Adds or refreshes one page in the history. */
  async recordHistory(entry: HistoryEntry): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('history', 'readwrite');
      await Promise.all([tx.store.put(entry), tx.done]);
    });
  }

  /** The history, newest first, filtered by words in the URL or title. */
  async listHistory(query = ''): Promise<HistoryEntry[]> {
    const all = (await this.db.getAllFromIndex('history', 'at')).reverse();
    const q = query.trim().toLowerCase();
    return q ? all.filter((h) => h.url.toLowerCase().includes(q) || h.title.toLowerCase().includes(q)) : all;
  }

  /** Empties the history. */
  async clearHistory(): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('history', 'readwrite');
      await Promise.all([tx.store.clear(), tx.done]);
    });
  }

  /** Keeps one "this verdict looks wrong" report. */
  async addFeedback(f: VerdictFeedback): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('feedback', 'readwrite');
      await Promise.all([tx.store.add(f), tx.done]);
    });
  }

  /** Every feedback report, oldest first. */
  async listFeedback(): Promise<VerdictFeedback[]> {
    return this.db.getAll('feedback');
  }

  /** Deletes one feedback report. */
  async deleteFeedback(id: number): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('feedback', 'readwrite');
      await Promise.all([tx.store.delete(id), tx.done]);
    });
  }

  /** Deletes every feedback report. */
  async clearFeedback(): Promise<void> {
    await this.write(async () => {
      const tx = this.db.transaction('feedback', 'readwrite');
      await Promise.all([tx.store.clear(), tx.done]);
    });
  }

  /** What the user allows to be recorded (nothing, until they say so). */
  async getPrivacy(): Promise<Privacy> {
    const stored = await this.db.get('settings', 'privacy');
    return {
      historyOn: typeof stored?.historyOn === 'boolean' ? stored.historyOn : DEFAULT_PRIVACY.historyOn,
      recordIncognito: typeof stored?.recordIncognito === 'boolean' ? stored.recordIncognito : DEFAULT_PRIVACY.recordIncognito,
    };
  }

  /** Changes some privacy settings and returns them all. */
  async setPrivacy(change: Partial<Privacy>): Promise<Privacy> {
    const next = { ...(await this.getPrivacy()), ...change };
    await this.write(async () => {
      const tx = this.db.transaction('settings', 'readwrite');
      await Promise.all([tx.store.put(next, 'privacy'), tx.done]);
    });
    return next;
  }

  // Quota and other write failures become a StoreError with what to do.
  private async write(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      const name = (e as DOMException).name;
      if (name === 'QuotaExceededError') throw new StoreError('the browser has no room left for your sources; remove some, or free disk space');
      throw new StoreError(`the change could not be saved (${(e as Error).message}); nothing was changed`);
    }
  }
}
