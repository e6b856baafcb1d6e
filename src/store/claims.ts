import { ConflictError } from '../domain/errors';
import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import { auditItem, type AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import {
  ClaimEntity,
  FundContributionEntity,
  LedgerEntryEntity,
  LedgerHeadEntity,
  citypact,
  cursors,
  type StoredClaim,
  type StoredFundContribution,
  type StoredLedgerEntry,
} from './entities';
import { createOnce } from './idempotency';
import { readPage } from './pagination';
import { commitTransaction } from './transactions';
import { exactly, onlyExact } from './exact';
import { idempotencyScope, type IdempotentRequest } from '../domain/idempotency';

type ClaimSet = Partial<
  Pick<
    StoredClaim,
    'status' | 'items' | 'approvedMinor' | 'decisionReason' | 'decidedAt' | 'decidedBy' | 'ledgerEntryIds' | 'appeal'
  >
>;

export const claimRepository = {
  async getMany(claimIds: readonly string[]): Promise<(StoredClaim | undefined)[]> {
    return batchGetByIds(claimIds, 'claimId', (batch) => ClaimEntity.get(batch.map((claimId) => ({ claimId }))).go());
  },

  async get(claimId: string): Promise<StoredClaim | undefined> {
    const { data } = await ClaimEntity.get({ claimId }).go({ consistent: true });
    return exactly({ claimId }, data);
  },

  async list(
    clusterId: string,
    status: StoredClaim['status'] | null | undefined,
    page: PageRequest,
  ): Promise<Page<StoredClaim>> {
    return readPage(
      `claims:${clusterId}:${status ?? ''}`,
      page,
      (options) => {
        const query = ClaimEntity.query.byCluster({ clusterId });
        return (status ? query.where(({ status: s }, { eq }) => eq(s, status)) : query).go({
          order: 'desc',
          ...options,
        });
      },
      (claim) => cursors.claim.byAccessPattern.byCluster.fromComposite.toCursor(claim),
    );
  },

  /**
   * Every claim filed for an event under an agreement, as it is now: the index finds them, a consistent batch read
   * gives their current status and amounts (an index can lag a moment behind an approval).
   */
  async forEvent(eventId: string, agreementId: string): Promise<StoredClaim[]> {
    const { data } = await ClaimEntity.query
      .byEvent({ eventId, agreementId })
      .go({ pages: 'all', attributes: ['claimId'] });
    const current = await batchGetByIds(
      data.map((claim) => claim.claimId),
      'claimId',
      (ids) => ClaimEntity.get(ids.map((claimId) => ({ claimId }))).go({ consistent: true }),
    );
    return current.filter((claim): claim is StoredClaim => !!claim);
  },

  async file(claim: StoredClaim, actor: Actor, at: string, idempotency?: IdempotentRequest): Promise<StoredClaim> {
    const scope = idempotencyScope('fileClaim', claim.clusterId, actor.id);
    return createOnce({
      key: idempotency && { scope, ...idempotency },
      resultId: claim.claimId,
      at,
      read: (id) => claimRepository.get(id),
      created: claim,
      conflictMessage: 'The claim could not be saved because of a simultaneous change. Nothing was filed; try again.',
      write: (keyRecord) =>
        citypact.transaction
          .write(({ claim: claims, auditEvent, idempotency }) => [
            claims.create(claim).commit(),
            auditEvent
              .create(
                auditItem(
                  actor,
                  {
                    clusterId: claim.clusterId,
                    action: 'CLAIM_FILED',
                    targetType: 'Claim',
                    targetId: claim.claimId,
                    versionAfter: 1,
                    changes: { claimedMinor: [null, claim.claimedMinor], currency: [null, claim.currency] },
                  },
                  at,
                ),
              )
              .commit(),
            ...(keyRecord ? [idempotency.create(keyRecord).commit()] : []),
          ])
          .go(),
    });
  },

  /** Changes a claim at the version read, with its audit event and any ledger entries it writes, in one transaction. */
  async apply(
    read: StoredClaim,
    set: ClaimSet,
    audit: Pick<AuditedChange, 'action' | 'changes'>,
    actor: Actor,
    at: string,
    entries: StoredLedgerEntry[] = [],
    headVersion?: number,
  ): Promise<StoredClaim> {
    const versionAfter = read.version + 1;
    const transaction = citypact.transaction.write(({ claim, ledgerEntry, auditEvent, ledgerHead }) => [
      ...(headVersion === undefined
        ? []
        : [
            ledgerHead
              .put({ clusterId: read.clusterId, version: headVersion + 1, updatedAt: at })
              .where(({ version }, { eq, notExists }) =>
                headVersion === 0 ? notExists(version) : eq(version, headVersion),
              )
              .commit(),
          ]),
      claim
        .patch({ claimId: read.claimId })
        .set({ ...set, version: versionAfter })
        .where(({ version }, { eq }) => eq(version, read.version))
        .commit(),
      ...entries.map((entry) => ledgerEntry.create(entry).commit()),
      auditEvent
        .create(
          auditItem(
            actor,
            {
              ...audit,
              clusterId: read.clusterId,
              targetType: 'Claim',
              targetId: read.claimId,
              versionBefore: read.version,
              versionAfter,
            },
            at,
          ),
        )
        .commit(),
    ]);
    await commitTransaction(transaction, async () => {
      const current = await claimRepository.get(read.claimId);
      if (current?.version === read.version) {
        return new ConflictError(
          'Another approval or payment changed the ledger at the same moment. Nothing was changed; try again.',
        );
      }
      return new ConflictError(
        `The claim was changed by someone else after you read it (you had version ${read.version}, it is now version ${current?.version}, ${current?.status}). Nothing was changed.`,
        { yourVersion: read.version, currentVersion: current?.version },
      );
    });
    return { ...read, ...set, version: versionAfter };
  },
};

export const ledgerRepository = {
  /** The cluster ledger's version (0 before the first payment): read before a balance check, moved by the write. */
  async headVersion(clusterId: string): Promise<number> {
    const { data } = await LedgerHeadEntity.get({ clusterId }).go({ consistent: true });
    return data?.version ?? 0;
  },

  /** The whole ledger of a cluster (append-only, netted for balances), read with strong consistency. */
  async entries(clusterId: string): Promise<StoredLedgerEntry[]> {
    const { data } = await LedgerEntryEntity.query.byCluster({ clusterId }).go({ pages: 'all', consistent: true });
    return onlyExact({ clusterId }, data);
  },

  async getMany(clusterId: string, ids: readonly string[]): Promise<(StoredLedgerEntry | undefined)[]> {
    const entries = await batchGetByIds(ids, 'entryId', (batch) =>
      LedgerEntryEntity.get(batch.map((entryId) => ({ clusterId, entryId }))).go({ consistent: true }),
    );
    return entries.map((entry) => exactly({ clusterId }, entry));
  },

  /**
   * Records a payment once: its id is derived from the reference, so a second recording is refused. A payment that
   * completes a claim settles it in the same transaction (conditioned on the claim's version).
   */
  async recordPayment(
    entry: StoredLedgerEntry,
    actor: Actor,
    at: string,
    headVersion: number,
    settles?: StoredClaim,
  ): Promise<boolean> {
    const result = await citypact.transaction
      .write(({ ledgerEntry, auditEvent, claim, ledgerHead }) => [
        ledgerHead
          .put({ clusterId: entry.clusterId, version: headVersion + 1, updatedAt: at })
          .where(({ version }, { eq, notExists }) =>
            headVersion === 0 ? notExists(version) : eq(version, headVersion),
          )
          .commit(),
        ...(settles
          ? [
              claim
                .patch({ claimId: settles.claimId })
                .set({ status: 'SETTLED', version: settles.version + 1 })
                .where(({ version }, { eq }) => eq(version, settles.version))
                .commit(),
            ]
          : []),
        ledgerEntry.create(entry).commit(),
        auditEvent
          .create(
            auditItem(
              actor,
              {
                clusterId: entry.clusterId,
                action: 'PAYMENT_RECORDED',
                targetType: 'LedgerEntry',
                targetId: entry.entryId,
                changes: {
                  payer: [null, entry.payeeId],
                  payee: [null, entry.payerId],
                  amountMinor: [null, entry.amountMinor],
                  reference: [null, entry.reference],
                  claimId: [null, entry.claimId ?? null],
                },
              },
              at,
            ),
          )
          .commit(),
      ])
      .go();
    return !result.canceled;
  },
};

export const fundRepository = {
  async contributions(clusterId: string): Promise<StoredFundContribution[]> {
    const { data } = await FundContributionEntity.query.byCluster({ clusterId }).go({ pages: 'all', order: 'desc' });
    return onlyExact({ clusterId }, data);
  },

  /** Records a contribution once (its id comes from the reference), with its audit event. */
  async record(contribution: StoredFundContribution, actor: Actor, at: string): Promise<boolean> {
    const result = await citypact.transaction
      .write(({ fundContribution, auditEvent }) => [
        fundContribution.create(contribution).commit(),
        auditEvent
          .create(
            auditItem(
              actor,
              {
                clusterId: contribution.clusterId,
                action: 'FUND_CONTRIBUTION_RECORDED',
                targetType: 'FundContribution',
                targetId: contribution.contributionId,
                changes: {
                  from: [null, contribution.cityId ?? contribution.thirdParty],
                  amountMinor: [null, contribution.amountMinor],
                },
              },
              at,
            ),
          )
          .commit(),
      ])
      .go();
    return !result.canceled;
  },
};
