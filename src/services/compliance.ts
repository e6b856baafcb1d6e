import { recordCounts, recordSeverity } from '../store/trust-tallies';
import { complianceRecorded, disputeOpened, disputeResolved } from '../domain/notifications/announcements';
import { randomUUID } from 'node:crypto';
import { actorOf, ownCityOf } from '../auth/caller';
import type { Resource } from '../auth/policy';
import type { RequestContext } from '../context';
import { formatMoney, money, type Money } from '../domain/compensation/money';
import { consequenceEntryId } from '../domain/compensation/ids';
import { FUND_PAYER_ID } from '../domain/compensation/split';
import { partnerStandingKey, standingConcern, subjectKeyOf } from '../domain/compliance/ids';
import { BadInputError, ConflictError, InvalidStateError } from '../domain/errors';
import { validateEvidence } from '../domain/obligations/status';
import type { Page, PageRequest } from '../domain/pagination';
import { requiredText } from '../domain/text';
import { parseDateTime } from '../domain/time';
import { assertManualKind, validateConsequence, type ConsequenceInput } from '../domain/trust/consequences';
import { disputeDeadline, settingsOf } from '../domain/trust/settings';
import {
  DEFAULT_SEVERITY,
  KIND_LABEL,
  isPositiveKind,
  type ComplianceKind,
  type Severity,
} from '../domain/trust/standing';
import { recordVersion, type LedgerWrite } from '../store/compliance';
import type { StoredCluster, StoredComplianceRecord, StoredLedgerEntry } from '../store/entities';
import { allows, clusterFor, enforce, notFound } from './access';
import { assertLedgerCurrency, ledgerRefusals } from './claims';
import { ensureLedgerTotals } from '../store/ledger';
import { evaluatorScope, inEvaluatorScope, recordConcern } from './evaluator-scope';
import { agreementCities, cityName, eventCities } from './participants';
import { idempotencyScope, idempotentRequest } from '../domain/idempotency';

export function statusOf(record: StoredComplianceRecord): NonNullable<StoredComplianceRecord['status']> {
  return record.status ?? 'STANDING';
}

/** A record counts towards trust unless a dispute overturned it or it was withdrawn (its obligation was waived). */
export function counts(record: StoredComplianceRecord): boolean {
  return recordCounts(record);
}

export function severityOf(record: StoredComplianceRecord): Severity {
  return recordSeverity(record);
}

/** The end of a record's dispute window: fixed when recorded (early automatic records use the cluster's current window). */
export function disputeWindowEnd(record: StoredComplianceRecord, cluster: StoredCluster): string {
  return (
    record.disputeWindowEndsAt ?? disputeDeadline(settingsOf(cluster.trustSettings), record.recordedAt ?? record.at)
  );
}

/** The access facts of a record: its subject, who recorded it, and whether an evaluator evaluates what it concerns. */
export async function recordAccess(ctx: RequestContext, record: StoredComplianceRecord): Promise<Resource> {
  return {
    clusterId: record.clusterId,
    cityId: record.cityId,
    owedByOffice: !record.cityId,
    recordedBySuperior: record.recordedBy.role === 'SUPERIOR',
    inEvaluatorScope: await inEvaluatorScope(ctx, record.clusterId, () => recordConcern(ctx, record)),
  };
}

/** A record the caller may see (a city: about itself or the office; an evaluator: about what it evaluates), or NOT_FOUND. */
export async function recordFor(ctx: RequestContext, recordId: string): Promise<StoredComplianceRecord> {
  const record = await ctx.store.compliance.get(recordId);
  if (!record) throw notFound('compliance record', recordId);
  enforce(ctx, 'compliance:read', await recordAccess(ctx, record), () => notFound('compliance record', recordId));
  return record;
}

/** A record named by another one, or null when none is named or the caller may not read it. */
export async function readableRecord(
  ctx: RequestContext,
  clusterId: string,
  recordId: string | null | undefined,
): Promise<StoredComplianceRecord | null> {
  if (!recordId) return null;
  const record = await ctx.loaders.complianceRecord.load(recordId);
  if (!record || record.clusterId !== clusterId) return null;
  return allows(ctx, 'compliance:read', await recordAccess(ctx, record)) ? record : null;
}

export interface ComplianceFilter {
  cityId?: string | null;
  aboutCoordinationOffice?: boolean | null;
  status?: StoredComplianceRecord['status'] | null;
}

/**
 * A page of the records about one subject (or the cluster's). A city asking for no subject gets the records about
 * itself. An evaluator names a party of what it evaluates and gets the records about it that concern that work, so a
 * page may hold fewer than asked.
 */
export async function listRecords(
  ctx: RequestContext,
  clusterId: string,
  filter: ComplianceFilter,
  page: PageRequest,
): Promise<Page<StoredComplianceRecord>> {
  await clusterFor(ctx, clusterId, 'cluster:read');
  if (filter.cityId && filter.aboutCoordinationOffice)
    throw new BadInputError('Ask for the records about one city or about the coordination office, not both.');
  const aboutOffice = !!filter.aboutCoordinationOffice;
  let subjectKey = aboutOffice ? subjectKeyOf(clusterId, null) : (filter.cityId ?? null);
  const scope = await evaluatorScope(ctx, clusterId);
  const requested: Resource = {
    clusterId,
    selection: true,
    ...(filter.cityId ? { cityId: filter.cityId } : {}),
    ...(aboutOffice ? { owedByOffice: true } : {}),
    // Some work of the evaluator's reaches records about this party: the rows are then matched one by one.
    inEvaluatorScope:
      !!subjectKey && scope.grants.some((grant) => grant.subject === undefined || grant.subject === subjectKey),
  };
  const own = ownCityOf(ctx.caller);
  if (!allows(ctx, 'compliance:read', requested) && !subjectKey && own) {
    // Not the whole cluster: the records about one's own city.
    enforce(ctx, 'compliance:read', { ...requested, cityId: own }, () => notFound('cluster', clusterId));
    subjectKey = own;
  } else {
    enforce(ctx, 'compliance:read', requested, () =>
      filter.cityId ? notFound('city', filter.cityId) : notFound('cluster', clusterId),
    );
  }
  const result = await ctx.store.compliance.list(clusterId, { subjectKey, status: filter.status ?? null }, page);
  const readable = await Promise.all(
    result.items.map(async (record) => allows(ctx, 'compliance:read', await recordAccess(ctx, record))),
  );
  return { ...result, items: result.items.filter((_, index) => readable[index]) };
}

export interface RecordComplianceInput {
  clusterId: string;
  cityId?: string | null;
  aboutCoordinationOffice?: boolean | null;
  kind: ComplianceKind;
  severity?: Severity | null;
  note: string;
  evidence: { text: string; links?: string[] | null };
  at?: string | null;
  obligationId?: string | null;
  eventId?: string | null;
  agreementId?: string | null;
  claimId?: string | null;
  consequence?: ConsequenceInput | null;
  idempotencyKey?: string | null;
}

/**
 * What a record concerns, each checked to exist in the cluster. `circles` are the sets of cities that take part in
 * each thing named (an obligation or claim stands for its event and agreement): partners share one of them.
 */
/**
 * An event or agreement named beside an obligation or claim must be its own: otherwise a record could pair a partner's
 * obligation with an unrelated event both cities share, and so pass as a partner's record (and an evaluator's scope)
 * of something the recorder had no part in.
 */
function assertWithin(
  what: 'obligation' | 'claim',
  concern: { eventId?: string; agreementId: string },
  input: RecordComplianceInput,
): void {
  if (input.eventId && concern.eventId !== input.eventId) {
    throw new BadInputError(
      `The ${what} named belongs to another risk event than the one named. Name its own event, or leave the event out.`,
      { field: 'eventId' },
    );
  }
  if (input.agreementId && concern.agreementId !== input.agreementId) {
    throw new BadInputError(
      `The ${what} named falls under another agreement than the one named. Name its own agreement, or leave the agreement out.`,
      { field: 'agreementId' },
    );
  }
}

async function concernsOf(
  ctx: RequestContext,
  input: RecordComplianceInput,
): Promise<{ circles: Set<string>[]; obligee?: string }> {
  const { clusterId } = input;
  const circles: Set<string>[] = [];
  let obligee: string | undefined;
  if (input.eventId) circles.push(await eventCities(ctx, clusterId, input.eventId));
  if (input.agreementId) circles.push(await agreementCities(ctx, clusterId, input.agreementId));
  if (input.obligationId) {
    const obligation = await ctx.loaders.obligation.load(input.obligationId);
    if (!obligation || obligation.clusterId !== clusterId) throw notFound('obligation', input.obligationId);
    obligee = obligation.obligeeKey;
    assertWithin('obligation', obligation, input);
    if (obligation.eventId) circles.push(await eventCities(ctx, clusterId, obligation.eventId));
    circles.push(await agreementCities(ctx, clusterId, obligation.agreementId));
  }
  if (input.claimId) {
    const claim = await ctx.store.claims.get(input.claimId);
    if (!claim || claim.clusterId !== clusterId) throw notFound('claim', input.claimId);
    assertWithin('claim', claim, input);
    circles.push(
      await eventCities(ctx, clusterId, claim.eventId),
      await agreementCities(ctx, clusterId, claim.agreementId),
    );
  }
  return { circles, obligee };
}

/** The ledger line a money consequence writes: a surcharge is owed to the fund, a bonus owed by it. */
function consequenceEntry(
  record: StoredComplianceRecord,
  amount: Money,
  at: string,
  reversal = false,
): StoredLedgerEntry {
  const surcharge = record.consequence!.kind === 'FUND_SURCHARGE';
  const [payerId, payeeId] = surcharge ? [record.cityId!, FUND_PAYER_ID] : [FUND_PAYER_ID, record.cityId!];
  const kind = reversal ? 'REVERSAL' : surcharge ? 'SURCHARGE' : 'BONUS';
  return {
    entryId: consequenceEntryId(kind, record.recordId),
    clusterId: record.clusterId,
    kind,
    // A reversal is the same line the other way round, so the two net to nothing.
    payerId: reversal ? payeeId : payerId,
    payeeId: reversal ? payerId : payeeId,
    amountMinor: amount.minor.toString(),
    currency: amount.currency,
    complianceRecordId: record.recordId,
    reference: `${reversal ? 'Reversal of ' : ''}${surcharge ? 'surcharge' : 'bonus'} for compliance record ${record.recordId}`,
    at,
    recordedBy: record.recordedBy,
  };
}

export async function recordCompliance(
  ctx: RequestContext,
  input: RecordComplianceInput,
): Promise<StoredComplianceRecord> {
  const keyed = idempotentRequest(input.idempotencyKey, input);
  const cluster = await clusterFor(ctx, input.clusterId, 'cluster:read', true);
  const aboutOffice = !!input.aboutCoordinationOffice;
  if (aboutOffice === !!input.cityId)
    throw new BadInputError('Name the city the record is about, or set aboutCoordinationOffice, not both.');
  if (input.cityId) {
    const city = await ctx.loaders.city.load(input.cityId);
    if (!city || city.clusterId !== input.clusterId) throw notFound('city', input.cityId);
  }
  if (!input.obligationId && !input.eventId && !input.agreementId && !input.claimId) {
    throw new BadInputError('Name what the record concerns: an obligation, a risk event, an agreement or a claim.');
  }
  assertManualKind(input.kind);
  const { circles, obligee } = await concernsOf(ctx, input);
  const subjectKey = subjectKeyOf(input.clusterId, input.cityId);
  const own = ownCityOf(ctx.caller);
  enforce(
    ctx,
    'compliance:record',
    {
      clusterId: input.clusterId,
      cityId: input.cityId ?? undefined,
      owedByOffice: aboutOffice,
      sharedConcern: !!own && !!input.cityId && circles.some((circle) => circle.has(own) && circle.has(input.cityId!)),
      positiveKind: isPositiveKind(input.kind),
      withConsequence: !!input.consequence,
      ...(input.cityId ? { cityName: await cityName(ctx, input.cityId) } : {}),
    },
    () => notFound('cluster', input.clusterId),
  );
  if (obligee && obligee !== subjectKey)
    throw new BadInputError(
      'The obligation named is owed by someone else; a record about an obligation is about the party that owes it.',
    );
  // A partner city's record is horizontal supervision; the office's and the superior's are vertical.
  const horizontal = !!own;
  const now = ctx.now();
  const at = input.at ? parseDateTime(input.at, 'time it happened') : now;
  if (at > now) throw new BadInputError('A record is about something that happened: its time cannot be in the future.');
  const note = requiredText(input.note, 'note', 2000);
  const evidence = validateEvidence(input.evidence.text, input.evidence.links ?? []);
  let consequence: StoredComplianceRecord['consequence'];
  let amount: Money | undefined;
  if (input.consequence) {
    const checked = validateConsequence(input.kind, input.consequence, now);
    if (aboutOffice && checked.kind !== 'FORMAL_WARNING' && checked.kind !== 'COMMENDATION') {
      throw new BadInputError(
        'The coordination office holds no account with the regional fund: surcharges, bonuses and suspensions apply to member cities only.',
      );
    }
    if (checked.amount) await assertLedgerCurrency(ctx, input.clusterId, checked.amount.currency);
    amount = checked.amount;
    consequence = {
      kind: checked.kind,
      ...(amount ? { amountMinor: amount.minor.toString(), currency: amount.currency } : {}),
      ...(checked.until ? { until: checked.until } : {}),
    };
  }
  const actor = actorOf(ctx.caller);
  const record: StoredComplianceRecord = {
    recordId: `cr_${randomUUID()}`,
    clusterId: input.clusterId,
    kind: input.kind,
    subjectKey,
    ...(input.cityId ? { cityId: input.cityId } : {}),
    ...(input.obligationId ? { obligationId: input.obligationId } : {}),
    ...(input.eventId ? { eventId: input.eventId } : {}),
    ...(input.agreementId ? { agreementId: input.agreementId } : {}),
    ...(input.claimId ? { claimId: input.claimId } : {}),
    supervision: horizontal ? 'HORIZONTAL' : 'VERTICAL',
    severity: input.severity ?? DEFAULT_SEVERITY[input.kind],
    note,
    evidence,
    at,
    recordedAt: now,
    recordedBy: actor,
    automatic: false,
    disputeWindowEndsAt: disputeDeadline(settingsOf(cluster.trustSettings), now),
    status: 'STANDING',
    ...(consequence ? { consequence } : {}),
    version: 1,
  };
  // A money consequence is a ledger line; a suspension bars the fund from paying the city: both in the record's write.
  const ledger =
    amount || consequence?.until
      ? await ledgerWriteOf(ctx, record, {
          ...(amount ? { entry: consequenceEntry(record, amount, now) } : {}),
          ...(consequence?.until && record.cityId ? { barUntil: consequence.until } : {}),
        })
      : undefined;
  const idempotency = keyed && { scope: idempotencyScope('recordCompliance', input.clusterId, actor.id), ...keyed };
  const recorded = complianceRecorded(
    record,
    {
      recorderName: own
        ? await cityName(ctx, own)
        : actor.role === 'SUPERIOR'
          ? 'The superior level'
          : 'The coordination office',
      subjectName: await subjectNameOf(ctx, record),
      kindLabel: KIND_LABEL[record.kind],
    },
    now,
  );
  // Only a partner city's records are keyed: another city's record of the same breach, or a new one after a dispute
  // overturned the first, still counts; the office and the superior level answer for each record they make.
  if (!own) return ctx.store.compliance.create(record, idempotency, actor, now, ledger, recorded);
  const recorderCityId = own;
  try {
    return await ctx.store.compliance.create(
      { ...record, standingKey: partnerStandingKey({ ...record, recorderCityId, ...standingConcern(record) }) },
      idempotency,
      actor,
      now,
      ledger,
      recorded,
    );
  } catch (error) {
    if (error instanceof ConflictError && 'existingRecordId' in error.details)
      throw await alreadyStanding(ctx, recorderCityId, record, error.details.existingRecordId as string | null);
    throw error;
  }
}

/** The subject of a record as announcements name it. */
async function subjectNameOf(ctx: RequestContext, record: StoredComplianceRecord): Promise<string> {
  return record.cityId ? cityName(ctx, record.cityId) : 'the coordination office';
}

async function alreadyStanding(
  ctx: RequestContext,
  recorderCityId: string,
  record: StoredComplianceRecord,
  existingRecordId: string | null,
): Promise<ConflictError> {
  const recorder = await cityName(ctx, recorderCityId);
  const subject = record.cityId ? await cityName(ctx, record.cityId) : 'the coordination office';
  return new ConflictError(
    `${recorder} already recorded "${KIND_LABEL[record.kind]}" about ${subject} for the same ${concernWords(record)}${existingRecordId ? ` (record ${existingRecordId})` : ''}. ` +
      'The same breach counts once; it can be recorded again only if a dispute overturns that record.',
    { existingRecordId },
  );
}

function concernWords(record: StoredComplianceRecord): string {
  const words = [
    record.obligationId && 'obligation',
    record.eventId && 'event',
    record.agreementId && 'agreement',
    record.claimId && 'claim',
  ].filter(Boolean);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0] || 'matter';
}

function assertVersion(record: StoredComplianceRecord, expectedVersion: number): void {
  if (recordVersion(record) !== expectedVersion) {
    throw new ConflictError(
      `The record was changed by someone else after you read it (you had version ${expectedVersion}, it is now version ${recordVersion(record)}, ${statusOf(record)}). Nothing was changed.`,
      { yourVersion: expectedVersion, currentVersion: recordVersion(record) },
    );
  }
}

export async function disputeRecord(
  ctx: RequestContext,
  input: {
    recordId: string;
    expectedVersion: number;
    statement: string;
    evidence?: { text: string; links?: string[] | null } | null;
  },
): Promise<StoredComplianceRecord> {
  const record = await recordFor(ctx, input.recordId);
  enforce(ctx, 'compliance:dispute', await recordAccess(ctx, record), () =>
    notFound('compliance record', input.recordId),
  );
  assertVersion(record, input.expectedVersion);
  if (statusOf(record) !== 'STANDING') {
    throw new InvalidStateError(
      `This record is ${statusOf(record)}: a record can be disputed once, and this one already was.`,
      { currentState: statusOf(record), allowed: [] },
    );
  }
  const now = ctx.now();
  const cluster = await clusterFor(ctx, record.clusterId, 'cluster:read');
  const windowEnd = disputeWindowEnd(record, cluster);
  if (now > windowEnd)
    throw new InvalidStateError(
      `The dispute window for this record closed on ${windowEnd}; it can no longer be disputed.`,
      { currentState: statusOf(record), disputeWindowEndedAt: windowEnd },
    );
  const statement = requiredText(input.statement, 'dispute statement', 5000);
  const evidence = input.evidence ? validateEvidence(input.evidence.text, input.evidence.links ?? []) : undefined;
  const actor = actorOf(ctx.caller);
  return ctx.store.compliance.update(
    record,
    { status: 'DISPUTED', dispute: { statement, ...(evidence ? { evidence } : {}), filedAt: now, filedBy: actor } },
    { action: 'COMPLIANCE_DISPUTED', changes: { status: [statusOf(record), 'DISPUTED'] } },
    actor,
    now,
    undefined,
    disputeOpened(
      record,
      { subjectName: await subjectNameOf(ctx, record), kindLabel: KIND_LABEL[record.kind] },
      // The office resolves disputes about cities; the superior level those about the office and about its own records.
      record.cityId && record.recordedBy.role !== 'SUPERIOR' ? 'OFFICE' : 'SUPERIOR',
      now,
    ),
  );
}

export async function resolveDispute(
  ctx: RequestContext,
  input: { recordId: string; expectedVersion: number; resolution: 'UPHELD' | 'OVERTURNED'; reasons: string },
): Promise<StoredComplianceRecord> {
  const record = await recordFor(ctx, input.recordId);
  enforce(ctx, 'compliance:resolve', await recordAccess(ctx, record), () =>
    notFound('compliance record', input.recordId),
  );
  assertVersion(record, input.expectedVersion);
  if (statusOf(record) !== 'DISPUTED' || !record.dispute)
    throw new InvalidStateError(`This record is ${statusOf(record)}; only a disputed record can be resolved.`, {
      currentState: statusOf(record),
    });
  const reasons = requiredText(input.reasons, 'reasons', 5000);
  const now = ctx.now();
  const actor = actorOf(ctx.caller);
  let consequence = record.consequence;
  let ledger: LedgerWrite | undefined;
  if (input.resolution === 'OVERTURNED' && consequence && !consequence.reversedAt) {
    consequence = { ...consequence, reversedAt: now };
    if (consequence.amountMinor) {
      const amount = money(BigInt(consequence.amountMinor), consequence.currency!);
      ledger = await ledgerWriteOf(ctx, record, {
        entry: { ...consequenceEntry(record, amount, now, true), recordedBy: actor },
      });
    } else if (consequence.kind === 'FUND_DRAW_SUSPENSION' && record.cityId) {
      ledger = await ledgerWriteOf(ctx, record, { lift: true });
    }
  }
  return ctx.store.compliance.update(
    record,
    {
      status: input.resolution,
      dispute: { ...record.dispute, resolution: input.resolution, reasons, resolvedAt: now, resolvedBy: actor },
      ...(consequence ? { consequence } : {}),
    },
    {
      action: 'COMPLIANCE_DISPUTE_RESOLVED',
      changes: {
        status: ['DISPUTED', input.resolution],
        reversed: [
          null,
          ledger?.entry ? formatMoney(money(BigInt(ledger.entry.amountMinor), ledger.entry.currency)) : null,
        ],
      },
    },
    actor,
    now,
    ledger,
    disputeResolved(record, { kindLabel: KIND_LABEL[record.kind], resolution: input.resolution, reasons }, now),
  );
}

/**
 * The ledger write of a record's consequence: its line, and for a suspension the bar on the fund paying the city (the
 * latest end of the suspensions in effect, as read; the write is refused if another sanction moved it meanwhile).
 */
async function ledgerWriteOf(
  ctx: RequestContext,
  record: StoredComplianceRecord,
  change: { entry?: StoredLedgerEntry; barUntil?: string; lift?: boolean },
): Promise<LedgerWrite> {
  const refusals = await ledgerRefusals(ctx);
  const entry = change.entry ? { entry: change.entry } : {};
  if (!record.cityId || (!change.barUntil && !change.lift)) return { ...entry, refusals };
  const now = ctx.now();
  await ensureLedgerTotals(record.clusterId, now);
  const cityId = record.cityId;
  const previous = (await ctx.store.ledger.positionsOf(record.clusterId, [cityId])).get(cityId)?.drawBarredUntil;
  const others = (await ctx.store.compliance.suspensions(record.clusterId))
    .filter(
      (other) => other.cityId === cityId && other.recordId !== record.recordId && !other.liftedAt && other.until > now,
    )
    .map((other) => other.until);
  const ends = [...others, ...(change.barUntil ? [change.barUntil] : [])].sort();
  return {
    ...entry,
    refusals,
    drawBar: {
      clusterId: record.clusterId,
      cityId,
      until: ends[ends.length - 1] ?? '',
      previous,
      changed: () =>
        new ConflictError(
          'Another sanction on the same city was recorded at the same moment. Nothing was changed; try again.',
        ),
    },
  };
}

export function kindLabel(record: StoredComplianceRecord): string {
  return KIND_LABEL[record.kind];
}
