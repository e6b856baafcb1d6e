import { createContext, useContext, useState, type ReactNode } from 'react';
import type {
  AidOfferStatus,
  AidRequestStatus,
  AssessmentStatus,
  ClaimStatus,
  CompensationCostKind,
  ClusterMode,
  ComplianceKind,
  ComplianceRecordStatus,
  CorrectiveActionStatus,
  CorrectiveActionStepKind,
  EmergencyLevel,
  EvaluationStatus,
  FormationMode,
  LessonKind,
  NotificationType,
  ObligationStatus,
  Readiness,
  ResourceTier,
  RiskCategory,
  RiskEventStatus,
  Role,
  TrustDirection,
  WarningLevel,
  WebhookDeliveryState,
  WebhookSubscriptionStatus,
} from './gql/graphql';

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
  claims: ['Compensation claims', '补偿申请'],
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
  // Corrective actions
  correctiveActions: ['Corrective actions', '整改措施'],
  status: ['Status', '状态'],
  any: ['Any', '全部'],
  overdueOnly: ['Overdue only', '仅看逾期'],
  notOverdue: ['Not overdue', '未逾期'],
  dueAt: ['due', '期限'],
  openAction: ['Open', '展开'],
  closeAction: ['Close', '收起'],
  history: ['History', '处理记录'],
  actionConflict: [
    'Someone changed this action since you read it (now version {v}, {status}). The current state is shown: check it and try again.',
    '此整改措施在您读取后已被他人修改（当前版本 {v}，{status}）。已显示最新状态，请核对后重试。',
  ],
  sentBack: ['Sent back', '退回'],
  progressNote: ['Progress note', '进展说明'],
  percent: ['Percent done', '完成百分比'],
  reportProgress: ['Report progress', '报告进展'],
  reportDone: ['Report done', '报告完成'],
  verifyReason: ['What was checked, or what is still missing', '核验内容，或尚缺事项'],
  verify: ['Verify', '核验通过'],
  sendBack: ['Send back', '退回整改'],
  setAction: ['Set a corrective action', '下达整改措施'],
  evaluation: ['Finalized evaluation', '已定稿的评估'],
  noFinalized: [
    'No finalized evaluation yet: actions are set from one.',
    '暂无已定稿的评估：整改措施须依据已定稿的评估下达。',
  ],
  owner: ['Owner city', '责任城市'],
  actionText: ['What is to be done', '整改内容'],
  chooseTime: ['Choose a date and time (all of it).', '请完整选择日期和时间。'],
  // Lessons
  lessons: ['Lessons learned', '经验教训'],
  search: ['Search', '搜索'],
  category: ['Risk category', '风险类别'],
  allCategories: ['All categories', '全部类别'],
  // Situation reports
  submitReport: ['Submit a situation report', '报送现场情况'],
  reportFor: ['For city', '报送城市'],
  asOf: ['Figures as of', '数据截至'],
  summary: ['Summary', '情况摘要'],
  needsOnePerLine: ['Needs (one a line)', '需求（每行一项）'],
  myEvents: ['Events my city is party to', '本市涉及的风险事件'],
  // Webhooks
  webhooks: ['Webhooks', 'Webhook 推送'],
  addWebhook: ['Add a webhook', '新增 Webhook'],
  webhookUrl: ['Receiver URL', '接收地址'],
  webhookEvents: ['Notifications it receives', '推送的通知类型'],
  secretOnce: [
    'The signing secret of {url}. It is shown this once: store it now with the receiver, CityPact never shows it again.',
    '{url} 的签名密钥仅显示这一次：请立即保存到接收端，CityPact 不会再次显示。',
  ],
  secretKept: ['I have stored it', '已保存'],
  pause: ['Pause', '暂停'],
  resume: ['Resume', '恢复'],
  delete: ['Delete', '删除'],
  confirmDelete: [
    'Delete the webhook to {url}? Nothing more is delivered to it.',
    '删除推送到 {url} 的 Webhook？此后不再推送。',
  ],
  deliveries: ['Recent deliveries', '最近推送'],
  attempts: ['{n} attempts', '尝试 {n} 次'],
  nextAttempt: ['next attempt', '下次尝试'],
  // What a form finds missing or malformed before it sends
  fillIn: ['Fill in: {field}.', '请填写：{field}。'],
  choose: ['Choose: {field}.', '请选择：{field}。'],
  notAnAmount: [
    '{field}: write an amount in {currency} such as 1234.56 (digits, at most {decimals} decimals).',
    '{field}：请按 1234.56 的格式填写{currency}金额（数字，最多 {decimals} 位小数）。',
  ],
  notWholeNumber: ['{field}: write a whole number.', '{field}：请填写整数。'],
  // Claims
  decide: ['Decide', '作出决定'],
  costItem: ['Cost item {n}', '费用项目 {n}'],
  claimed: ['Claimed', '申请金额'],
  approvedAmount: ['Approved amount', '批准金额'],
  reductionReason: ['Reason for the reduction', '核减理由'],
  approve: ['Approve', '批准'],
  reject: ['Reject', '驳回'],
  rejectReason: ['Reason for rejecting', '驳回理由'],
  decisionReason: ['Reason (required to reject; a note when approving)', '理由（驳回时必填；批准时可作说明）'],
  recordPayment: ['Record a payment', '登记付款'],
  payer: ['Payer', '付款方'],
  stillOwed: ['Still owed', '尚欠'],
  amount: ['Amount', '金额'],
  paymentReference: ['Bank or treasury reference', '银行或国库凭证号'],
  paidAt: ['Paid at (empty: now)', '付款时间（留空为现在）'],
  payments: ['Payments recorded', '已登记的付款'],
  fund: ['Regional fund', '区域基金'],
  fileClaim: ['File a claim', '提交补偿申请'],
  agreement: ['Agreement', '协议'],
  event: ['Event', '风险事件'],
  costKind: ['Cost kind', '费用类别'],
  description: ['Description', '说明'],
  evidenceRefs: ['Evidence references (one a line)', '凭证编号（每行一项）'],
  addItem: ['Add a cost item', '添加费用项目'],
  removeItem: ['Remove this item', '删除此项目'],
  noClaimableAgreement: [
    'No agreement in force with compensation terms names your city as a party.',
    '本市参与的生效协议中没有含补偿条款的协议。',
  ],
  // Events
  reportEvent: ['Report a risk event', '报告风险事件'],
  originCity: ['Origin city', '事发城市'],
  affectedCities: ['Affected cities', '受影响城市'],
  level: ['Emergency level', '响应级别'],
  warning: ['Warning level', '预警级别'],
  location: ['Location', '地点'],
  whatHappened: ['What happened', '事件描述'],
  observedAt: ['Observed at', '发现时间'],
  confirm: ['Confirm the event', '确认事件'],
  confirmedAt: ['Confirmed at (empty: now)', '确认时间（留空为现在）'],
  // Agreements
  ratify: ['Ratify', '批准'],
  decline: ['Decline', '不予批准'],
  declineReason: ['Reason for declining', '不予批准的理由'],
  ratifiedByYou: ['Your city has ratified this version.', '本市已批准此版本。'],
  // Mutual aid
  requestAid: ['Request aid', '请求互助'],
  myAidRequests: ['My aid requests', '本市的互助请求'],
  resourceType: ['Resource type', '资源类型'],
  minimumTier: ['Minimum tier', '最低能力等级'],
  neededBy: ['Needed by', '需要时间'],
  destination: ['Deliver to', '送达地点'],
  latitude: ['Latitude', '纬度'],
  longitude: ['Longitude', '经度'],
  forEvent: ['For event', '关联事件'],
  noEvent: ['No event', '不关联事件'],
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

// ---------------------------------------------------------------- enum words
// Every enum value a screen shows, as a word in both languages. One table per enum, typed against the generated enum
// type: a value the schema gains (or loses) fails `tsc -p web` until its words are written here.

/** An enum's words: [English, Chinese] for every value. */
export type EnumWords<E extends string> = Readonly<Record<E, readonly [string, string]>>;

export const OBLIGATION_STATUS: EnumWords<ObligationStatus> = {
  OPEN: ['Open', '未完成'],
  OVERDUE: ['Overdue', '逾期'],
  FULFILLED: ['Fulfilled', '已履行'],
  FULFILLED_LATE: ['Fulfilled late', '逾期履行'],
  WAIVED: ['Waived', '已豁免'],
};

export const RISK_EVENT_STATUS: EnumWords<RiskEventStatus> = {
  REPORTED: ['Reported', '已报告'],
  CONFIRMED: ['Confirmed', '已确认'],
  RESPONDING: ['Responding', '响应中'],
  CLOSED: ['Closed', '已关闭'],
};

export const RISK_CATEGORY: EnumWords<RiskCategory> = {
  NATURAL_DISASTER: ['Natural disaster', '自然灾害'],
  ACCIDENT: ['Accident', '事故灾难'],
  PUBLIC_HEALTH: ['Public health', '公共卫生'],
  SOCIAL_SECURITY: ['Social security', '社会安全'],
  TECHNOLOGY_CYBER: ['Technology and cyber', '技术与网络安全'],
};

export const EMERGENCY_LEVEL: EnumWords<EmergencyLevel> = {
  I: ['Level I (most severe)', 'I 级（特别重大）'],
  II: ['Level II', 'II 级（重大）'],
  III: ['Level III', 'III 级（较大）'],
  IV: ['Level IV', 'IV 级（一般）'],
};

export const WARNING_LEVEL: EnumWords<WarningLevel> = {
  RED: ['Red warning', '红色预警'],
  ORANGE: ['Orange warning', '橙色预警'],
  YELLOW: ['Yellow warning', '黄色预警'],
  BLUE: ['Blue warning', '蓝色预警'],
};

export const RESOURCE_TIER: EnumWords<ResourceTier> = {
  I: ['Tier I', 'I 类'],
  II: ['Tier II', 'II 类'],
  III: ['Tier III', 'III 类'],
};

export const READINESS: EnumWords<Readiness> = {
  READY: ['Ready', '就绪'],
  DEGRADED: ['Degraded', '部分可用'],
  UNAVAILABLE: ['Unavailable', '不可用'],
};

export const CLAIM_STATUS: EnumWords<ClaimStatus> = {
  SUBMITTED: ['Submitted', '已提交'],
  UNDER_REVIEW: ['Under review', '审核中'],
  APPROVED: ['Approved', '已批准'],
  PARTLY_APPROVED: ['Partly approved', '部分批准'],
  REJECTED: ['Rejected', '已驳回'],
  APPEALED: ['Appealed', '申诉中'],
  SETTLED: ['Settled', '已结清'],
};

export const COMPENSATION_COST_KIND: EnumWords<CompensationCostKind> = {
  TRANSPORT: ['Transport', '运输'],
  CONSUMABLES: ['Consumables', '消耗物资'],
  PERSONNEL_HOURS: ['Personnel hours', '人员工时'],
  EQUIPMENT_WEAR: ['Equipment wear', '装备损耗'],
  LOSSES_IN_AFFECTED_TERRITORY: ['Losses in the affected territory', '受影响地区损失'],
};

export const AID_REQUEST_STATUS: EnumWords<AidRequestStatus> = {
  OPEN: ['Open', '待响应'],
  FILLED: ['Filled', '已满足'],
  CLOSED: ['Closed', '已关闭'],
  CANCELLED: ['Cancelled', '已取消'],
};

export const AID_OFFER_STATUS: EnumWords<AidOfferStatus> = {
  OFFERED: ['Offered', '已提供'],
  ACCEPTED: ['Accepted', '已接受'],
  DECLINED: ['Declined', '已拒绝'],
  WITHDRAWN: ['Withdrawn', '已撤回'],
  CANCELLED: ['Cancelled', '已取消'],
  DISPATCHED: ['Dispatched', '已调运'],
  ARRIVED: ['Arrived', '已到达'],
  RETURNED: ['Returned', '已归还'],
};

export const COMPLIANCE_RECORD_STATUS: EnumWords<ComplianceRecordStatus> = {
  STANDING: ['Standing', '有效'],
  DISPUTED: ['Disputed', '异议中'],
  UPHELD: ['Upheld', '维持'],
  OVERTURNED: ['Overturned', '已撤销'],
};

export const COMPLIANCE_KIND: EnumWords<ComplianceKind> = {
  FULFILLED: ['Fulfilled on time', '按时履行'],
  FULFILLED_LATE: ['Fulfilled late', '逾期履行'],
  LATE: ['Late', '逾期未履行'],
  INCOMPLETE_REPORT: ['Incomplete report', '报告不完整'],
  CONCEALED_OR_FALSE_REPORT: ['Concealed or false report', '瞒报或虚报'],
  REFUSED_JOINT_ACTION: ['Refused joint action', '拒绝联合行动'],
  SLOW_RESPONSE: ['Slow response', '响应迟缓'],
  NON_COOPERATION: ['Non-cooperation', '不配合'],
  CONTRIBUTION_MISSED: ['Fund contribution missed', '未按期缴纳基金'],
  EVALUATION_REWARD: ['Evaluation reward', '评估奖励'],
  EVALUATION_PENALTY: ['Evaluation penalty', '评估扣分'],
  CORRECTIVE_ACTION_OVERDUE: ['Corrective action overdue', '整改逾期'],
};

export const CLUSTER_MODE: EnumWords<ClusterMode> = {
  NORMAL: ['Normal', '常态'],
  EMERGENCY: ['Emergency', '应急'],
};

export const FORMATION_MODE: EnumWords<FormationMode> = {
  PARALLEL_VOLUNTARY: ['Parallel voluntary cluster', '平行自愿型城市群'],
  SUPERIOR_LED: ['Led by the superior level', '上级主导型城市群'],
};

export const EVALUATION_STATUS: EnumWords<EvaluationStatus> = {
  OPEN: ['Open', '进行中'],
  FINALIZED: ['Finalized', '已定稿'],
};

export const ASSESSMENT_STATUS: EnumWords<AssessmentStatus> = {
  DRAFT: ['Draft', '草稿'],
  SUBMITTED: ['Submitted', '已提交'],
};

export const TRUST_DIRECTION: EnumWords<TrustDirection> = {
  IMPROVING: ['Improving', '上升'],
  STABLE: ['Stable', '平稳'],
  DECLINING: ['Declining', '下降'],
};

export const ROLE: EnumWords<Role> = {
  COORDINATOR: ['Coordination office', '协调办公室'],
  CITY: ['City officer', '城市应急部门'],
  EVALUATOR: ['Evaluator', '评估机构'],
  SUPERIOR: ['Superior level', '上级部门'],
  SYSTEM: ['CityPact (automatic)', 'CityPact（自动）'],
};

export const NOTIFICATION_TYPE: EnumWords<NotificationType> = {
  OBLIGATION_CREATED: ['New obligation', '新义务'],
  OBLIGATION_DUE_SOON: ['Obligation due soon', '义务即将到期'],
  OBLIGATION_OVERDUE: ['Obligation overdue', '义务逾期'],
  AGREEMENT_PROPOSED: ['Agreement proposed', '协议待批准'],
  AID_REQUESTED: ['Aid requested', '互助请求'],
  AID_OFFER_RECEIVED: ['Aid offer received', '收到互助响应'],
  AID_OFFER_ACCEPTED: ['Aid offer accepted', '互助响应被接受'],
  AID_OFFER_DECLINED: ['Aid offer declined', '互助响应被拒绝'],
  CLAIM_DECIDED: ['Claim decided', '补偿申请已决定'],
  COMPLIANCE_RECORDED: ['Compliance recorded', '履约记录'],
  DISPUTE_OPENED: ['Dispute opened', '异议已提出'],
  DISPUTE_RESOLVED: ['Dispute resolved', '异议已处理'],
  EVENT_ESCALATED: ['Event escalated', '事件上报'],
  EVALUATION_OPENED: ['Evaluation opened', '评估已启动'],
};

export const CORRECTIVE_ACTION_STATUS: EnumWords<CorrectiveActionStatus> = {
  OPEN: ['Open', '待整改'],
  IN_PROGRESS: ['In progress', '整改中'],
  DONE: ['Done, awaiting verification', '已完成待核验'],
  VERIFIED: ['Verified', '已核验'],
};

export const CORRECTIVE_ACTION_STEP_KIND: EnumWords<CorrectiveActionStepKind> = {
  CREATED: ['Set', '下达'],
  PROGRESS: ['Progress reported', '报告进展'],
  COMPLETED: ['Reported done', '报告完成'],
  VERIFIED: ['Verified', '核验通过'],
  VERIFICATION_FAILED: ['Sent back', '核验未通过'],
};

export const LESSON_KIND: EnumWords<LessonKind> = {
  RECOMMENDATION: ['Recommendation', '评估建议'],
  VERIFIED_ACTION: ['Verified corrective action', '已核验的整改措施'],
};

export const WEBHOOK_SUBSCRIPTION_STATUS: EnumWords<WebhookSubscriptionStatus> = {
  ACTIVE: ['Active', '启用'],
  PAUSED: ['Paused', '已暂停'],
};

export const WEBHOOK_DELIVERY_STATE: EnumWords<WebhookDeliveryState> = {
  PENDING: ['Pending', '待推送'],
  DELIVERED: ['Delivered', '已送达'],
  PARKED: ['Parked', '已搁置'],
};

/** An enum value as a word in the reader's language. */
export function useWords() {
  const { lang } = useLang();
  return <E extends string>(words: EnumWords<E>, value: E): string => words[value][lang === 'zh' ? 1 : 0];
}
