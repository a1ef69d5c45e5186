import type { DiffPart } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/**
 * Text with its changes marked: added words in <ins class="diff">, removed ones in
 * <del class="diff">. Underline and strike-through say it without colour, and screen readers
 * hear where each change starts.
 */
export function DiffText(props: { parts: DiffPart[] }) {
  const t = useT();
  return (
    <span className="diff-text">
      {props.parts.map((part, index) => {
        const key = `${index}-${part.op}`;
        if (part.op === 'same') return <span key={key}>{part.text}</span>;
        if (part.op === 'added') {
          return (
            <ins key={key} className="diff">
              <span className="visually-hidden">{t('editor.diff.addedStart')}</span>
              {part.text}
              <span className="visually-hidden">{t('editor.diff.end')}</span>
            </ins>
          );
        }
        return (
          <del key={key} className="diff">
            <span className="visually-hidden">{t('editor.diff.removedStart')}</span>
            {part.text}
            <span className="visually-hidden">{t('editor.diff.end')}</span>
          </del>
        );
      })}
    </span>
  );
}
