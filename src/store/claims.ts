import type { Page, PageRequest } from '../domain/pagination';
import type { Actor } from '../domain/roles';
import type { AuditedChange } from './audit';
import { batchGetByIds } from './batch';
import { ClaimEntity, cursors, type StoredClaim } from './entities';
import { claimLimitSteps, type ClaimLimits } from './claim-limits';
import { claimedByKind } from '../domain/compensation/claim-limits';
import { createOnce } from './idempotency';
import { readPage } from './pagination';
import { exactly } from './exact';
import { neverRefused, staleVersion, transaction, type WriteTransaction } from './kernel';
import { idempotencyScope, type IdempotentRequest } from '../domain/idempotency';

type ClaimSet = Partial<
  Pick<
    StoredClaim,
    | 'status'
    | 'items'
    | 'approvedMinor'
    | 'decisionReason'
    | 'decidedAt'
    | 'decidedBy'
    | 'ledgerEntryIds'
    | 'appeal'
    | 'paymentIds'
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

  /**
   * Files a claim once, holding what it claims against its limits (its dispatch's costs, its claimant's caps per claim
   * for the event) in the same transaction, each limit the condition of its step.
   */
  async file(
    claim: StoredClaim,
    actor: Actor,
    at: string,
    limits: ClaimLimits,
    idempotency?: IdempotentRequest,
  ): Promise<StoredClaim> {
    const scope = idempotencyScope('fileClaim', claim.clusterId, actor.id);
    return createOnce({
      key: idempotency && { scope, ...idempotency },
      resultId: claim.claimId,
      at,
      read: (id) => claimRepository.get(id),
      created: claim,
      conflictMessage: 'The claim could not be saved because of a simultaneous change. Nothing was filed; try again.',
      steps: (started) =>
        claimLimitSteps(
          started.create('claim', ClaimEntity.create(claim), neverRefused).audit(
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
          claim,
          { ...limits, filing: true },
          claimedByKind(claim.items),
        ),
    });
  },

  /**
   * Changes a claim at the version read, with its audit event, in one kernel transaction; `also` adds the steps that
   * belong to the same change (ledger lines and the totals they move, the event's approved total).
   */
  async apply(
    read: StoredClaim,
    set: ClaimSet,
    audit: Pick<AuditedChange, 'action' | 'changes'>,
    actor: Actor,
    at: string,
    also: (tx: WriteTransaction) => void = () => undefined,
  ): Promise<StoredClaim> {
    const versionAfter = read.version + 1;
    const tx = transaction()
      .update(
        'claim at the version read',
        ClaimEntity.patch({ claimId: read.claimId })
          .set({ ...set, version: versionAfter })
          .where(({ version }, { eq }) => eq(version, read.version)),
        staleVersion('claim', read.version, (current) => String(current.status)),
      )
      .audit(
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
      );
    also(tx);
    await tx.commit();
    return { ...read, ...set, version: versionAfter };
  },
};
