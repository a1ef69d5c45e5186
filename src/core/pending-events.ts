import { EventBus, type TribuneEvents } from './events.ts';
import type { Logger } from './logger.ts';

type Pending = { name: keyof TribuneEvents; payload: unknown };

/**
 * An event bus that holds what is emitted on it instead of running subscribers: services that
 * write inside someone else's transaction emit here, and the owner of the transaction replays
 * the events on the real bus once it has committed (events follow commits).
 */
export class PendingEvents extends EventBus {
  private readonly pending: Pending[] = [];

  constructor(logger: Logger) {
    super(logger);
  }

  override async emit<K extends keyof TribuneEvents>(
    name: K,
    payload: TribuneEvents[K],
  ): Promise<void> {
    this.pending.push({ name, payload });
  }

  /** Emits everything held, in order, on `bus`; then forgets it. */
  async replayOn(bus: EventBus): Promise<void> {
    const held = this.pending.splice(0);
    for (const { name, payload } of held) {
      await bus.emit(name, payload as TribuneEvents[typeof name]);
    }
  }
}
