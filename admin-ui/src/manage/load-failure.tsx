import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';

/** A load that failed: what the server said (or that it could not be reached), and a retry. */
export function LoadFailure(props: { error: Error | null; retry(): void }) {
  const t = useT();
  if (!props.error) return null;
  const message = props.error instanceof ApiError ? props.error.message : t('manage.unreachable');
  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      {props.error instanceof ApiError && props.error.status === 403 ? null : (
        <button type="button" onClick={props.retry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
