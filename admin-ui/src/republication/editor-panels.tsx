import type { ArticleEditorModel } from '../editor/use-article-editor.ts';
import { ChangeKindField } from './change-kind-field.tsx';
import { OriginPanel } from './origin-panel.tsx';
import { RepublishPanel } from './republish-panel.tsx';
import { useCopyStanding } from './source-updates-api.ts';
import './republication.css';

/**
 * The editor's side panels for republication and corrections: what kind of change the next
 * update is (published articles), where a republished article comes from, and its copies on
 * sister editions with the way to make another.
 */
export function RepublicationPanels(props: { model: ArticleEditorModel; readOnly: boolean }) {
  const { model } = props;
  const standing = useCopyStanding(model.article);
  const article = model.article;
  const live = article?.status === 'published' && !article.deletedAt;
  return (
    <>
      {live && !props.readOnly ? <ChangeKindField model={model} /> : null}
      <OriginPanel model={model} standing={standing} readOnly={props.readOnly} />
      {live && article ? <RepublishPanel article={article} /> : null}
    </>
  );
}
