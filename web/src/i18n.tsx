import { createContext, useContext, useState, type ReactNode } from 'react';

export type Lang = 'en' | 'zh';

/** Every text of the console, in English and Chinese. One key, one sentence. */
const TEXT = {
  appName: ['CityPact console', 'CityPact 协同平台'],
  office: ['Coordination office', '协调办公室'],
  signIn: ['Sign in', '登录'],
  signInAs: ['Choose who you are (demo identities, local mode only)', '选择登录身份（演示身份，仅限本地模式）'],
  signInCognito: ['Sign in with your official account', '使用公务账号登录'],
  signOut: ['Sign out', '退出'],
  ide: ['GraphQL IDE', 'GraphQL 调试台'],
  loading: ['Loading…', '加载中…'],
  working: ['Working…', '处理中…'],
  next: ['Next page', '下一页'],
  first: ['First page', '第一页'],
  none: ['Nothing to show.', '暂无数据。'],
  save: ['Save', '保存'],
  submit: ['Submit', '提交'],
  cancel: ['Cancel', '取消'],
  reload: ['Reload', '刷新'],
  // Office
  whoIsLate: ['Who is late', '逾期情况'],
  overdueByCity: ['Overdue obligations by city', '各城市逾期义务'],
  dueSoon: ['Due in the next 24 hours', '24 小时内到期'],
  perCitySummary: ['Per-city summary', '各城市履约汇总'],
  open: ['Open', '未完成'],
  overdue: ['Overdue', '逾期'],
  fulfilledOnTime: ['On time', '按时履行'],
  fulfilledLate: ['Late', '逾期履行'],
  waived: ['Waived', '已豁免'],
  events: ['Events', '风险事件'],
  agreementsAwaiting: ['Agreements awaiting ratification', '待批准协议'],
  awaiting: ['Awaiting', '待批准方'],
  claimsToReview: ['Claims to review', '待审核补偿申请'],
  startReview: ['Start review', '开始审核'],
  shortfalls: ['Reserve shortfalls', '储备缺口'],
  required: ['Required', '要求'],
  available: ['Available', '可用'],
  trust: ['Trust ranking', '信用排名'],
  trustBound: ['Standing (90% sure)', '信用下限（90% 置信）'],
  trend: ['12 months', '近 12 个月'],
  aid: ['Mutual aid', '互助请求与响应'],
  map: ['Map of the cluster', '区域地图'],
  stock: ['Shareable stock', '可共享库存'],
  mode: ['Mode', '运行模式'],
  waive: ['Waive', '豁免'],
  reason: ['Reason', '理由'],
  // City
  myObligations: ['My obligations', '我的义务'],
  fulfil: ['Fulfil', '履行'],
  evidence: ['Evidence (what was done)', '履行证明（已采取的行动）'],
  myInventory: ['My inventory', '我的库存'],
  onHand: ['On hand', '现有'],
  shareable: ['Shareable', '可共享'],
  committed: ['Committed', '已承诺'],
  readiness: ['Readiness', '就绪状态'],
  versionConflict: [
    'Someone changed this item since you read it (now version {v}). The form shows the current figures: check them and save again.',
    '此条目在您读取后已被他人修改（当前版本 {v}）。表单已显示最新数据，请核对后重新保存。',
  ],
  aidICanAnswer: ['Aid requests I can answer', '可响应的互助请求'],
  offer: ['Offer', '提供'],
  accept: ['Accept', '接受'],
  myOffers: ['My offers', '我的响应'],
  myClaims: ['My claims', '我的补偿申请'],
  recordsAboutMe: ['Records about my city', '关于本市的履约记录'],
  dispute: ['Dispute', '提出异议'],
  statement: ['Statement', '异议说明'],
  // Evaluator
  myEvaluations: ['My evaluations', '我的评估'],
  score: ['Score', '评分'],
  findings: ['Findings', '评估发现'],
  saveDraft: ['Save draft', '保存草稿'],
  submitted: ['Submitted', '已提交'],
  draft: ['Draft', '草稿'],
  // Superior
  overseen: ['Clusters overseen', '监管的城市群'],
  escalations: ['Escalations', '上报事件'],
  obligations: ['Obligations', '义务'],
  showObligations: ['Show its obligations', '查看义务'],
  escalate: ['Escalate to the superior level', '上报上级'],
  switchTo: ['Switch to {mode}', '切换为{mode}'],
  link: ['Link', '链接'],
  recommendations: ['Recommendations', '建议'],
  item: ['Item', '库存条目'],
  quantity: ['Quantity', '数量'],
  language: ['中文', 'English'],
  // Event picture
  showPicture: ['Show the situation picture', '查看态势汇总'],
  picture: ['Situation picture', '态势汇总'],
  staleAfter: ['stale after', '超过此时长视为过时：'],
  totals: ['Totals', '合计'],
  citiesReporting: ['cities reporting: {n}', '已报告城市：{n} 个'],
  dead: ['Dead', '死亡'],
  injured: ['Injured', '受伤'],
  missing: ['Missing', '失踪'],
  evacuated: ['Evacuated', '转移'],
  affectedPopulation: ['Affected', '受影响人口'],
  stale: ['Stale', '已过时'],
  noLongerParty: ['no longer affected', '已不在受影响城市之列'],
  needs: ['Needs', '需求'],
  notReported: ['Not reported', '尚未报告'],
  // Inbox
  inbox: ['Inbox', '消息'],
  unreadCount: ['{n} unread', '{n} 条未读'],
  unreadOnly: ['Unread only', '仅看未读'],
  unread: ['Unread', '未读'],
  readAt: ['Read', '已读于'],
  markRead: ['Mark read', '标为已读'],
  markPageRead: ['Mark this page read', '本页全部标为已读'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXT;

const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({
  lang: 'en',
  setLang: () => undefined,
});

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('citypact.lang') === 'zh' ? 'zh' : 'en'));
  const setLang = (next: Lang) => {
    localStorage.setItem('citypact.lang', next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLangState(next);
  };
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export function useLang() {
  const { lang, setLang } = useContext(LangContext);
  const t = (key: TextKey, values: Record<string, string | number> = {}) =>
    TEXT[key][lang === 'zh' ? 1 : 0].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return { lang, setLang, t };
}

/** A city's (cluster's, resource type's) name in the reader's language: its Chinese name where the API has one. */
export function useNamer() {
  const { lang } = useLang();
  return (named: { name: string; localName?: string | null } | null | undefined) =>
    named ? (lang === 'zh' && named.localName ? named.localName : named.name) : '';
}

/** Dates in the reader's language, in the browser's time zone. */
export function useDate() {
  const { lang } = useLang();
  return (iso: string | null | undefined) =>
    iso
      ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })
      : '';
}
