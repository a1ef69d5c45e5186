import { afterEach, describe } from 'vitest';
import { createTestDb, describeEachDialect, type TestDb } from '../../tests/helpers/db.ts';
import { PostgresTsvectorIndex } from './postgres-tsvector.ts';
import { searchIndexConformance } from './search-index.conformance.ts';
import { SqliteFts5Index } from './sqlite-fts5.ts';

describeEachDialect('the search index', (dialect) => {
  const opened: TestDb[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.destroy();
  });

  describe(dialect === 'sqlite' ? 'SQLite FTS5 adapter' : 'PostgreSQL tsvector adapter', () => {
    searchIndexConformance(async () => {
      const database = await createTestDb(dialect);
      opened.push(database);
      return dialect === 'sqlite'
        ? new SqliteFts5Index(database.db)
        : new PostgresTsvectorIndex(database.db);
    });
  });
});
