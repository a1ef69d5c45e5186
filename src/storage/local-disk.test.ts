import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { fileStorageConformance } from './file-storage.conformance.ts';
import { LocalDiskStorage } from './local-disk.ts';

describe('LocalDiskStorage', () => {
  fileStorageConformance(
    async () => new LocalDiskStorage(await mkdtemp(join(tmpdir(), 'tribune-storage-'))),
  );
});
