import { expect, it } from 'vitest';
import type { FileStorage } from './file-storage.ts';

/**
 * The behaviour every FileStorage adapter must have. Each adapter's test calls this with a
 * factory giving an empty storage.
 */
export function fileStorageConformance(create: () => Promise<FileStorage>): void {
  it('gives back what was put, byte for byte', async () => {
    const storage = await create();
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);
    await storage.put('images/2026/11/a.jpg', bytes);
    expect(await storage.has('images/2026/11/a.jpg')).toBe(true);
    expect([...((await storage.get('images/2026/11/a.jpg')) ?? [])]).toEqual([0, 1, 2, 254, 255]);
  });

  it('answers null and false for a key never put', async () => {
    const storage = await create();
    expect(await storage.get('images/none.jpg')).toBeNull();
    expect(await storage.has('images/none.jpg')).toBe(false);
  });

  it('replaces a file put twice and deletes it, twice without error', async () => {
    const storage = await create();
    await storage.put('a/b.txt', Buffer.from('first'));
    await storage.put('a/b.txt', Buffer.from('second'));
    expect((await storage.get('a/b.txt'))?.toString()).toBe('second');
    await storage.delete('a/b.txt');
    await storage.delete('a/b.txt');
    expect(await storage.has('a/b.txt')).toBe(false);
  });

  it('lists the keys under a prefix', async () => {
    const storage = await create();
    await storage.put('images/1.jpg', Buffer.from('1'));
    await storage.put('images/sub/2.jpg', Buffer.from('2'));
    await storage.put('other/3.jpg', Buffer.from('3'));
    const keys: string[] = [];
    for await (const key of storage.list('images/')) keys.push(key);
    expect(keys.sort()).toEqual(['images/1.jpg', 'images/sub/2.jpg']);
    const all: string[] = [];
    for await (const key of storage.list('')) all.push(key);
    expect(all).toHaveLength(3);
  });

  it('refuses keys that would escape the storage', async () => {
    const storage = await create();
    for (const key of ['../etc/passwd', '/abs.jpg', 'a/../../b', 'a\\b', '', 'a//b', '.hidden']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid storage key/);
    }
  });
}
