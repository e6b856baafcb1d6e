import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `key`, and again on reload(); a newer load wins over an older one still in flight. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    const run = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    loader.current().then(
      (data) => run === latest.current && setState({ data, loading: false }),
      (error: unknown) =>
        run === latest.current &&
        setState({ error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    );
  }, [key, tick]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** A mutation's state: running shows progress, a failure keeps the API's message until the next try. */
export function useAction() {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setRunning(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      return undefined;
    } finally {
      setRunning(false);
    }
  }, []);
  return { running, error, run, setError };
}

/**
 * One idempotency key per record a form creates: the same key for every retry of it (so an answer lost on the way
 * never files it twice), and a new one once it is created (`renew`).
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(() => crypto.randomUUID());
  const renew = useCallback(() => setKey(crypto.randomUUID()), []);
  return { key, renew };
}

export interface CursorPager {
  /** The cursor the page shown starts after (null: the first page). */
  after: string | null;
  page: number;
  next: (endCursor: string | null | undefined) => void;
  reset: () => void;
}

/** Cursor pagination: the cursors of the pages before, so "first page" and "next page" both work. */
export function usePager(): CursorPager {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  return {
    after,
    page: cursors.length,
    next: (endCursor) => {
      if (endCursor) setCursors((list) => [...list, endCursor]);
    },
    reset: () => setCursors([null]),
  };
}
