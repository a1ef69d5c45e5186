import { type Clock, toTimestamp } from '../../core/clock.ts';
import { newId } from '../../core/ids.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { type InvalidInput, invalidInput, issue } from '../../core/validation.ts';
import type { Db } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { type GlossaryFilter, GlossaryRepository } from './glossary.repository.ts';
import {
  type GlossaryChanges,
  type GlossaryInput,
  type GlossaryTerm,
  glossaryChangesSchema,
  glossaryInputSchema,
  glossaryIssue,
} from './glossary.ts';
import {
  checkTranslation,
  preferredEntries,
  type TermHit,
  type TermWarning,
  termsIn,
} from './glossary-check.ts';

export type GlossaryProblem = InvalidInput | { type: 'not-found' };

/** The network's glossary: entries kept by translation managers, checked against texts. */
export class GlossaryService {
  readonly repository: GlossaryRepository;

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.repository = new GlossaryRepository(db);
  }

  list(filter: GlossaryFilter, page: { limit: number; offset: number }) {
    return this.repository.list(filter, page);
  }

  find(id: string): Promise<GlossaryTerm | undefined> {
    return this.repository.find(id);
  }

  /** Adds an entry; the same term twice for one language pair is refused. */
  async create(
    input: GlossaryInput,
    actor: { userId: string | null },
  ): Promise<Result<GlossaryTerm, InvalidInput>> {
    const parsed = glossaryInputSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const now = toTimestamp(this.clock.now());
    const term = settled({
      id: newId(),
      ...parsed.data,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const problem = glossaryIssue(term);
    if (problem) return err({ type: 'invalid', issues: [issue(problem.path, problem.code)] });
    return this.write(term, () => this.repository.insert(term));
  }

  async update(
    id: string,
    changes: GlossaryChanges,
  ): Promise<Result<GlossaryTerm, GlossaryProblem>> {
    const parsed = glossaryChangesSchema.safeParse(changes);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const current = await this.repository.find(id);
    if (!current) return err({ type: 'not-found' });
    const defined = Object.fromEntries(
      Object.entries(parsed.data).filter(([, value]) => value !== undefined),
    );
    const term = settled({ ...current, ...defined, updatedAt: toTimestamp(this.clock.now()) });
    const problem = glossaryIssue(term);
    if (problem) return err({ type: 'invalid', issues: [issue(problem.path, problem.code)] });
    return this.write(term, () => this.repository.update(term));
  }

  delete(id: string): Promise<boolean> {
    return this.repository.delete(id);
  }

  private async write(
    term: GlossaryTerm,
    run: () => Promise<void>,
  ): Promise<Result<GlossaryTerm, InvalidInput>> {
    try {
      await run();
    } catch (error) {
      if (isUniqueViolation(error)) {
        return err({ type: 'invalid', issues: [issue('sourceTerm', 'issue.termTaken')] });
      }
      throw error;
    }
    return ok(term);
  }

  /** The glossary terms each segment uses, with their agreed translations, by segment id. */
  async termsOf(
    languages: { source: string; target: string },
    segments: { id: string; text: string }[],
  ): Promise<Map<string, TermHit[]>> {
    const entries = await this.entriesFor(languages);
    return new Map(
      segments.map((segment) => [segment.id, termsIn(segment.text, languages.source, entries)]),
    );
  }

  /** For each source/translation pair, the terms not translated as agreed, by pair id. */
  async check(
    languages: { source: string; target: string },
    pairs: { id: string; source: string; target: string }[],
  ): Promise<Map<string, TermWarning[]>> {
    const entries = await this.entriesFor(languages);
    return new Map(pairs.map((pair) => [pair.id, checkTranslation(pair, languages, entries)]));
  }

  private async entriesFor(languages: { source: string; target: string }) {
    return preferredEntries(
      await this.repository.ofPair(languages.source, languages.target),
      languages,
    );
  }
}

/** A term not to translate is its own translation, whatever was typed for it. */
function settled(term: GlossaryTerm): GlossaryTerm {
  return term.doNotTranslate ? { ...term, targetTerm: term.sourceTerm } : term;
}
