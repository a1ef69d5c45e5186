import { useT } from '../i18n/i18n.tsx';
import { TextAreaField, TextField } from './text-field.tsx';

/** How the article looks when shared: its own title and description, or the headline and dek. */
export function SocialFields(props: {
  title: string;
  description: string;
  headline: string;
  dek: string;
  onChange(name: 'socialTitle' | 'socialDescription', value: string): void;
  errors: Record<string, string>;
  readOnly: boolean;
  lang: string;
}) {
  const t = useT();
  return (
    <section className="side-section" aria-labelledby="social-title">
      <h2 id="social-title">{t('editor.social.title')}</h2>
      <TextField
        id="article-social-title"
        label={t('editor.field.socialTitle')}
        value={props.title}
        placeholder={props.headline}
        lang={props.lang}
        readOnly={props.readOnly}
        maxLength={300}
        hint={t('editor.social.titleHint')}
        error={props.errors.socialTitle}
        onChange={(event) => props.onChange('socialTitle', event.target.value)}
      />
      <TextAreaField
        id="article-social-description"
        label={t('editor.field.socialDescription')}
        value={props.description}
        placeholder={props.dek}
        lang={props.lang}
        readOnly={props.readOnly}
        rows={3}
        maxLength={1000}
        hint={t('editor.social.descriptionHint')}
        error={props.errors.socialDescription}
        onChange={(event) => props.onChange('socialDescription', event.target.value)}
      />
    </section>
  );
}
