import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { assertStorageKey, type FileStorage } from './file-storage.ts';

/** Files under a folder on the local disk (the default: `<data dir>/media`). */
export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  private path(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    // Write beside, then rename: readers and backups see the old file or the new, never half.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<string> {
    const start = prefix ? this.path(prefix.replace(/\/+$/, '')) : this.root;
    let entries: string[];
    try {
      entries = await readdir(start, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = join(start, entry);
      if (full.endsWith('.tmp')) continue;
      if (!(await stat(full)).isFile()) continue;
      yield relative(this.root, full).split(sep).join('/');
    }
  }
}
