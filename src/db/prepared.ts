import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './database.ts';

/** What a prepared query is run with: text, lists of text, numbers, and options. */
type Values = Record<string, string | readonly string[] | number | boolean | null | undefined>;

type Slot = { key: string; index: number | null } | { value: unknown };

interface Compiled {
  sql: string;
  /** Per parameter of the SQL: where its value comes from, or the value itself. */
  slots: Slot[];
}

const MARK = '\u0000tribune:';
/** Numbers no query is given: stand-ins for limits and offsets while compiling. */
const NUMBER_MARK = -7_340_032_000;

/**
 * A query built and compiled once per database and shape, then run with new values. Reader
 * pages run the same small queries all the time, and Kysely's building and compiling of one
 * cost about as much as SQLite's answering it.
 *
 * `build` is called with stand-ins for the text values (each item of a list too) and numbers,
 * which are found again among the compiled query's parameters and swapped for the real ones at
 * each run. What may change the SQL is the shape: which values are given or empty, the length
 * of each list, booleans. So `build` must not branch on a text value or a number (only on
 * whether it is there, or on a boolean), and must pass them to Kysely as they are: a stand-in
 * that does not come back untouched is refused when compiling.
 */
export function preparedQuery<V extends Values, R>(
  build: (db: Executor, values: V) => Compilable<R>,
  options: {
    /**
     * Numbers written into the SQL (with `sql.lit`) rather than passed: SQLite sorts for
     * `limit 4` keeping four rows, for `limit ?` keeping them all. Each value is a shape.
     */
    inline?: (keyof V & string)[];
  } = {},
): (db: Executor, values: V) => Promise<R[]> {
  const compiledByDb = new WeakMap<Executor, Map<string, Compiled>>();
  const inline = new Set<string>(options.inline ?? []);
  return async (db, values) => {
    let compiled = compiledByDb.get(db);
    if (!compiled) {
      compiled = new Map();
      compiledByDb.set(db, compiled);
    }
    const shape = shapeOf(values, inline);
    let query = compiled.get(shape);
    if (!query) {
      query = compile(build, db, values, inline);
      // Bounded, in case an inlined number comes from a reader's address.
      if (compiled.size >= 500) compiled.clear();
      compiled.set(shape, query);
    }
    const parameters = query.slots.map((slot) => {
      if ('value' in slot) return slot.value;
      const value = values[slot.key];
      return slot.index === null ? value : (value as readonly string[])[slot.index];
    });
    const result = await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters));
    return result.rows;
  };
}

function shapeOf(values: Values, inline: Set<string>): string {
  let shape = '';
  for (const key in values) {
    const value = values[key];
    if (inline.has(key)) shape += `${key}=${String(value)}|`;
    else if (typeof value === 'string') shape += value ? `${key}:s|` : `${key}:''|`;
    else if (typeof value === 'number') shape += `${key}:n|`;
    else if (Array.isArray(value)) shape += `${key}:${value.length}|`;
    else shape += `${key}=${String(value)}|`;
  }
  return shape;
}

function compile<V extends Values, R>(
  build: (db: Executor, values: V) => Compilable<R>,
  db: Executor,
  values: V,
  inline: Set<string>,
): Compiled {
  const standIns: Record<string, unknown> = {};
  const slotOf = new Map<unknown, { key: string; index: number | null }>();
  let numbers = 0;
  for (const key in values) {
    const value = values[key];
    if (inline.has(key)) standIns[key] = value;
    else if (typeof value === 'string' && value) {
      standIns[key] = `${MARK}${key}`;
      slotOf.set(standIns[key], { key, index: null });
    } else if (typeof value === 'number') {
      standIns[key] = NUMBER_MARK - numbers++;
      slotOf.set(standIns[key], { key, index: null });
    } else if (Array.isArray(value)) {
      standIns[key] = value.map((_, index) => {
        const standIn = `${MARK}${key}#${index}`;
        slotOf.set(standIn, { key, index });
        return standIn;
      });
    } else standIns[key] = value;
  }
  const { sql, parameters } = build(db, standIns as V).compile();
  const unused = new Set(slotOf.keys());
  const slots = parameters.map((parameter): Slot => {
    const slot = slotOf.get(parameter);
    if (slot) {
      unused.delete(parameter);
      return slot;
    }
    if (typeof parameter === 'string' && parameter.includes(MARK))
      throw new Error(`A prepared query changed a value before passing it: ${parameter}`);
    return { value: parameter };
  });
  if (unused.size > 0)
    throw new Error(`A prepared query did not pass every value as a parameter: ${[...unused]}`);
  return { sql, slots };
}
