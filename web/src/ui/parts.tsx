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

/** Status words the API answers, in Chinese; in English they show as the API writes them. */
const STATUS_ZH: Record<string, string> = {
  OPEN: '未完成',
  OVERDUE: '逾期',
  FULFILLED: '已履行',
  FULFILLED_LATE: '逾期履行',
  WAIVED: '已豁免',
  REPORTED: '已报告',
  CONFIRMED: '已确认',
  RESPONDING: '响应中',
  CLOSED: '已关闭',
  SUBMITTED: '已提交',
  DRAFT: '草稿',
  UNDER_REVIEW: '审核中',
  APPROVED: '已批准',
  PARTLY_APPROVED: '部分批准',
  REJECTED: '已驳回',
  APPEALED: '申诉中',
  SETTLED: '已结清',
  FILLED: '已满足',
  CANCELLED: '已取消',
  OFFERED: '已提供',
  ACCEPTED: '已接受',
  DECLINED: '已拒绝',
  WITHDRAWN: '已撤回',
  DISPATCHED: '已调运',
  ARRIVED: '已到达',
  RETURNED: '已归还',
  STANDING: '有效',
  DISPUTED: '异议中',
  UPHELD: '维持',
  OVERTURNED: '已撤销',
  FINALIZED: '已定稿',
  NORMAL: '常态',
  EMERGENCY: '应急',
  // Notification types
  OBLIGATION_CREATED: '新义务',
  OBLIGATION_DUE_SOON: '义务即将到期',
  OBLIGATION_OVERDUE: '义务逾期',
  AGREEMENT_PROPOSED: '协议待批准',
  AID_REQUESTED: '互助请求',
  AID_OFFER_RECEIVED: '收到互助响应',
  AID_OFFER_ACCEPTED: '互助响应被接受',
  AID_OFFER_DECLINED: '互助响应被拒绝',
  CLAIM_DECIDED: '补偿申请已决定',
  COMPLIANCE_RECORDED: '履约记录',
  DISPUTE_OPENED: '异议已提出',
  DISPUTE_RESOLVED: '异议已处理',
  EVENT_ESCALATED: '事件上报',
  EVALUATION_OPENED: '评估已启动',
};

export function Badge({ value }: { value: string }) {
  const { lang } = useLang();
  return (
    <span className={`badge badge-${value.toLowerCase()}`} data-status={value}>
      {lang === 'zh' ? (STATUS_ZH[value] ?? value) : value}
    </span>
  );
}
