import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { useLang, useWords, type EnumWords } from '../i18n';
import type { CursorPager, Loaded } from './hooks';

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

/**
 * The foot of a form: its submit button (showing progress while the action runs), an optional cancel, and the
 * action's error, the API's message or what the form found missing before sending.
 */
export function FormActions({
  label,
  running,
  error,
  onCancel,
  disabled = false,
}: {
  label: string;
  running: boolean;
  error: Error | undefined;
  onCancel?: () => void;
  disabled?: boolean;
}) {
  const { t } = useLang();
  return (
    <>
      <div className="actions">
        <button type="submit" className="primary" disabled={running || disabled}>
          {running ? t('working') : label}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      <ErrorBox error={error} />
    </>
  );
}

/** A select of an enum's values, each shown as its word. */
export function EnumSelect<E extends string>({
  label,
  words,
  value,
  onChange,
}: {
  label: string;
  words: EnumWords<E>;
  value: E;
  onChange: (value: E) => void;
}) {
  const word = useWords();
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as E)}>
        {(Object.keys(words) as E[]).map((key) => (
          <option key={key} value={key}>
            {word(words, key)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Empty({ when }: { when: boolean }) {
  const { t } = useLang();
  return when ? <p className="empty">{t('none')}</p> : null;
}

/** An enum value (a status, a kind) as a word in the reader's language; the raw value stays in `data-status`. */
export function Badge<E extends string>({ value, words }: { value: E; words: EnumWords<E> }) {
  const word = useWords();
  return (
    <span className={`badge badge-${value.toLowerCase()}`} data-status={value}>
      {word(words, value)}
    </span>
  );
}

/**
 * One page of a list, the same on every screen: "nothing to show" when it is empty, the items (each renders its own
 * `<li>`, `<tr>` or block, with its key), and the pager when the API says there are more pages.
 */
export function PagedList<T>({
  items,
  children,
  pager,
  pageInfo,
  as = 'ul',
  head,
  showEmpty = true,
}: {
  items: readonly T[];
  children: (item: T) => ReactNode;
  /** The screen's cursors (usePager) and the page's pageInfo: both, for a list that pages. */
  pager?: CursorPager;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  /** `ul` for list items, `table` for rows (with `head` as the header row), `blocks` for blocks of their own. */
  as?: 'ul' | 'table' | 'blocks';
  head?: ReactNode;
  showEmpty?: boolean;
}) {
  return (
    <>
      {showEmpty && <Empty when={items.length === 0} />}
      {as === 'ul' && <ul>{items.map(children)}</ul>}
      {as === 'table' && (
        <table>
          {head && <thead>{head}</thead>}
          <tbody>{items.map(children)}</tbody>
        </table>
      )}
      {as === 'blocks' && items.map(children)}
      {pager && pageInfo && (
        <Pager
          page={pager.page}
          hasNextPage={pageInfo.hasNextPage}
          onNext={() => pager.next(pageInfo.endCursor)}
          onFirst={pager.reset}
        />
      )}
    </>
  );
}
