import { useState } from 'react';
import { execute } from '../api';
import { graphql } from '../gql';
import type { RiskCategory } from '../gql/graphql';
import { LESSON_KIND, RISK_CATEGORY, useDate, useLang, useWords } from '../i18n';
import { useLoad, usePager } from '../ui/hooks';
import { Badge, PagedList, Panel } from '../ui/parts';

const Lessons = graphql(`
  query ConsoleLessons($clusterId: ID!, $category: RiskCategory, $search: String, $after: String) {
    lessons(clusterId: $clusterId, category: $category, search: $search, first: 20, after: $after) {
      nodes {
        id
        kind
        text
        byName
        categories
        evaluationTitle
        at
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CATEGORIES = Object.keys(RISK_CATEGORY) as RiskCategory[];

/** What finalized evaluations taught, newest first, searchable by text and risk category; for every role. */
export function LessonsPanel({ clusterId }: { clusterId: string }) {
  const { t } = useLang();
  const word = useWords();
  const date = useDate();
  const pager = usePager();
  const [category, setCategory] = useState<RiskCategory | ''>('');
  const [typed, setTyped] = useState('');
  // The search asked for: set when the form is sent, so typing does not query on every key.
  const [search, setSearch] = useState('');
  const list = useLoad(
    () =>
      execute(Lessons, { clusterId, category: category || undefined, search: search || undefined, after: pager.after }),
    `${clusterId}|${category}|${search}|${pager.after}`,
  );
  return (
    <Panel title={t('lessons')} loaded={list} testId="lessons">
      {(data) => (
        <>
          <form
            className="inline"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              setSearch(typed.trim());
              pager.reset();
            }}
          >
            <input
              aria-label={t('search')}
              placeholder={t('search')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <select
              aria-label={t('category')}
              value={category}
              onChange={(e) => {
                setCategory(e.target.value as RiskCategory | '');
                pager.reset();
              }}
            >
              <option value="">{t('allCategories')}</option>
              {CATEGORIES.map((value) => (
                <option key={value} value={value}>
                  {word(RISK_CATEGORY, value)}
                </option>
              ))}
            </select>
            <button type="submit">{t('search')}</button>
          </form>
          <PagedList items={data.lessons.nodes} pager={pager} pageInfo={data.lessons.pageInfo}>
            {(lesson) => (
              <li key={lesson.id} data-testid="lesson" data-kind={lesson.kind}>
                <Badge value={lesson.kind} words={LESSON_KIND} /> {lesson.text}
                <div className="muted">
                  {lesson.evaluationTitle} · {lesson.categories.map((value) => word(RISK_CATEGORY, value)).join(', ')} ·{' '}
                  {lesson.byName} · {date(lesson.at)}
                </div>
              </li>
            )}
          </PagedList>
        </>
      )}
    </Panel>
  );
}
