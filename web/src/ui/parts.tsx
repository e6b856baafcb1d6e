import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { useLang } from '../i18n';
import type { Loaded } from './hooks';

/** An API error as its message (and code), never a blank screen. */
export function ErrorBox({ error }: { error: Error | undefined }) {
  if (!error) return null;
  return (
    <div className="error" role="alert">
      {error.message}
      {error instanceof ApiError && <span className="code"> ({error.code})</span>}
    </div>
  );
}

export function Progress({ label }: { label?: string }) {
  const { t } = useLang();
  return (
    <div className="progress" role="status">
      <span className="spinner" aria-hidden="true" /> {label ?? t('loading')}
    </div>
  );
}

/** A titled panel that shows progress while loading and the API's message when the load failed. */
export function Panel<T>({
  title,
  loaded,
  children,
  testId,
  wide = false,
}: {
  title: string;
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
  testId?: string;
  /** Spans the whole width of the screen (tables with inputs). */
  wide?: boolean;
}) {
  const { t } = useLang();
  return (
    <section className={wide ? 'panel wide' : 'panel'} data-testid={testId}>
      <header>
        <h2>{title}</h2>
        <button type="button" className="link" onClick={loaded.reload} disabled={loaded.loading}>
          {t('reload')}
        </button>
      </header>
      <ErrorBox error={loaded.error} />
      {loaded.loading && <Progress />}
      {loaded.data !== undefined && children(loaded.data)}
    </section>
  );
}

export function Pager({
  page,
  hasNextPage,
  onNext,
  onFirst,
}: {
  page: number;
  hasNextPage: boolean;
  onNext: () => void;
  onFirst: () => void;
}) {
  const { t } = useLang();
  if (page === 1 && !hasNextPage) return null;
  return (
    <nav className="pager">
      <button type="button" onClick={onFirst} disabled={page === 1}>
        {t('first')}
      </button>
      <span>{page}</span>
      <button type="button" onClick={onNext} disabled={!hasNextPage}>
        {t('next')}
      </button>
    </nav>
  );
}

export function Empty({ when }: { when: boolean }) {
  const { t } = useLang();
  return when ? <p className="empty">{t('none')}</p> : null;
}

export function Badge({ value }: { value: string }) {
  return <span className={`badge badge-${value.toLowerCase()}`}>{value}</span>;
}
