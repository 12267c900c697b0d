// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { validateOwnSource, type OwnSource, type VerdictFeedback } from '../../lib/own-sources';
import { DB_VERSION, Store } from '../../extension/store';

let n = 0;
const fresh = () => `crosscheck-test-${n++}`;
const source = (id: string, text: string): OwnSource => {
  const r = validateOwnSource({ text, outlet: 'Test' }, [], id, '2026-11-23T10:00:00.000Z');
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('the own-sources store', () => {
  it('puts, lists in the order added, edits and deletes', async () => {
    const store = await Store.open(fresh());
    await store.putSource(source('own-a', 'First report about Nagorno-Karabakh.'));
    await store.putSource({ ...source('own-b', 'Second report.'), addedAt: '2026-11-24T00:00:00.000Z' });
    expect((await store.listSources()).map((s) => s.id)).toEqual(['own-a', 'own-b']);
    await store.putSource({ ...source('own-a', 'First report, edited.'), outlet: 'Edited' });
    expect((await store.listSources()).find((s) => s.id === 'own-a')!.outlet).toBe('Edited');
    await store.deleteSource('own-a');
    expect((await store.listSources()).map((s) => s.id)).toEqual(['own-b']);
    store.close();
  });

  it('imports all or nothing: a duplicate leaves the store as it was', async () => {
    const store = await Store.open(fresh());
    await store.putSource(source('own-a', 'Stored report.'));
    await expect(store.importAll([source('own-new', 'New report.'), source('own-a', 'Stored report.')], [])).rejects.toThrow(/already stored; nothing was imported/);
    expect((await store.listSources()).map((s) => s.id)).toEqual(['own-a']);
    await store.importAll([source('own-new', 'New report.')], [{ url: 'u', claim: 'c', verdict: 'conflicting', sentence: 's', comment: '', at: 'now' }]);
    expect((await store.listSources()).map((s) => s.id).sort()).toEqual(['own-a', 'own-new']);
    expect(await store.listFeedback()).toHaveLength(1);
    store.close();
  });

  it('keeps a searchable history and clears it with one call', async () => {
    const store = await Store.open(fresh());
    await store.recordHistory({ url: 'https://news.example/karabakh', title: 'Exodus', date: null, at: '2026-11-23T10:00:00Z', counts: { corroborated: 2 } });
    await store.recordHistory({ url: 'https://other.example/x', title: 'Other', date: null, at: '2026-11-23T11:00:00Z', counts: { conflicting: 1 } });
    expect((await store.listHistory()).map((h) => h.title)).toEqual(['Other', 'Exodus']);
    expect((await store.listHistory('karabakh')).map((h) => h.title)).toEqual(['Exodus']);
    await store.clearHistory();
    expect(await store.listHistory()).toEqual([]);
    store.close();
  });

  it('upgrades a version 1 database and keeps every stored source', async () => {
    const name = fresh();
    // A database as version 1 of the extension left it: one store, records without updatedAt or dateBasis.
    const v1 = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('sources', { keyPath: 'id' }) });
    const old = { id: 'own-old', outlet: 'Old', title: 'Kept', date: '2023-09-30', origin: null, url: null, text: 'More than 100,000 fled Nagorno-Karabakh.', addedAt: '2024-01-01T00:00:00Z' };
    await v1.put('sources', old);
    v1.close();
    expect(DB_VERSION).toBe(3);
    const store = await Store.open(name);
    const [kept] = await store.listSources();
    expect(kept).toEqual({ ...old, updatedAt: old.addedAt, dateBasis: 'inferred' });
    await store.addFeedback({ url: 'u', claim: 'c', verdict: 'conflicting', sentence: 's', comment: '', at: 'now' });
    expect(await store.listFeedback()).toHaveLength(1);
    expect(await store.getPrivacy()).toEqual({ historyOn: false, recordIncognito: false });
    store.close();
  });

  it('an import that fails half-way (a value the browser cannot store) leaves the store unchanged', async () => {
    const store = await Store.open(fresh());
    await store.putSource(source('own-a', 'Stored report.'));
    await store.addFeedback({ url: 'u', claim: 'c', verdict: 'conflicting', sentence: 's', comment: 'kept', at: 'now' });
    // Nested 200,000 levels deep: structured cloning it overflows the stack inside the transaction,
    // after the two sources before it were added.
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const throwing = { url: 'u', claim: 'c', verdict: 'conflicting', sentence: 's', comment: deep, at: 'now' } as unknown as VerdictFeedback;
    const uncloneable = { url: 'u', claim: 'c', verdict: 'conflicting', sentence: 's', comment: () => 1, at: 'now' } as unknown as VerdictFeedback;
    for (const bad of [throwing, uncloneable]) {
      await expect(store.importAll([source('own-new', 'New report.'), source('own-new2', 'Another new report.')], [bad])).rejects.toThrow(/nothing was imported/);
      expect((await store.listSources()).map((s) => s.id)).toEqual(['own-a']);
      expect((await store.listFeedback()).map((f) => f.comment)).toEqual(['kept']);
    }
    store.close();
  });

  it('deletes one feedback report, then all', async () => {
    const store = await Store.open(fresh());
    for (const comment of ['one', 'two', 'three']) await store.addFeedback({ url: 'u', claim: 'c', verdict: 'disputed', sentence: 's', comment, at: 'now' });
    const [first] = await store.listFeedback();
    await store.deleteFeedback(first!.id!);
    expect((await store.listFeedback()).map((f) => f.comment)).toEqual(['two', 'three']);
    await store.clearFeedback();
    expect(await store.listFeedback()).toEqual([]);
    store.close();
  });

  it('keeps the privacy settings, off until changed', async () => {
    const name = fresh();
    const store = await Store.open(name);
    expect(await store.getPrivacy()).toEqual({ historyOn: false, recordIncognito: false });
    expect(await store.setPrivacy({ historyOn: true })).toEqual({ historyOn: true, recordIncognito: false });
    store.close();
    const again = await Store.open(name);
    expect(await again.getPrivacy()).toEqual({ historyOn: true, recordIncognito: false });
    again.close();
  });

  it('an upgrade blocked by an old connection fails with a message instead of hanging', async () => {
    const name = fresh();
    // An older version of the extension holding the database open at version 2, deaf to version changes.
    const old = await openDB(name, 2, { upgrade: (db) => db.createObjectStore('sources', { keyPath: 'id' }) });
    const outcome = await Promise.race([
      Store.open(name).then(() => 'opened', (e: Error) => e.message),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 2 s'), 2000)),
    ]);
    expect(outcome).toMatch(/held open by an older version of the extension; close its other tabs/);
    old.close();
  });

  it('an open store lets a newer version upgrade rather than blocking it', async () => {
    const name = fresh();
    const store = await Store.open(name);
    const newer = await Promise.race([
      openDB(name, DB_VERSION + 1).then((db) => (db.close(), 'upgraded')),
      new Promise((resolve) => setTimeout(() => resolve('blocked'), 2000)),
    ]);
    expect(newer).toBe('upgraded');
    await expect(store.listSources()).rejects.toThrow();
  });
});

describe('when IndexedDB cannot be used', () => {
  it('a full disk (quota) becomes a message, and what was stored stays', async () => {
    const store = await Store.open(fresh());
    await store.putSource(source('own-a', 'Stored before the disk filled up.'));
    const put = IDBObjectStore.prototype.put;
    try {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      await expect(store.putSource(source('own-b', 'One too many.'))).rejects.toThrow(/no room left for your sources/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.listSources()).map((s) => s.id)).toEqual(['own-a']);
    store.close();
  });

  it('opening the store fails with a message that says why, not a crash', async () => {
    const saved = globalThis.indexedDB;
    try {
      // @ts-expect-error: a browser profile without IndexedDB
      delete globalThis.indexedDB;
      await expect(Store.open(fresh())).rejects.toThrow(/IndexedDB is not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('a failing open becomes a StoreError naming the cause', async () => {
    const saved = indexedDB.open;
    try {
      indexedDB.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      };
      await expect(Store.open(fresh())).rejects.toThrow(/your own sources cannot be opened \(The user denied permission/);
    } finally {
      indexedDB.open = saved;
    }
  });
});
