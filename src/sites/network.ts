import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { Db } from '../db/database.ts';

/** Settings of the whole network (everything one installation serves). */
export const networkSettingsSchema = z.object({
  /** The network's name, shown on its directory page: "Meridian". */
  name: z.string().trim().min(1).max(120).catch('Tribune').default('Tribune'),
  /** The language of the network directory and network-wide pages. */
  language: z.string().min(2).max(35).catch('en').default('en'),
});
export type NetworkSettings = z.infer<typeof networkSettingsSchema>;

/** Reads and writes the network's settings; unknown or broken values fall back to defaults. */
export class NetworkService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async settings(): Promise<NetworkSettings> {
    const rows = await this.db.selectFrom('network_settings').selectAll().execute();
    const values: Record<string, unknown> = {};
    for (const row of rows) {
      try {
        values[row.key] = JSON.parse(row.value);
      } catch {
        // A value that does not parse is treated as unset.
      }
    }
    return networkSettingsSchema.parse(values);
  }

  async update(changes: Partial<NetworkSettings>): Promise<NetworkSettings> {
    const now = toTimestamp(this.clock.now());
    const valid = networkSettingsSchema.partial().parse(changes);
    await this.db.transaction().execute(async (trx) => {
      for (const [key, value] of Object.entries(valid)) {
        if (value === undefined) continue;
        await trx
          .insertInto('network_settings')
          .values({ key, value: JSON.stringify(value), updated_at: now })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }),
          )
          .execute();
      }
    });
    return this.settings();
  }
}
