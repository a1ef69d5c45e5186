import type { Logger } from './logger.ts';

/**
 * The map of domain events to their payloads. Each feature adds its own events with
 * declaration merging (`declare module '../core/events.ts'`), so core knows no feature.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging in features.
export interface TribuneEvents {}

type Handler<P> = (payload: P) => void | Promise<void>;

/**
 * In-process publish/subscribe for domain events. Services emit after their transaction
 * commits; subscribers (cache, search, feeds, webhooks…) react. A failing subscriber is
 * logged and never undoes or blocks the write that emitted the event.
 */
export class EventBus<Events extends object = TribuneEvents> {
  private readonly handlers = new Map<keyof Events, Set<Handler<never>>>();
  private readonly anyHandlers = new Set<(name: keyof Events) => void>();

  constructor(private readonly logger: Logger) {}

  /** Subscribes to one event; returns the function that unsubscribes. */
  on<K extends keyof Events>(name: K, handler: Handler<Events[K]>): () => void {
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
    }
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  /** Subscribes to every event by name only, e.g. to drop caches; returns the unsubscriber. */
  onAny(handler: (name: keyof Events) => void): () => void {
    this.anyHandlers.add(handler);
    return () => this.anyHandlers.delete(handler);
  }

  /** Runs every subscriber of `name`; resolves when all have finished or failed. */
  async emit<K extends keyof Events>(name: K, payload: Events[K]): Promise<void> {
    for (const handler of this.anyHandlers) {
      try {
        handler(name);
      } catch (error) {
        this.logger.error('event subscriber failed', { event: String(name), error });
      }
    }
    const set = this.handlers.get(name);
    if (!set || set.size === 0) return;
    await Promise.all(
      [...set].map(async (handler) => {
        try {
          await (handler as Handler<Events[K]>)(payload);
        } catch (error) {
          this.logger.error('event subscriber failed', { event: String(name), error });
        }
      }),
    );
  }
}
