import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestDb, describeEachDialect, type TestDb } from '../../tests/helpers/db.ts';
import { preparedQuery } from './prepared.ts';

const settings = preparedQuery(
  (
    db,
    v: {
      keys: string[];
      after: string | undefined;
      newestFirst: boolean;
      limit: number;
      offset: number;
    },
  ) => {
    let select = db
      .selectFrom('network_settings')
      .select(['key', 'value'])
      .where('key', 'in', v.keys);
    if (v.after) select = select.where('key', '>', v.after);
    return select
      .orderBy('key', v.newestFirst ? 'desc' : 'asc')
      .limit(v.limit)
      .offset(v.offset);
  },
);

describeEachDialect('queries compiled once and run with new values', (dialect) => {
  let db: TestDb;
  beforeEach(async () => {
    db = await createTestDb(dialect);
    await db.db
      .insertInto('network_settings')
      .values(
        ['a', 'b', 'c', 'd', 'e'].map((key) => ({
          key,
          value: `value of ${key}`,
          updated_at: '2026-01-01T00:00:00.000Z',
        })),
      )
      .execute();
  });
  afterEach(() => db.destroy());

  const keysOf = async (values: Parameters<typeof settings>[1]) =>
    (await settings(db.db, values)).map((row) => row.key);
  const base = { after: undefined, newestFirst: false, limit: 10, offset: 0 };

  it('answers each run with its own values, whatever the first run was given', async () => {
    expect(await keysOf({ ...base, keys: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(await keysOf({ ...base, keys: ['d', 'e'] })).toEqual(['d', 'e']);
    expect(await keysOf({ ...base, keys: ['c', 'x'] })).toEqual(['c']);
  });

  it('compiles a list of another length, an option and a filter given or not anew', async () => {
    expect(await keysOf({ ...base, keys: ['a'] })).toEqual(['a']);
    expect(await keysOf({ ...base, keys: ['a', 'b', 'c', 'd'] })).toEqual(['a', 'b', 'c', 'd']);
    expect(await keysOf({ ...base, keys: ['a', 'b', 'c'], newestFirst: true })).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(await keysOf({ ...base, keys: ['a', 'b', 'c'], after: 'a' })).toEqual(['b', 'c']);
    expect(await keysOf({ ...base, keys: ['a', 'b', 'c'], after: 'b' })).toEqual(['c']);
  });

  it('takes limits and offsets as values', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    expect(await keysOf({ ...base, keys, limit: 2 })).toEqual(['a', 'b']);
    expect(await keysOf({ ...base, keys, limit: 2, offset: 2 })).toEqual(['c', 'd']);
    expect(await keysOf({ ...base, keys, limit: 3, offset: 4 })).toEqual(['e']);
  });

  it('writes numbers it is told to inline into the SQL, one compiled form each', async () => {
    const limited = preparedQuery(
      (dbx, v: { keys: string[]; limit: number }) =>
        dbx
          .selectFrom('network_settings')
          .select('key')
          .where('key', 'in', v.keys)
          .orderBy('key')
          .limit(sql.lit(v.limit)),
      { inline: ['limit'] },
    );
    const keys = ['a', 'b', 'c', 'd'];
    expect((await limited(db.db, { keys, limit: 1 })).map((row) => row.key)).toEqual(['a']);
    expect((await limited(db.db, { keys, limit: 3 })).map((row) => row.key)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('refuses a query that changes a value or leaves one out of its parameters', async () => {
    const changed = preparedQuery((dbx, v: { prefix: string }) =>
      dbx.selectFrom('network_settings').select('key').where('key', 'like', `${v.prefix}%`),
    );
    await expect(changed(db.db, { prefix: 'a' })).rejects.toThrow(/changed a value/);
    const unused = preparedQuery((dbx, v: { key: string; other: string }) =>
      dbx.selectFrom('network_settings').select('key').where('key', '=', v.key),
    );
    await expect(unused(db.db, { key: 'a', other: 'b' })).rejects.toThrow(/every value/);
  });
});
