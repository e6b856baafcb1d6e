/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BrowserActionsConfirm($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserActionsConfirmDocument,
    "\n  mutation BrowserActionsFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.BrowserActionsFileClaimDocument,
    "\n  mutation BrowserActionsStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n": typeof types.BrowserActionsStartReviewDocument,
    "\n  mutation BrowserActionsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserActionsDecideDocument,
    "\n  query BrowserActionsClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decisionReason\n      items {\n        number\n        approved {\n          amountMinor\n        }\n        reductionReason\n      }\n      payments {\n        fromId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n    }\n  }\n": typeof types.BrowserActionsClaimDocument,
    "\n  query BrowserActionsClaims($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        claimant {\n          id\n        }\n        event {\n          id\n        }\n        claimed {\n          amountMinor\n        }\n        items {\n          kind\n          description\n          evidence\n        }\n      }\n    }\n  }\n": typeof types.BrowserActionsClaimsDocument,
    "\n  query BrowserActionsEvent($id: ID!) {\n    riskEvent(id: $id) {\n      status\n      category\n      level\n      originCity {\n        id\n      }\n      affectedCities {\n        id\n      }\n    }\n  }\n": typeof types.BrowserActionsEventDocument,
    "\n  mutation BrowserActionsDraft($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserActionsDraftDocument,
    "\n  mutation BrowserActionsPropose($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserActionsProposeDocument,
    "\n  mutation BrowserActionsRatify($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserActionsRatifyDocument,
    "\n  mutation BrowserActionsAmend($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      version\n    }\n  }\n": typeof types.BrowserActionsAmendDocument,
    "\n  query BrowserActionsAgreementVersion($id: ID!) {\n    agreement(id: $id) {\n      version\n    }\n  }\n": typeof types.BrowserActionsAgreementVersionDocument,
    "\n  query BrowserActionsAgreement($id: ID!) {\n    agreement(id: $id) {\n      status\n      pending {\n        status\n        ratifications {\n          city {\n            id\n          }\n        }\n        lastDecline {\n          reason\n          city {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.BrowserActionsAgreementDocument,
    "\n  query BrowserActionsAidRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 50) {\n      nodes {\n        status\n        quantity\n        minimumTier\n        requester {\n          id\n        }\n        resourceType {\n          id\n        }\n        destination {\n          name\n        }\n      }\n    }\n  }\n": typeof types.BrowserActionsAidRequestsDocument,
    "\n  mutation BrowserBumpProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n": typeof types.BrowserBumpProgressDocument,
    "\n  query BrowserActionVersion($id: ID!) {\n    correctiveAction(id: $id) {\n      version\n      status\n    }\n  }\n": typeof types.BrowserActionVersionDocument,
    "\n  query BrowserUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.BrowserUnreadCountDocument,
    "\n  query AidRequestsAudit($clusterId: ID!, $id: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $id }) {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.AidRequestsAuditDocument,
    "\n  mutation AuditTargetNamesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditTargetNamesCreateDocument,
    "\n  mutation AuditTargetNamesUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AuditTargetNamesUpdateDocument,
    "\n  query AuditTargetNamesAudit($clusterId: ID!, $filter: AuditLogFilter!) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n": typeof types.AuditTargetNamesAuditDocument,
    "\n  query AuditTargetNamesHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n": typeof types.AuditTargetNamesHistoryDocument,
    "\n  mutation AuditUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      updatedAt\n    }\n  }\n": typeof types.AuditUpdateDocument,
    "\n  query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        action\n        targetId\n        versionAfter\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditAuditDocument,
    "\n  mutation BaselineUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      id\n      version\n      updatedAt\n      baseline {\n        population\n        vulnerablePopulation\n        emergencyTeams\n        emergencyPersonnel\n        shelterCapacity\n        asOf\n      }\n    }\n  }\n": typeof types.BaselineUpdateDocument,
    "\n  query BaselineRead($id: ID!) {\n    city(id: $id) {\n      version\n      baseline {\n        population\n        shelterCapacity\n        emergencyTeams\n        asOf\n      }\n    }\n  }\n": typeof types.BaselineReadDocument,
    "\n  query BaselineAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorId\n        actorName\n        actorRole\n        targetType\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n": typeof types.BaselineAuditDocument,
    "\n  query BoundsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.BoundsAgreementsDocument,
    "\n  mutation BoundsSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.BoundsSettingsDocument,
    "\n  mutation BoundsSetReserve($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      quantity\n      version\n    }\n  }\n": typeof types.BoundsSetReserveDocument,
    "\n  query BoundsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n": typeof types.BoundsShortfallsDocument,
    "\n  mutation BoundsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      quantity\n    }\n  }\n": typeof types.BoundsRequestDocument,
    "\n  query BoundsRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.BoundsRequestsDocument,
    "\n  query CityIndexUpgradeCities($id: ID!, $first: Int, $after: String) {\n    cluster(id: $id) {\n      cities(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          localName\n          baseline {\n            population\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CityIndexUpgradeCitiesDocument,
    "\n  query CityIndexUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n  }\n": typeof types.CityIndexUpgradeShortfallsDocument,
    "\n  mutation CityIndexUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.CityIndexUpgradeRecordDocument,
    "\n  mutation CityIndexUpgradeBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      localName\n    }\n  }\n": typeof types.CityIndexUpgradeBaselineDocument,
    "\n  mutation ClaimLimitsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n      version\n      claimed {\n        amountMinor\n      }\n    }\n  }\n": typeof types.ClaimLimitsFileDocument,
    "\n  mutation ClaimLimitsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n": typeof types.ClaimLimitsReviewDocument,
    "\n  mutation ClaimLimitsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.ClaimLimitsDecideDocument,
    "\n  mutation ClaimLimitsAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.ClaimLimitsAppealDocument,
    "\n  mutation ClaimLimitsDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.ClaimLimitsDecideAppealDocument,
    "\n  mutation ClaimsCapFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ClaimsCapFileDocument,
    "\n  mutation ClaimsCapReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ClaimsCapReviewDocument,
    "\n  mutation ClaimsCapDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n": typeof types.ClaimsCapDecideDocument,
    "\n  fragment ClaimsClaimFields on Claim {\n    id\n    status\n    version\n    claimed {\n      amountMinor\n      currency\n    }\n    approved {\n      amountMinor\n    }\n    items {\n      number\n      kind\n      amount {\n        amountMinor\n      }\n      approved {\n        amountMinor\n      }\n      reductionReason\n    }\n    ledgerEntries {\n      payerId\n      payeeId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": typeof types.ClaimsClaimFieldsFragmentDoc,
    "\n  mutation ClaimsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": typeof types.ClaimsFileDocument,
    "\n  mutation ClaimsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": typeof types.ClaimsReviewDocument,
    "\n  mutation ClaimsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": typeof types.ClaimsDecideDocument,
    "\n  query ClaimsBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      city {\n        id\n      }\n      net {\n        amountMinor\n        currency\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": typeof types.ClaimsBalancesDocument,
    "\n  mutation ClaimsPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n": typeof types.ClaimsPayDocument,
    "\n  mutation ClaimsFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.ClaimsFundInDocument,
    "\n    mutation ClaimsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          statement\n          outcome\n        }\n      }\n    }\n  ": typeof types.ClaimsAppealDocument,
    "\n    mutation ClaimsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          outcome\n          reason\n          decidedByName\n        }\n      }\n    }\n  ": typeof types.ClaimsDecideAppealDocument,
    "\n  query ClusterBuilderMe {\n    me {\n      role\n      cluster {\n        id\n      }\n      city {\n        id\n        name\n      }\n      overseenClusters {\n        id\n      }\n    }\n  }\n": typeof types.ClusterBuilderMeDocument,
    "\n  query ClusterBuilderCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      cities {\n        nodes {\n          id\n          name\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClusterBuilderClusterDocument,
    "\n  query ClusterBuilderItem($id: ID!) {\n    inventoryItem(id: $id) {\n      city {\n        id\n      }\n      resourceType {\n        id\n      }\n      onHand\n    }\n  }\n": typeof types.ClusterBuilderItemDocument,
    "\n  query ClusterBuilderAccreditations($clusterId: ID!) {\n    evaluatorAccreditations(clusterId: $clusterId) {\n      evaluatorId\n      kind\n      active\n    }\n  }\n": typeof types.ClusterBuilderAccreditationsDocument,
    "\n  query ClusterBuilderAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      status\n      inForce {\n        parties {\n          name\n        }\n        duties {\n          id\n          city {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClusterBuilderAgreementDocument,
    "\n  query ClustersCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      formationMode\n      mode\n      modeSince\n      version\n      desks {\n        category\n        name\n        dutyPhone\n        hostCity {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClustersClusterDocument,
    "\n    query ClustersClusters($after: String, $first: Int) {\n      clusters(first: $first, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.ClustersClustersDocument,
    "\n    query ClustersCities($id: ID!, $first: Int, $after: String) {\n      cluster(id: $id) {\n        cities(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            province\n            cluster {\n              id\n            }\n            location {\n              latitude\n              longitude\n            }\n            baseline {\n              population\n              vulnerablePopulation\n              emergencyTeams\n              emergencyPersonnel\n              shelterCapacity\n              asOf\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": typeof types.ClustersCitiesDocument,
    "\n  query ColdStartMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.ColdStartMeDocument,
    "\n  query CompensationTermsRead($id: ID!) {\n    agreement(id: $id) {\n      version\n      inForce {\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pending {\n        number\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompensationTermsReadDocument,
    "\n  query CorrectiveOverdueRecords($clusterId: ID!, $cityId: ID!) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n      nodes {\n        id\n        kind\n        kindLabel\n        automatic\n        counts\n        city {\n          name\n        }\n        evaluation {\n          id\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n    }\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n      score\n    }\n  }\n": typeof types.CorrectiveOverdueRecordsDocument,
    "\n  query CorrectiveAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }, first: 20) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": typeof types.CorrectiveAuditDocument,
    "\n  query CorrectiveOverdueTallyStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n      }\n    }\n  }\n": typeof types.CorrectiveOverdueTallyStandingDocument,
    "\n  query CorrectiveOverdueTallyHalfLife($id: ID!) {\n    cluster(id: $id) {\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n": typeof types.CorrectiveOverdueTallyHalfLifeDocument,
    "\n  mutation CorrectiveOverdueTallyDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n": typeof types.CorrectiveOverdueTallyDisputeDocument,
    "\n  mutation CorrectiveOverdueTallyResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n": typeof types.CorrectiveOverdueTallyResolveDocument,
    "\n  mutation DispatchCostsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DispatchCostsFileDocument,
    "\n  query DispatchCostsClusterCurrency($id: ID!) {\n    cluster(id: $id) {\n      currency\n    }\n  }\n": typeof types.DispatchCostsClusterCurrencyDocument,
    "\n  query DispatchCostsAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n      }\n    }\n  }\n": typeof types.DispatchCostsAuditDocument,
    "\n  mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n      kind\n      affiliatedCity {\n        id\n      }\n      active\n      version\n    }\n  }\n": typeof types.EvaluationsAccreditDocument,
    "\n  mutation EvaluationsOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      status\n      version\n      targetKind\n      targetType\n      city {\n        id\n      }\n      event {\n        id\n      }\n      rubric {\n        id\n        criteria {\n          id\n          weight\n        }\n        scaleMin\n        scaleMax\n      }\n      panel {\n        evaluatorId\n        kind\n      }\n    }\n  }\n": typeof types.EvaluationsOpenDocument,
    "\n  mutation EvaluationsDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      version\n    }\n  }\n": typeof types.EvaluationsDraftDocument,
    "\n  mutation EvaluationsSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      findings\n      submittedAt\n      version\n    }\n  }\n": typeof types.EvaluationsSubmitDocument,
    "\n  mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n      finalizedByName\n      result {\n        overall\n        normalized\n        thirdPartyOverall\n        selfOverall\n        thirdPartyWeight\n        selfWeight\n        thirdPartyCount\n        selfCount\n        spreadMin\n        spreadMax\n        spreadRange\n        outcome\n        criteria {\n          criterionId\n          name\n          thirdPartyMean\n          selfMean\n          combined\n          spread\n        }\n      }\n      complianceRecord {\n        id\n        kind\n        city {\n          id\n        }\n        supervision\n        automatic\n        note\n        consequence {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.EvaluationsFinalizeDocument,
    "\n  query EvaluationsEvaluation($id: ID!) {\n    evaluation(id: $id) {\n      id\n      status\n      version\n      assessments {\n        evaluatorId\n        kind\n        findings\n      }\n      myAssessment {\n        status\n      }\n      result {\n        overall\n        normalized\n        outcome\n      }\n      complianceRecord {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.EvaluationsEvaluationDocument,
    "\n  query EvaluationsList($clusterId: ID!) {\n    evaluations(clusterId: $clusterId) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.EvaluationsListDocument,
    "\n  query EvaluationsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      recordsCounted\n      drivers {\n        record {\n          kind\n          evaluation {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvaluationsStandingDocument,
    "\n    mutation EvaluationsRubric($input: DefineRubricInput!) {\n      defineRubric(input: $input) {\n        id\n        version\n        criteria {\n          id\n          weight\n        }\n      }\n    }\n  ": typeof types.EvaluationsRubricDocument,
    "\n    query EvaluationsObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.EvaluationsObligationsDocument,
    "\n  query FilteredPagesOpenRequests($clusterId: ID!, $first: Int!, $after: String) {\n    aidRequests(clusterId: $clusterId, status: OPEN, first: $first, after: $after) {\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FilteredPagesOpenRequestsDocument,
    "\n  mutation FundContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n      city {\n        id\n      }\n      thirdParty\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n": typeof types.FundContributeDocument,
    "\n  query FundFund($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      balance {\n        amountMinor\n        currency\n      }\n      owed {\n        amountMinor\n      }\n      contributions {\n        reference\n      }\n    }\n  }\n": typeof types.FundFundDocument,
    "\n  mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      version\n    }\n  }\n": typeof types.IdsKeysAndTextSetModeDocument,
    "\n  query IdsKeysAndTextMode($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          reason\n        }\n      }\n    }\n  }\n": typeof types.IdsKeysAndTextModeDocument,
    "\n  query IdsKeysAndTextEvents($clusterId: ID!) {\n    riskEvents(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": typeof types.IdsKeysAndTextEventsDocument,
    "\n      mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) {\n        updateInventoryItem(input: $input, idempotencyKey: $key) {\n          version\n          onHand\n        }\n      }\n    ": typeof types.IdsKeysAndTextUpdateDocument,
    "\n  query InventoryTallyUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n": typeof types.InventoryTallyUpgradeShortfallsDocument,
    "\n  mutation InventoryTallyUpgradeUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": typeof types.InventoryTallyUpgradeUpdateDocument,
    "\n  fragment InventoryItemFields on InventoryItem {\n    id\n    version\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    lastVerifiedAt\n    storage {\n      name\n      latitude\n      longitude\n    }\n    city {\n      id\n    }\n    resourceType {\n      id\n      unit\n    }\n    tier\n  }\n": typeof types.InventoryItemFieldsFragmentDoc,
    "\n  mutation InventoryCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      ...InventoryItemFields\n    }\n  }\n": typeof types.InventoryCreateDocument,
    "\n  mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) {\n    updateInventoryItem(input: $input, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n": typeof types.InventoryUpdateDocument,
    "\n  mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) {\n    updateInventoryItems(items: $items, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n": typeof types.InventoryUpdateManyDocument,
    "\n  query InventoryRead($id: ID!) {\n    inventoryItem(id: $id) {\n      ...InventoryItemFields\n    }\n  }\n": typeof types.InventoryReadDocument,
    "\n  query InventoryHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": typeof types.InventoryHistoryDocument,
    "\n  query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) {\n      nodes {\n        id\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InventoryListDocument,
    "\n  query UpgradeViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      fromMembers {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n": typeof types.UpgradeViewsDocument,
    "\n  mutation UpgradePay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": typeof types.UpgradePayDocument,
    "\n  mutation ListCallsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ListCallsRequestDocument,
    "\n  mutation ListCallsOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ListCallsOfferDocument,
    "\n  query ListCallsRequestsWithOffers($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        offers {\n          id\n          quantity\n          costItems {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCallsRequestsWithOffersDocument,
    "\n  query ListCallsOffersWithRequest($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        offers {\n          id\n          request {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCallsOffersWithRequestDocument,
    "\n  mutation ListCallsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.ListCallsOpenEvaluationDocument,
    "\n  mutation ListCallsSaveAssessment($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      version\n    }\n  }\n": typeof types.ListCallsSaveAssessmentDocument,
    "\n  query ListCallsEvaluationsWithMine($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        myAssessment {\n          scores {\n            criterionId\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCallsEvaluationsWithMineDocument,
    "\n  query ListCallsCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      cities(first: 20) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ListCallsCitiesDocument,
    "\n  query ListCallsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        versions {\n          number\n          duties {\n            action\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCallsAgreementsDocument,
    "\n  query ListCallsInventory($clusterId: ID!) {\n    inventory(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ListCallsInventoryDocument,
    "\n  query LocalNamesOfCluster($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      name\n      localName\n      cities(first: 50) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n    }\n  }\n": typeof types.LocalNamesOfClusterDocument,
    "\n  query LocalNameOfCity($id: ID!) {\n    city(id: $id) {\n      name\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n": typeof types.LocalNameOfCityDocument,
    "\n  mutation LocalNameRename($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n": typeof types.LocalNameRenameDocument,
    "\n  mutation LocalNameDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      localName\n      version\n    }\n  }\n": typeof types.LocalNameDefineTypeDocument,
    "\n  query LocalNameAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        changes\n      }\n    }\n  }\n": typeof types.LocalNameAuditDocument,
    "\n    mutation MessagesNameCitiesFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        version\n      }\n    }\n  ": typeof types.MessagesNameCitiesFileDocument,
    "\n    mutation MessagesNameCitiesPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  ": typeof types.MessagesNameCitiesPayDocument,
    "\n  mutation ModeSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n": typeof types.ModeSetModeDocument,
    "\n  query ModeHistory($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          from\n          to\n          reason\n          at\n          byName\n          byRole\n        }\n      }\n    }\n  }\n": typeof types.ModeHistoryDocument,
    "\n  query ModeAudit($id: ID!) {\n    auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) {\n      nodes {\n        action\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n": typeof types.ModeAuditDocument,
    "\n  mutation MoneyPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      from {\n        id\n      }\n      to {\n        id\n      }\n      amount {\n        amountMinor\n        currency\n      }\n      reference\n      paidAt\n      claimId\n    }\n  }\n": typeof types.MoneyPayDocument,
    "\n  mutation MoneyContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.MoneyContributeDocument,
    "\n  mutation MoneyRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.MoneyRecordDocument,
    "\n  query MoneyViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n    }\n  }\n": typeof types.MoneyViewsDocument,
    "\n  mutation MoneyFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MoneyFileDocument,
    "\n  mutation MoneyReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MoneyReviewDocument,
    "\n  mutation MoneyDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decidedAt\n      ledgerEntries {\n        payerId\n        amount {\n          amountMinor\n        }\n      }\n    }\n  }\n": typeof types.MoneyDecideDocument,
    "\n  mutation MoneyAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MoneyAppealDocument,
    "\n  mutation MoneyDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      approved {\n        amountMinor\n      }\n    }\n  }\n": typeof types.MoneyDecideAppealDocument,
    "\n  query MoneyClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      approved {\n        amountMinor\n      }\n      payments {\n        id\n        fromId\n        toId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n      owedByPayer {\n        payerId\n        owed {\n          amountMinor\n        }\n      }\n    }\n  }\n": typeof types.MoneyClaimDocument,
    "\n  query MoneyObligations($clusterId: ID!, $filter: ObligationFilter) {\n    obligations(clusterId: $clusterId, filter: $filter) {\n      nodes {\n        id\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MoneyObligationsDocument,
    "\n  mutation LimitsContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.LimitsContributeDocument,
    "\n  mutation LimitsSurcharge($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.LimitsSurchargeDocument,
    "\n  query LimitsViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": typeof types.LimitsViewsDocument,
    "\n  fragment MoneyModelClaim on Claim {\n    id\n    status\n    version\n  }\n": typeof types.MoneyModelClaimFragmentDoc,
    "\n  mutation MoneyModelFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelFileDocument,
    "\n  mutation MoneyModelReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelReviewDocument,
    "\n  mutation MoneyModelDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelDecideDocument,
    "\n  mutation MoneyModelAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelAppealDocument,
    "\n  mutation MoneyModelDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelDecideAppealDocument,
    "\n  query MoneyModelClaimVersion($id: ID!) {\n    claim(id: $id) {\n      ...MoneyModelClaim\n    }\n  }\n": typeof types.MoneyModelClaimVersionDocument,
    "\n  mutation MoneyModelPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n      claimId\n    }\n  }\n": typeof types.MoneyModelPayDocument,
    "\n  mutation MoneyModelContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.MoneyModelContributeDocument,
    "\n  mutation MoneyModelRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.MoneyModelRecordDocument,
    "\n  query MoneyModelView($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      balance {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": typeof types.MoneyModelViewDocument,
    "\n  query MoneyModelClaims($clusterId: ID!, $after: String) {\n    claims(clusterId: $clusterId, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        event {\n          id\n        }\n        approved {\n          amountMinor\n        }\n        owedByPayer {\n          payerId\n          owed {\n            amountMinor\n          }\n        }\n        payments {\n          reference\n          amount {\n            amountMinor\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyModelClaimsDocument,
    "\n  query MutualAidAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n      available\n      distanceKm\n    }\n  }\n": typeof types.MutualAidAvailabilityDocument,
    "\n  query MutualAidShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      available\n    }\n  }\n": typeof types.MutualAidShortfallsDocument,
    "\n  mutation NestedCallsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NestedCallsFileDocument,
    "\n  mutation NestedCallsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NestedCallsReviewDocument,
    "\n  mutation NestedCallsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.NestedCallsDecideDocument,
    "\n  query NestedCallsClaimsWithLedger($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        ledgerEntries {\n          id\n          kind\n          payerId\n          payeeId\n          claimId\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedCallsClaimsWithLedgerDocument,
    "\n  query NestedCallsActionsWithHistory($clusterId: ID!, $first: Int) {\n    correctiveActions(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        version\n        history(first: $first) {\n          nodes {\n            version\n            kind\n            status\n            note\n            percent\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedCallsActionsWithHistoryDocument,
    "\n  query NestedCallsActionHistoryAfter($id: ID!, $first: Int, $after: String) {\n    correctiveAction(id: $id) {\n      history(first: $first, after: $after) {\n        nodes {\n          version\n          kind\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.NestedCallsActionHistoryAfterDocument,
    "\n  mutation EndToEndSubscribe($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n": typeof types.EndToEndSubscribeDocument,
    "\n  query EndToEndInbox {\n    notifications(first: 50) {\n      nodes {\n        type\n        eventId\n        obligationId\n        message\n      }\n    }\n  }\n": typeof types.EndToEndInboxDocument,
    "\n  query EndToEndDeliveries($subscriptionId: ID!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {\n      nodes {\n        state\n        type\n      }\n    }\n  }\n": typeof types.EndToEndDeliveriesDocument,
    "\n  query NotificationsInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n        clusterId\n        eventId\n        obligationId\n        cityId\n        obligation {\n          id\n          dueAt\n        }\n        event {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsInboxDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  query NotificationsWhoIsTold {\n    notifications(first: 100) {\n      nodes {\n        id\n        type\n        message\n        clusterId\n        eventId\n        aidRequestId\n        aidOfferId\n        evaluationId\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsWhoIsToldDocument,
    "\n  query NotificationsWhoIsToldAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n    }\n  }\n": typeof types.NotificationsWhoIsToldAvailabilityDocument,
    "\n  mutation NotificationsWhoIsToldOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.NotificationsWhoIsToldOpenEvaluationDocument,
    "\n  mutation NotificationsWhoIsToldSettings($input: SetNotificationSettingsInput!) {\n    setNotificationSettings(input: $input) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n": typeof types.NotificationsWhoIsToldSettingsDocument,
    "\n  query NotificationsWhoIsToldCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n": typeof types.NotificationsWhoIsToldClusterDocument,
    "\n  query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        counts\n        obligation {\n          id\n        }\n        withdrawal {\n          reason\n          byName\n        }\n      }\n    }\n  }\n": typeof types.ObligationOutcomesRecordsDocument,
    "\n  query ObligationOutcomesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n": typeof types.ObligationOutcomesStandingDocument,
    "\n  mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n      closedAt\n      version\n      closure {\n        waivedObligations\n        stillOwedObligations\n        summary\n      }\n    }\n  }\n": typeof types.ObligationOutcomesCloseDocument,
    "\n  mutation ObligationOutcomesRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ObligationOutcomesRequestAidDocument,
    "\n  query OverduePage($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        status\n        dueAt\n        city {\n          name\n        }\n        duty {\n          action\n        }\n        event {\n          category\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OverduePageDocument,
    "\n  query OverduePageLoaded($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        city {\n          name\n          province\n        }\n        duty {\n          action\n          deadline\n        }\n        event {\n          category\n          description\n          status\n        }\n      }\n    }\n  }\n": typeof types.OverduePageLoadedDocument,
    "\n  query OverdueRacesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        kind\n        counts\n        obligation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OverdueRacesRecordsDocument,
    "\n  mutation OverdueRacesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n    }\n  }\n": typeof types.OverdueRacesCloseDocument,
    "\n  mutation PartnerRecordsRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n      status\n      counts\n      version\n    }\n  }\n": typeof types.PartnerRecordsRecordDocument,
    "\n  mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.PartnerRecordsDisputeDocument,
    "\n  mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      status\n      counts\n    }\n  }\n": typeof types.PartnerRecordsResolveDocument,
    "\n  query PartnerRecordsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n    }\n  }\n": typeof types.PartnerRecordsStandingDocument,
    "\n  mutation ReadRulesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.ReadRulesRecordDocument,
    "\n  mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n    }\n  }\n": typeof types.ReadRulesAccreditDocument,
    "\n  mutation ReadRulesOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": typeof types.ReadRulesOpenDocument,
    "\n    fragment ReadRulesItemFields on InventoryItem {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n      storage {\n        name\n        latitude\n        longitude\n      }\n    }\n  ": typeof types.ReadRulesItemFieldsFragmentDoc,
    "\n            query ReadRulesItem($id: ID!) {\n              inventoryItem(id: $id) {\n                ...ReadRulesItemFields\n              }\n            }\n          ": typeof types.ReadRulesItemDocument,
    "\n      query ReadRulesOffers($id: ID!) {\n        aidRequest(id: $id) {\n          offers {\n            quantity\n            tier\n            fromCity {\n              id\n            }\n            item {\n              ...ReadRulesItemFields\n            }\n          }\n        }\n      }\n    ": typeof types.ReadRulesOffersDocument,
    "\n        query ReadRulesListedOffers($clusterId: ID!) {\n          aidRequests(clusterId: $clusterId) {\n            nodes {\n              offers {\n                item {\n                  ...ReadRulesItemFields\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReadRulesListedOffersDocument,
    "\n      query ReadRulesAvailability($id: ID!) {\n        resourceAvailability(requestId: $id) {\n          city {\n            id\n          }\n          available\n          stock {\n            tier\n            available\n            distanceKm\n          }\n          items {\n            ...ReadRulesItemFields\n          }\n        }\n      }\n    ": typeof types.ReadRulesAvailabilityDocument,
    "\n      query ReadRulesStanding($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          score\n          summary\n        }\n      }\n    ": typeof types.ReadRulesStandingDocument,
    "\n      query ReadRulesDrivers($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          drivers {\n            record {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ReadRulesDriversDocument,
    "\n      query ReadRulesRead($id: ID!) {\n        evaluation(id: $id) {\n          title\n          panel {\n            evaluatorId\n            organisation\n            kind\n            affiliatedWithCoordinationOffice\n            active\n            grantedAt\n          }\n        }\n      }\n    ": typeof types.ReadRulesReadDocument,
    "\n      query ReadRulesAccreditations($clusterId: ID!) {\n        evaluatorAccreditations(clusterId: $clusterId) {\n          evaluatorId\n          organisation\n        }\n      }\n    ": typeof types.ReadRulesAccreditationsDocument,
    "\n      query ReadRulesClaim($id: ID!) {\n        claim(id: $id) {\n          id\n          claimed {\n            amountMinor\n          }\n          items {\n            description\n          }\n        }\n      }\n    ": typeof types.ReadRulesClaimDocument,
    "\n      query ReadRulesClaims($clusterId: ID!) {\n        claims(clusterId: $clusterId) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": typeof types.ReadRulesClaimsDocument,
    "\n      query ReadRulesThroughRecord($id: ID!) {\n        complianceRecord(id: $id) {\n          id\n          claim {\n            id\n            claimed {\n              amountMinor\n            }\n          }\n        }\n      }\n    ": typeof types.ReadRulesThroughRecordDocument,
    "\n    query ReadRulesObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n          city {\n            id\n          }\n          event {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.ReadRulesObligationsDocument,
    "\n    query ReadRulesRecords($clusterId: ID!, $cityId: ID!) {\n      complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n        nodes {\n          id\n          event {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.ReadRulesRecordsDocument,
    "\n  query ResourcesCatalogue($clusterId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      unit\n      categories\n      version\n      tiers {\n        tier\n        capability\n        minimum\n        measure\n      }\n    }\n  }\n": typeof types.ResourcesCatalogueDocument,
    "\n  mutation ResourcesDefine($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      version\n      tiers {\n        tier\n        minimum\n      }\n    }\n  }\n": typeof types.ResourcesDefineDocument,
    "\n  mutation ShortfallTalliesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesCreateDocument,
    "\n  mutation ShortfallTalliesUpdate($items: [UpdateInventoryItemInput!]!) {\n    updateInventoryItems(items: $items) {\n      id\n      version\n    }\n  }\n": typeof types.ShortfallTalliesUpdateDocument,
    "\n  query ShortfallTalliesItem($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      onHand\n      shareable\n      committed\n    }\n  }\n": typeof types.ShortfallTalliesItemDocument,
    "\n  mutation ShortfallTalliesRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesRequestDocument,
    "\n  mutation ShortfallTalliesOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesOfferDocument,
    "\n  mutation ShortfallTalliesAccept($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesAcceptDocument,
    "\n  mutation ShortfallTalliesDispatch($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesDispatchDocument,
    "\n  mutation ShortfallTalliesArrived($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesArrivedDocument,
    "\n  mutation ShortfallTalliesReturn($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesReturnDocument,
    "\n  mutation ShortfallTalliesCancelOffer($offerId: ID!) {\n    cancelAid(input: { offerId: $offerId, reason: \"No longer needed\" }) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesCancelOfferDocument,
    "\n  mutation ShortfallTalliesCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.ShortfallTalliesCancelRequestDocument,
    "\n  query ShortfallTalliesShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n      contributions {\n        available\n      }\n    }\n  }\n": typeof types.ShortfallTalliesShortfallsDocument,
    "\n  query ShortfallTalliesRequirements($clusterId: ID!) {\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      tiers {\n        tier\n      }\n    }\n  }\n": typeof types.ShortfallTalliesRequirementsDocument,
    "\n  query ShortfallsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n        share\n      }\n    }\n  }\n": typeof types.ShortfallsShortfallsDocument,
    "\n  mutation ShortfallsSet($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      resourceType {\n        id\n      }\n      basis\n      quantity\n      version\n    }\n  }\n": typeof types.ShortfallsSetDocument,
    "\n  mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n      shareable\n    }\n  }\n": typeof types.ShortfallsUpdateDocument,
    "\n  query SituationReportsAudit($clusterId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { action: SITUATION_REPORT_SUBMITTED }, first: 100) {\n      nodes {\n        targetId\n        targetType\n        actorRole\n        changes\n      }\n    }\n  }\n": typeof types.SituationReportsAuditDocument,
    "\n    mutation StateConflictsFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.StateConflictsFileDocument,
    "\n    mutation StateConflictsReview($input: ClaimActionInput!) {\n      startClaimReview(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.StateConflictsReviewDocument,
    "\n    mutation StateConflictsDecide($input: DecideClaimInput!) {\n      decideClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.StateConflictsDecideDocument,
    "\n    mutation StateConflictsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.StateConflictsAppealDocument,
    "\n    mutation StateConflictsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": typeof types.StateConflictsDecideAppealDocument,
    "\n    mutation StateConflictsPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  ": typeof types.StateConflictsPayDocument,
    "\n    mutation StateConflictsRevoke($clusterId: ID!) {\n      revokeAccreditation(\n        input: { clusterId: $clusterId, evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }\n      ) {\n        active\n        version\n      }\n    }\n  ": typeof types.StateConflictsRevokeDocument,
    "\n  mutation TallyBuildUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": typeof types.TallyBuildUpdateItemDocument,
    "\n  query TallyBuildItemVersion($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      shareable\n    }\n  }\n": typeof types.TallyBuildItemVersionDocument,
    "\n  query TallyBuildShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n": typeof types.TallyBuildShortfallsDocument,
    "\n  mutation FloodRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.FloodRecordDocument,
    "\n  query FloodRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n        }\n      }\n    }\n  }\n": typeof types.FloodRankingDocument,
    "\n  query FloodExplained($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      change\n      summary\n      driverGroups {\n        kind\n        kindLabel\n        event {\n          id\n        }\n        records\n        effect\n        pointsShown\n        explanation\n      }\n    }\n  }\n": typeof types.FloodExplainedDocument,
    "\n  query FloodPublic($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      summary\n    }\n  }\n": typeof types.FloodPublicDocument,
    "\n  query FloodGroupsOnly($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      driverGroups {\n        effect\n      }\n    }\n  }\n": typeof types.FloodGroupsOnlyDocument,
    "\n  mutation FloodSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n": typeof types.FloodSettingsDocument,
    "\n  query FloodCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        minimumEvidenceToRank\n      }\n    }\n  }\n": typeof types.FloodClusterDocument,
    "\n  mutation TrustTalliesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustTalliesRecordDocument,
    "\n  mutation TrustTalliesDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n": typeof types.TrustTalliesDisputeDocument,
    "\n  mutation TrustTalliesResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n": typeof types.TrustTalliesResolveDocument,
    "\n  mutation TrustTalliesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.TrustTalliesSettingsDocument,
    "\n  query TrustTalliesCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n": typeof types.TrustTalliesClusterDocument,
    "\n  query TrustTalliesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n": typeof types.TrustTalliesStandingDocument,
    "\n  query TrustTalliesOffice($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n": typeof types.TrustTalliesOfficeDocument,
    "\n  query TrustTalliesRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n": typeof types.TrustTalliesRankingDocument,
    "\n  mutation TrustTallyReadCostRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustTallyReadCostRecordDocument,
    "\n  query TrustTallyReadCostRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n            name\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n": typeof types.TrustTallyReadCostRankingDocument,
    "\n  query TrustTallyReadCostStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      recordsCounted\n      trend {\n        score\n      }\n      change\n      direction\n      summary\n    }\n  }\n": typeof types.TrustTallyReadCostStandingDocument,
    "\n  mutation TrustTallyRacesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustTallyRacesRecordDocument,
    "\n  mutation TrustTallyRacesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n": typeof types.TrustTallyRacesSettingsDocument,
    "\n  query TrustTallyRacesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n": typeof types.TrustTallyRacesStandingDocument,
    "\n  mutation TrustTallyResumableRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustTallyResumableRecordDocument,
    "\n  mutation TrustTallyResumableSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.TrustTallyResumableSettingsDocument,
    "\n  fragment TrustTallyResumableFigures on TrustStanding {\n    score\n    uncertainty\n    lowerBound\n    positiveEvidence\n    negativeEvidence\n    recordsCounted\n    trend {\n      score\n    }\n    change\n    direction\n  }\n": typeof types.TrustTallyResumableFiguresFragmentDoc,
    "\n  query TrustTallyResumableStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n": typeof types.TrustTallyResumableStandingDocument,
    "\n  query TrustTallyResumableOfficeStanding($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n": typeof types.TrustTallyResumableOfficeStandingDocument,
    "\n  mutation TrustTallyUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustTallyUpgradeRecordDocument,
    "\n  fragment TrustRecordFields on ComplianceRecord {\n    id\n    kind\n    kindLabel\n    city {\n      id\n    }\n    aboutCoordinationOffice\n    agreement {\n      id\n    }\n    supervision\n    severity\n    note\n    evidence {\n      text\n      links\n    }\n    automatic\n    recordedByName\n    recordedByRole\n    status\n    counts\n    disputeWindowEndsAt\n    version\n    dispute {\n      statement\n      filedByName\n      resolution\n      reasons\n      resolvedByName\n    }\n    consequence {\n      kind\n      amount {\n        amountMinor\n        currency\n      }\n      until\n      inEffect\n    }\n  }\n": typeof types.TrustRecordFieldsFragmentDoc,
    "\n  mutation TrustRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": typeof types.TrustRecordDocument,
    "\n  mutation TrustDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": typeof types.TrustDisputeDocument,
    "\n  mutation TrustResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": typeof types.TrustResolveDocument,
    "\n  query TrustOne($id: ID!) {\n    complianceRecord(id: $id) {\n      ...TrustRecordFields\n    }\n  }\n": typeof types.TrustOneDocument,
    "\n  query TrustList($clusterId: ID!, $filter: ComplianceFilter) {\n    complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        id\n        kind\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TrustListDocument,
    "\n  query TrustStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      city {\n        id\n      }\n      score\n      uncertainty\n      recordsCounted\n      positiveEvidence\n      negativeEvidence\n      direction\n      summary\n      trend {\n        month\n        score\n      }\n    }\n  }\n": typeof types.TrustStandingDocument,
    "\n  query TrustDrivers($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      drivers {\n        effect\n        weightRemaining\n        explanation\n        record {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.TrustDriversDocument,
    "\n  query TrustRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      trustHalfLifeDays\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          uncertainty\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        aboutCoordinationOffice\n        recordsCounted\n        score\n      }\n    }\n  }\n": typeof types.TrustRankingDocument,
    "\n  query TrustBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n": typeof types.TrustBalancesDocument,
    "\n  mutation TrustPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustPayDocument,
    "\n  mutation TrustSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        disputeWindow\n        trustHalfLifeDays\n        thirdPartyWeight\n        selfWeight\n        rewardThreshold\n        penaltyThreshold\n      }\n    }\n  }\n": typeof types.TrustSettingsDocument,
    "\n  mutation TrustFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": typeof types.TrustFundInDocument,
    "\n  mutation VersionConflictsBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      baseline {\n        shelterCapacity\n      }\n    }\n  }\n": typeof types.VersionConflictsBaselineDocument,
    "\n  mutation VersionConflictsMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      version\n      mode\n    }\n  }\n": typeof types.VersionConflictsModeDocument,
    "\n  mutation VersionConflictsTrust($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsTrustDocument,
    "\n  mutation VersionConflictsDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsDefineTypeDocument,
    "\n  mutation VersionConflictsRequirement($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsRequirementDocument,
    "\n  mutation VersionConflictsCreateItem($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.VersionConflictsCreateItemDocument,
    "\n  mutation VersionConflictsUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsUpdateItemDocument,
    "\n  mutation VersionConflictsRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.VersionConflictsRequestAidDocument,
    "\n  mutation VersionConflictsCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsCancelRequestDocument,
    "\n  mutation VersionConflictsCloseRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsCloseRequestDocument,
    "\n  mutation VersionConflictsRubric($input: DefineRubricInput!) {\n    defineRubric(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsRubricDocument,
    "\n  mutation VersionConflictsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.VersionConflictsOpenEvaluationDocument,
    "\n  mutation VersionConflictsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      version\n    }\n  }\n": typeof types.VersionConflictsFinalizeDocument,
    "\n  mutation WebhooksFromDispatcherCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n": typeof types.WebhooksFromDispatcherCreateDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        events\n        status\n        version\n        city {\n          id\n        }\n        cluster {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WebhooksCreateDocument,
    "\n  query WebhooksList($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      id\n      url\n      status\n      version\n      secretRotatedAt\n      city {\n        id\n      }\n    }\n  }\n": typeof types.WebhooksListDocument,
    "\n  mutation WebhooksPause($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WebhooksPauseDocument,
    "\n  mutation WebhooksResume($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WebhooksResumeDocument,
    "\n  mutation WebhooksDelete($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n": typeof types.WebhooksDeleteDocument,
    "\n  mutation WebhooksRotate($input: WebhookSubscriptionActionInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      subscription {\n        id\n        version\n        secretRotatedAt\n      }\n    }\n  }\n": typeof types.WebhooksRotateDocument,
    "\n  query WebhooksDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      nodes {\n        id\n        notificationId\n        type\n        state\n        nextAttemptAt\n        deliveredAt\n        parkedAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WebhooksDeliveriesDocument,
    "\n  query WebhooksAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        targetType\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": typeof types.WebhooksAuditDocument,
    "\n  mutation BrowserReportEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserReportEventDocument,
    "\n  mutation BrowserEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserEscalateDocument,
    "\n  mutation BrowserOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      rubric {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BrowserOpenEvaluationDocument,
    "\n  mutation BrowserSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserSubmitAssessmentDocument,
    "\n  query BrowserEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n": typeof types.BrowserEvaluationVersionDocument,
    "\n  mutation BrowserFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserFinalizeDocument,
    "\n  mutation BrowserCreateAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.BrowserCreateActionDocument,
    "\n  mutation BrowserProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n": typeof types.BrowserProgressDocument,
    "\n  mutation BrowserComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      version\n    }\n  }\n": typeof types.BrowserCompleteDocument,
    "\n  mutation BrowserVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      status\n    }\n  }\n": typeof types.BrowserVerifyDocument,
    "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    status\n    version\n    dueAt\n    overdue\n    percent\n    action\n    recommendation\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n    }\n    evaluation {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      reason\n      byName\n    }\n    overdueRecord {\n      id\n      kind\n    }\n    createdByName\n  }\n": typeof types.CorrectiveActionFieldsFragmentDoc,
    "\n  mutation CorrectiveCreate($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.CorrectiveCreateDocument,
    "\n  mutation CorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.CorrectiveProgressDocument,
    "\n  mutation CorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.CorrectiveCompleteDocument,
    "\n  mutation CorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": typeof types.CorrectiveVerifyDocument,
    "\n  query CorrectiveAction($id: ID!, $first: Int) {\n    correctiveAction(id: $id) {\n      ...CorrectiveActionFields\n      history(first: $first) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n          }\n          at\n          byName\n          byRole\n          version\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CorrectiveActionDocument,
    "\n  query CorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $first: Int, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        overdue\n        ownerCity {\n          name\n        }\n        aboutCoordinationOffice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CorrectiveActionsDocument,
    "\n  query CorrectiveLessons($clusterId: ID!, $category: RiskCategory, $search: String, $first: Int, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        evaluation {\n          id\n          status\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CorrectiveLessonsDocument,
    "\n  mutation CorrectiveOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CorrectiveOpenEvaluationDocument,
    "\n  mutation CorrectiveSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n": typeof types.CorrectiveSubmitDocument,
    "\n  mutation CorrectiveFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n    }\n  }\n": typeof types.CorrectiveFinalizeDocument,
    "\n  query CorrectiveEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n": typeof types.CorrectiveEvaluationVersionDocument,
    "\n  fragment DispatchedOfferFields on AidOffer {\n    id\n    status\n    version\n    eta\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n  }\n": typeof types.DispatchedOfferFieldsFragmentDoc,
    "\n  mutation DispatchesAcceptAid($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      status\n    }\n  }\n": typeof types.DispatchesAcceptAidDocument,
    "\n  mutation DispatchesDispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": typeof types.DispatchesDispatchAidDocument,
    "\n  mutation DispatchesCorrectCosts($input: CorrectDispatchCostsInput!) {\n    correctDispatchCosts(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": typeof types.DispatchesCorrectCostsDocument,
    "\n  mutation DispatchesReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": typeof types.DispatchesReturnAidDocument,
    "\n  query DispatchesOffer($requestId: ID!) {\n    aidRequest(id: $requestId) {\n      offers {\n        ...DispatchedOfferFields\n      }\n    }\n  }\n": typeof types.DispatchesOfferDocument,
    "\n  query InventoryOracleItems($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 100, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n        tier\n        readiness\n        shareable\n        committed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InventoryOracleItemsDocument,
    "\n  query InventoryOracleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      quantity\n    }\n    cluster(id: $clusterId) {\n      cities(first: 100) {\n        nodes {\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n": typeof types.InventoryOracleShortfallsDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    status\n    version\n    statusReason\n    inForce {\n      number\n      status\n      title\n    }\n    pending {\n      number\n      status\n      ratifications {\n        city {\n          id\n        }\n      }\n      awaiting {\n        id\n      }\n      lastDecline {\n        city {\n          id\n        }\n        reason\n      }\n    }\n    versions {\n      number\n      status\n    }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.DraftAgreementDocument,
    "\n  mutation ProposeAgreement($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.ProposeAgreementDocument,
    "\n  mutation RatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.RatifyAgreementDocument,
    "\n  mutation DeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.DeclineAgreementDocument,
    "\n  mutation AmendAgreement($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AmendAgreementDocument,
    "\n  mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.UpdateAgreementDraftDocument,
    "\n  mutation SuspendAgreement($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  fragment EventFields on RiskEvent {\n    id\n    status\n    level\n    warning\n    version\n    confirmedAt\n    originCity {\n      id\n    }\n    affectedCities {\n      id\n    }\n    escalation {\n      automatic\n      reason\n    }\n    timeline {\n      kind\n      from\n      to\n    }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  mutation ReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.ReportRiskEventDocument,
    "\n  mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.ConfirmRiskEventDocument,
    "\n  mutation UpdateRiskEvent($input: UpdateRiskEventInput!) {\n    updateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.UpdateRiskEventDocument,
    "\n  mutation EscalateRiskEvent($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.EscalateRiskEventDocument,
    "\n  mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      ...EventFields\n    }\n  }\n": typeof types.SetRiskEventStatusDocument,
    "\n  fragment ObligationFields on Obligation {\n    id\n    status\n    version\n    kind\n    role\n    action\n    dueAt\n    triggeredAt\n    fulfilledAt\n    recordedAt\n    agreementVersion\n    owedByCoordinationOffice\n    city {\n      id\n    }\n    duty {\n      id\n      action\n      deadline\n    }\n    agreement {\n      id\n    }\n    event {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    waivedReason\n  }\n": typeof types.ObligationFieldsFragmentDoc,
    "\n  query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ObligationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ObligationsDocument,
    "\n  mutation FulfilObligation($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n": typeof types.FulfilObligationDocument,
    "\n  mutation WaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n": typeof types.WaiveObligationDocument,
    "\n  query ObligationSummary($clusterId: ID!, $eventId: ID) {\n    obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n      city {\n        id\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n": typeof types.ObligationSummaryDocument,
    "\n  query ComplianceRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        city {\n          id\n        }\n        obligation {\n          id\n        }\n        supervision\n        recordedByName\n        note\n      }\n    }\n  }\n": typeof types.ComplianceRecordsDocument,
    "\n  query TrustRankingFigures($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n          trend {\n            score\n          }\n        }\n      }\n      coordinationOffice {\n        score\n        recordsCounted\n      }\n    }\n  }\n": typeof types.TrustRankingFiguresDocument,
    "\n  fragment AidRequestFields on AidRequest {\n    id\n    status\n    quantity\n    acceptedQuantity\n    version\n    closedAt\n    closingReason\n    requester {\n      id\n    }\n    resourceType {\n      id\n    }\n    offers {\n      id\n      status\n      quantity\n      reason\n    }\n  }\n": typeof types.AidRequestFieldsFragmentDoc,
    "\n  fragment AidOfferFields on AidOffer {\n    id\n    status\n    quantity\n    eta\n    consumed\n    returned\n    fromCity {\n      id\n    }\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    item {\n      id\n      onHand\n      shareable\n      committed\n      available\n    }\n  }\n": typeof types.AidOfferFieldsFragmentDoc,
    "\n  mutation RequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": typeof types.RequestAidDocument,
    "\n  query AidRequest($id: ID!) {\n    aidRequest(id: $id) {\n      ...AidRequestFields\n    }\n  }\n": typeof types.AidRequestDocument,
    "\n  mutation CancelAidRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": typeof types.CancelAidRequestDocument,
    "\n  mutation CloseAidRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": typeof types.CloseAidRequestDocument,
    "\n  mutation OfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.OfferAidDocument,
    "\n  mutation AcceptAidOffer($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.AcceptAidOfferDocument,
    "\n  mutation DeclineAidOffer($offerId: ID!, $reason: String!) {\n    declineAidOffer(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.DeclineAidOfferDocument,
    "\n  mutation DispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.DispatchAidDocument,
    "\n  mutation ConfirmAidArrival($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.ConfirmAidArrivalDocument,
    "\n  mutation ReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.ReturnAidDocument,
    "\n  mutation CancelAid($offerId: ID!, $reason: String!) {\n    cancelAid(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n": typeof types.CancelAidDocument,
    "\n  query InventoryItem($id: ID!) {\n    inventoryItem(id: $id) {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n    }\n  }\n": typeof types.InventoryItemDocument,
    "\n  fragment SituationReportFields on SituationReport {\n    id\n    asOf\n    submittedAt\n    submittedByName\n    submittedByRole\n    summary\n    casualties {\n      dead\n      injured\n      missing\n    }\n    evacuated\n    affectedPopulation\n    needs\n    city {\n      id\n      name\n    }\n    event {\n      id\n    }\n  }\n": typeof types.SituationReportFieldsFragmentDoc,
    "\n  mutation SubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n": typeof types.SubmitSituationReportDocument,
    "\n  query SituationReports($eventId: ID!, $first: Int, $after: String) {\n    situationReports(eventId: $eventId, first: $first, after: $after) {\n      nodes {\n        ...SituationReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SituationReportsDocument,
    "\n  query EventPicture($eventId: ID!, $staleAfter: Duration) {\n    eventPicture(eventId: $eventId, staleAfter: $staleAfter) {\n      at\n      staleAfter\n      event {\n        id\n      }\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n        }\n      }\n      notReported {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EventPictureDocument,
};
const documents: Documents = {
    "\n  mutation BrowserActionsConfirm($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      status\n    }\n  }\n": types.BrowserActionsConfirmDocument,
    "\n  mutation BrowserActionsFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": types.BrowserActionsFileClaimDocument,
    "\n  mutation BrowserActionsStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n": types.BrowserActionsStartReviewDocument,
    "\n  mutation BrowserActionsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n": types.BrowserActionsDecideDocument,
    "\n  query BrowserActionsClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decisionReason\n      items {\n        number\n        approved {\n          amountMinor\n        }\n        reductionReason\n      }\n      payments {\n        fromId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n    }\n  }\n": types.BrowserActionsClaimDocument,
    "\n  query BrowserActionsClaims($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        claimant {\n          id\n        }\n        event {\n          id\n        }\n        claimed {\n          amountMinor\n        }\n        items {\n          kind\n          description\n          evidence\n        }\n      }\n    }\n  }\n": types.BrowserActionsClaimsDocument,
    "\n  query BrowserActionsEvent($id: ID!) {\n    riskEvent(id: $id) {\n      status\n      category\n      level\n      originCity {\n        id\n      }\n      affectedCities {\n        id\n      }\n    }\n  }\n": types.BrowserActionsEventDocument,
    "\n  mutation BrowserActionsDraft($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      id\n    }\n  }\n": types.BrowserActionsDraftDocument,
    "\n  mutation BrowserActionsPropose($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      status\n    }\n  }\n": types.BrowserActionsProposeDocument,
    "\n  mutation BrowserActionsRatify($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      status\n    }\n  }\n": types.BrowserActionsRatifyDocument,
    "\n  mutation BrowserActionsAmend($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      version\n    }\n  }\n": types.BrowserActionsAmendDocument,
    "\n  query BrowserActionsAgreementVersion($id: ID!) {\n    agreement(id: $id) {\n      version\n    }\n  }\n": types.BrowserActionsAgreementVersionDocument,
    "\n  query BrowserActionsAgreement($id: ID!) {\n    agreement(id: $id) {\n      status\n      pending {\n        status\n        ratifications {\n          city {\n            id\n          }\n        }\n        lastDecline {\n          reason\n          city {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.BrowserActionsAgreementDocument,
    "\n  query BrowserActionsAidRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 50) {\n      nodes {\n        status\n        quantity\n        minimumTier\n        requester {\n          id\n        }\n        resourceType {\n          id\n        }\n        destination {\n          name\n        }\n      }\n    }\n  }\n": types.BrowserActionsAidRequestsDocument,
    "\n  mutation BrowserBumpProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n": types.BrowserBumpProgressDocument,
    "\n  query BrowserActionVersion($id: ID!) {\n    correctiveAction(id: $id) {\n      version\n      status\n    }\n  }\n": types.BrowserActionVersionDocument,
    "\n  query BrowserUnreadCount {\n    unreadNotificationCount\n  }\n": types.BrowserUnreadCountDocument,
    "\n  query AidRequestsAudit($clusterId: ID!, $id: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $id }) {\n      nodes {\n        action\n      }\n    }\n  }\n": types.AidRequestsAuditDocument,
    "\n  mutation AuditTargetNamesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditTargetNamesCreateDocument,
    "\n  mutation AuditTargetNamesUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.AuditTargetNamesUpdateDocument,
    "\n  query AuditTargetNamesAudit($clusterId: ID!, $filter: AuditLogFilter!) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n": types.AuditTargetNamesAuditDocument,
    "\n  query AuditTargetNamesHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n": types.AuditTargetNamesHistoryDocument,
    "\n  mutation AuditUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      updatedAt\n    }\n  }\n": types.AuditUpdateDocument,
    "\n  query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        action\n        targetId\n        versionAfter\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditAuditDocument,
    "\n  mutation BaselineUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      id\n      version\n      updatedAt\n      baseline {\n        population\n        vulnerablePopulation\n        emergencyTeams\n        emergencyPersonnel\n        shelterCapacity\n        asOf\n      }\n    }\n  }\n": types.BaselineUpdateDocument,
    "\n  query BaselineRead($id: ID!) {\n    city(id: $id) {\n      version\n      baseline {\n        population\n        shelterCapacity\n        emergencyTeams\n        asOf\n      }\n    }\n  }\n": types.BaselineReadDocument,
    "\n  query BaselineAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorId\n        actorName\n        actorRole\n        targetType\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n": types.BaselineAuditDocument,
    "\n  query BoundsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.BoundsAgreementsDocument,
    "\n  mutation BoundsSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": types.BoundsSettingsDocument,
    "\n  mutation BoundsSetReserve($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      quantity\n      version\n    }\n  }\n": types.BoundsSetReserveDocument,
    "\n  query BoundsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n": types.BoundsShortfallsDocument,
    "\n  mutation BoundsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      quantity\n    }\n  }\n": types.BoundsRequestDocument,
    "\n  query BoundsRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.BoundsRequestsDocument,
    "\n  query CityIndexUpgradeCities($id: ID!, $first: Int, $after: String) {\n    cluster(id: $id) {\n      cities(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          localName\n          baseline {\n            population\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CityIndexUpgradeCitiesDocument,
    "\n  query CityIndexUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n  }\n": types.CityIndexUpgradeShortfallsDocument,
    "\n  mutation CityIndexUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.CityIndexUpgradeRecordDocument,
    "\n  mutation CityIndexUpgradeBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      localName\n    }\n  }\n": types.CityIndexUpgradeBaselineDocument,
    "\n  mutation ClaimLimitsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n      version\n      claimed {\n        amountMinor\n      }\n    }\n  }\n": types.ClaimLimitsFileDocument,
    "\n  mutation ClaimLimitsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n": types.ClaimLimitsReviewDocument,
    "\n  mutation ClaimLimitsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n      version\n    }\n  }\n": types.ClaimLimitsDecideDocument,
    "\n  mutation ClaimLimitsAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      status\n      version\n    }\n  }\n": types.ClaimLimitsAppealDocument,
    "\n  mutation ClaimLimitsDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      version\n    }\n  }\n": types.ClaimLimitsDecideAppealDocument,
    "\n  mutation ClaimsCapFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": types.ClaimsCapFileDocument,
    "\n  mutation ClaimsCapReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": types.ClaimsCapReviewDocument,
    "\n  mutation ClaimsCapDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n": types.ClaimsCapDecideDocument,
    "\n  fragment ClaimsClaimFields on Claim {\n    id\n    status\n    version\n    claimed {\n      amountMinor\n      currency\n    }\n    approved {\n      amountMinor\n    }\n    items {\n      number\n      kind\n      amount {\n        amountMinor\n      }\n      approved {\n        amountMinor\n      }\n      reductionReason\n    }\n    ledgerEntries {\n      payerId\n      payeeId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": types.ClaimsClaimFieldsFragmentDoc,
    "\n  mutation ClaimsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": types.ClaimsFileDocument,
    "\n  mutation ClaimsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": types.ClaimsReviewDocument,
    "\n  mutation ClaimsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n": types.ClaimsDecideDocument,
    "\n  query ClaimsBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      city {\n        id\n      }\n      net {\n        amountMinor\n        currency\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": types.ClaimsBalancesDocument,
    "\n  mutation ClaimsPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n": types.ClaimsPayDocument,
    "\n  mutation ClaimsFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": types.ClaimsFundInDocument,
    "\n    mutation ClaimsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          statement\n          outcome\n        }\n      }\n    }\n  ": types.ClaimsAppealDocument,
    "\n    mutation ClaimsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          outcome\n          reason\n          decidedByName\n        }\n      }\n    }\n  ": types.ClaimsDecideAppealDocument,
    "\n  query ClusterBuilderMe {\n    me {\n      role\n      cluster {\n        id\n      }\n      city {\n        id\n        name\n      }\n      overseenClusters {\n        id\n      }\n    }\n  }\n": types.ClusterBuilderMeDocument,
    "\n  query ClusterBuilderCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      cities {\n        nodes {\n          id\n          name\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n": types.ClusterBuilderClusterDocument,
    "\n  query ClusterBuilderItem($id: ID!) {\n    inventoryItem(id: $id) {\n      city {\n        id\n      }\n      resourceType {\n        id\n      }\n      onHand\n    }\n  }\n": types.ClusterBuilderItemDocument,
    "\n  query ClusterBuilderAccreditations($clusterId: ID!) {\n    evaluatorAccreditations(clusterId: $clusterId) {\n      evaluatorId\n      kind\n      active\n    }\n  }\n": types.ClusterBuilderAccreditationsDocument,
    "\n  query ClusterBuilderAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      status\n      inForce {\n        parties {\n          name\n        }\n        duties {\n          id\n          city {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClusterBuilderAgreementDocument,
    "\n  query ClustersCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      formationMode\n      mode\n      modeSince\n      version\n      desks {\n        category\n        name\n        dutyPhone\n        hostCity {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClustersClusterDocument,
    "\n    query ClustersClusters($after: String, $first: Int) {\n      clusters(first: $first, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.ClustersClustersDocument,
    "\n    query ClustersCities($id: ID!, $first: Int, $after: String) {\n      cluster(id: $id) {\n        cities(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            province\n            cluster {\n              id\n            }\n            location {\n              latitude\n              longitude\n            }\n            baseline {\n              population\n              vulnerablePopulation\n              emergencyTeams\n              emergencyPersonnel\n              shelterCapacity\n              asOf\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": types.ClustersCitiesDocument,
    "\n  query ColdStartMe {\n    me {\n      id\n      role\n    }\n  }\n": types.ColdStartMeDocument,
    "\n  query CompensationTermsRead($id: ID!) {\n    agreement(id: $id) {\n      version\n      inForce {\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pending {\n        number\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CompensationTermsReadDocument,
    "\n  query CorrectiveOverdueRecords($clusterId: ID!, $cityId: ID!) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n      nodes {\n        id\n        kind\n        kindLabel\n        automatic\n        counts\n        city {\n          name\n        }\n        evaluation {\n          id\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n    }\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n      score\n    }\n  }\n": types.CorrectiveOverdueRecordsDocument,
    "\n  query CorrectiveAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }, first: 20) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": types.CorrectiveAuditDocument,
    "\n  query CorrectiveOverdueTallyStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n      }\n    }\n  }\n": types.CorrectiveOverdueTallyStandingDocument,
    "\n  query CorrectiveOverdueTallyHalfLife($id: ID!) {\n    cluster(id: $id) {\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n": types.CorrectiveOverdueTallyHalfLifeDocument,
    "\n  mutation CorrectiveOverdueTallyDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n": types.CorrectiveOverdueTallyDisputeDocument,
    "\n  mutation CorrectiveOverdueTallyResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n": types.CorrectiveOverdueTallyResolveDocument,
    "\n  mutation DispatchCostsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n": types.DispatchCostsFileDocument,
    "\n  query DispatchCostsClusterCurrency($id: ID!) {\n    cluster(id: $id) {\n      currency\n    }\n  }\n": types.DispatchCostsClusterCurrencyDocument,
    "\n  query DispatchCostsAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n      }\n    }\n  }\n": types.DispatchCostsAuditDocument,
    "\n  mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n      kind\n      affiliatedCity {\n        id\n      }\n      active\n      version\n    }\n  }\n": types.EvaluationsAccreditDocument,
    "\n  mutation EvaluationsOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      status\n      version\n      targetKind\n      targetType\n      city {\n        id\n      }\n      event {\n        id\n      }\n      rubric {\n        id\n        criteria {\n          id\n          weight\n        }\n        scaleMin\n        scaleMax\n      }\n      panel {\n        evaluatorId\n        kind\n      }\n    }\n  }\n": types.EvaluationsOpenDocument,
    "\n  mutation EvaluationsDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      version\n    }\n  }\n": types.EvaluationsDraftDocument,
    "\n  mutation EvaluationsSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      findings\n      submittedAt\n      version\n    }\n  }\n": types.EvaluationsSubmitDocument,
    "\n  mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n      finalizedByName\n      result {\n        overall\n        normalized\n        thirdPartyOverall\n        selfOverall\n        thirdPartyWeight\n        selfWeight\n        thirdPartyCount\n        selfCount\n        spreadMin\n        spreadMax\n        spreadRange\n        outcome\n        criteria {\n          criterionId\n          name\n          thirdPartyMean\n          selfMean\n          combined\n          spread\n        }\n      }\n      complianceRecord {\n        id\n        kind\n        city {\n          id\n        }\n        supervision\n        automatic\n        note\n        consequence {\n          kind\n        }\n      }\n    }\n  }\n": types.EvaluationsFinalizeDocument,
    "\n  query EvaluationsEvaluation($id: ID!) {\n    evaluation(id: $id) {\n      id\n      status\n      version\n      assessments {\n        evaluatorId\n        kind\n        findings\n      }\n      myAssessment {\n        status\n      }\n      result {\n        overall\n        normalized\n        outcome\n      }\n      complianceRecord {\n        id\n        kind\n      }\n    }\n  }\n": types.EvaluationsEvaluationDocument,
    "\n  query EvaluationsList($clusterId: ID!) {\n    evaluations(clusterId: $clusterId) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.EvaluationsListDocument,
    "\n  query EvaluationsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      recordsCounted\n      drivers {\n        record {\n          kind\n          evaluation {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EvaluationsStandingDocument,
    "\n    mutation EvaluationsRubric($input: DefineRubricInput!) {\n      defineRubric(input: $input) {\n        id\n        version\n        criteria {\n          id\n          weight\n        }\n      }\n    }\n  ": types.EvaluationsRubricDocument,
    "\n    query EvaluationsObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.EvaluationsObligationsDocument,
    "\n  query FilteredPagesOpenRequests($clusterId: ID!, $first: Int!, $after: String) {\n    aidRequests(clusterId: $clusterId, status: OPEN, first: $first, after: $after) {\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FilteredPagesOpenRequestsDocument,
    "\n  mutation FundContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n      city {\n        id\n      }\n      thirdParty\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n": types.FundContributeDocument,
    "\n  query FundFund($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      balance {\n        amountMinor\n        currency\n      }\n      owed {\n        amountMinor\n      }\n      contributions {\n        reference\n      }\n    }\n  }\n": types.FundFundDocument,
    "\n  mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      version\n    }\n  }\n": types.IdsKeysAndTextSetModeDocument,
    "\n  query IdsKeysAndTextMode($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          reason\n        }\n      }\n    }\n  }\n": types.IdsKeysAndTextModeDocument,
    "\n  query IdsKeysAndTextEvents($clusterId: ID!) {\n    riskEvents(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": types.IdsKeysAndTextEventsDocument,
    "\n      mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) {\n        updateInventoryItem(input: $input, idempotencyKey: $key) {\n          version\n          onHand\n        }\n      }\n    ": types.IdsKeysAndTextUpdateDocument,
    "\n  query InventoryTallyUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n": types.InventoryTallyUpgradeShortfallsDocument,
    "\n  mutation InventoryTallyUpgradeUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": types.InventoryTallyUpgradeUpdateDocument,
    "\n  fragment InventoryItemFields on InventoryItem {\n    id\n    version\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    lastVerifiedAt\n    storage {\n      name\n      latitude\n      longitude\n    }\n    city {\n      id\n    }\n    resourceType {\n      id\n      unit\n    }\n    tier\n  }\n": types.InventoryItemFieldsFragmentDoc,
    "\n  mutation InventoryCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      ...InventoryItemFields\n    }\n  }\n": types.InventoryCreateDocument,
    "\n  mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) {\n    updateInventoryItem(input: $input, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n": types.InventoryUpdateDocument,
    "\n  mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) {\n    updateInventoryItems(items: $items, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n": types.InventoryUpdateManyDocument,
    "\n  query InventoryRead($id: ID!) {\n    inventoryItem(id: $id) {\n      ...InventoryItemFields\n    }\n  }\n": types.InventoryReadDocument,
    "\n  query InventoryHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": types.InventoryHistoryDocument,
    "\n  query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) {\n      nodes {\n        id\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n      }\n    }\n  }\n": types.InventoryListDocument,
    "\n  query UpgradeViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      fromMembers {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n": types.UpgradeViewsDocument,
    "\n  mutation UpgradePay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": types.UpgradePayDocument,
    "\n  mutation ListCallsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": types.ListCallsRequestDocument,
    "\n  mutation ListCallsOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n": types.ListCallsOfferDocument,
    "\n  query ListCallsRequestsWithOffers($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        offers {\n          id\n          quantity\n          costItems {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.ListCallsRequestsWithOffersDocument,
    "\n  query ListCallsOffersWithRequest($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        offers {\n          id\n          request {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": types.ListCallsOffersWithRequestDocument,
    "\n  mutation ListCallsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": types.ListCallsOpenEvaluationDocument,
    "\n  mutation ListCallsSaveAssessment($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      version\n    }\n  }\n": types.ListCallsSaveAssessmentDocument,
    "\n  query ListCallsEvaluationsWithMine($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        myAssessment {\n          scores {\n            criterionId\n          }\n        }\n      }\n    }\n  }\n": types.ListCallsEvaluationsWithMineDocument,
    "\n  query ListCallsCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      cities(first: 20) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.ListCallsCitiesDocument,
    "\n  query ListCallsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        versions {\n          number\n          duties {\n            action\n          }\n        }\n      }\n    }\n  }\n": types.ListCallsAgreementsDocument,
    "\n  query ListCallsInventory($clusterId: ID!) {\n    inventory(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ListCallsInventoryDocument,
    "\n  query LocalNamesOfCluster($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      name\n      localName\n      cities(first: 50) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n    }\n  }\n": types.LocalNamesOfClusterDocument,
    "\n  query LocalNameOfCity($id: ID!) {\n    city(id: $id) {\n      name\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n": types.LocalNameOfCityDocument,
    "\n  mutation LocalNameRename($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n": types.LocalNameRenameDocument,
    "\n  mutation LocalNameDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      localName\n      version\n    }\n  }\n": types.LocalNameDefineTypeDocument,
    "\n  query LocalNameAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        changes\n      }\n    }\n  }\n": types.LocalNameAuditDocument,
    "\n    mutation MessagesNameCitiesFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        version\n      }\n    }\n  ": types.MessagesNameCitiesFileDocument,
    "\n    mutation MessagesNameCitiesPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  ": types.MessagesNameCitiesPayDocument,
    "\n  mutation ModeSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n": types.ModeSetModeDocument,
    "\n  query ModeHistory($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          from\n          to\n          reason\n          at\n          byName\n          byRole\n        }\n      }\n    }\n  }\n": types.ModeHistoryDocument,
    "\n  query ModeAudit($id: ID!) {\n    auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) {\n      nodes {\n        action\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n": types.ModeAuditDocument,
    "\n  mutation MoneyPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      from {\n        id\n      }\n      to {\n        id\n      }\n      amount {\n        amountMinor\n        currency\n      }\n      reference\n      paidAt\n      claimId\n    }\n  }\n": types.MoneyPayDocument,
    "\n  mutation MoneyContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": types.MoneyContributeDocument,
    "\n  mutation MoneyRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.MoneyRecordDocument,
    "\n  query MoneyViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n    }\n  }\n": types.MoneyViewsDocument,
    "\n  mutation MoneyFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": types.MoneyFileDocument,
    "\n  mutation MoneyReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": types.MoneyReviewDocument,
    "\n  mutation MoneyDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decidedAt\n      ledgerEntries {\n        payerId\n        amount {\n          amountMinor\n        }\n      }\n    }\n  }\n": types.MoneyDecideDocument,
    "\n  mutation MoneyAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      id\n      version\n    }\n  }\n": types.MoneyAppealDocument,
    "\n  mutation MoneyDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      approved {\n        amountMinor\n      }\n    }\n  }\n": types.MoneyDecideAppealDocument,
    "\n  query MoneyClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      approved {\n        amountMinor\n      }\n      payments {\n        id\n        fromId\n        toId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n      owedByPayer {\n        payerId\n        owed {\n          amountMinor\n        }\n      }\n    }\n  }\n": types.MoneyClaimDocument,
    "\n  query MoneyObligations($clusterId: ID!, $filter: ObligationFilter) {\n    obligations(clusterId: $clusterId, filter: $filter) {\n      nodes {\n        id\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n": types.MoneyObligationsDocument,
    "\n  mutation LimitsContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": types.LimitsContributeDocument,
    "\n  mutation LimitsSurcharge($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.LimitsSurchargeDocument,
    "\n  query LimitsViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": types.LimitsViewsDocument,
    "\n  fragment MoneyModelClaim on Claim {\n    id\n    status\n    version\n  }\n": types.MoneyModelClaimFragmentDoc,
    "\n  mutation MoneyModelFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelFileDocument,
    "\n  mutation MoneyModelReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelReviewDocument,
    "\n  mutation MoneyModelDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelDecideDocument,
    "\n  mutation MoneyModelAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelAppealDocument,
    "\n  mutation MoneyModelDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelDecideAppealDocument,
    "\n  query MoneyModelClaimVersion($id: ID!) {\n    claim(id: $id) {\n      ...MoneyModelClaim\n    }\n  }\n": types.MoneyModelClaimVersionDocument,
    "\n  mutation MoneyModelPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n      claimId\n    }\n  }\n": types.MoneyModelPayDocument,
    "\n  mutation MoneyModelContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": types.MoneyModelContributeDocument,
    "\n  mutation MoneyModelRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.MoneyModelRecordDocument,
    "\n  query MoneyModelView($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      balance {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n": types.MoneyModelViewDocument,
    "\n  query MoneyModelClaims($clusterId: ID!, $after: String) {\n    claims(clusterId: $clusterId, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        event {\n          id\n        }\n        approved {\n          amountMinor\n        }\n        owedByPayer {\n          payerId\n          owed {\n            amountMinor\n          }\n        }\n        payments {\n          reference\n          amount {\n            amountMinor\n          }\n        }\n      }\n    }\n  }\n": types.MoneyModelClaimsDocument,
    "\n  query MutualAidAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n      available\n      distanceKm\n    }\n  }\n": types.MutualAidAvailabilityDocument,
    "\n  query MutualAidShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      available\n    }\n  }\n": types.MutualAidShortfallsDocument,
    "\n  mutation NestedCallsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n": types.NestedCallsFileDocument,
    "\n  mutation NestedCallsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n": types.NestedCallsReviewDocument,
    "\n  mutation NestedCallsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n    }\n  }\n": types.NestedCallsDecideDocument,
    "\n  query NestedCallsClaimsWithLedger($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        ledgerEntries {\n          id\n          kind\n          payerId\n          payeeId\n          claimId\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.NestedCallsClaimsWithLedgerDocument,
    "\n  query NestedCallsActionsWithHistory($clusterId: ID!, $first: Int) {\n    correctiveActions(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        version\n        history(first: $first) {\n          nodes {\n            version\n            kind\n            status\n            note\n            percent\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.NestedCallsActionsWithHistoryDocument,
    "\n  query NestedCallsActionHistoryAfter($id: ID!, $first: Int, $after: String) {\n    correctiveAction(id: $id) {\n      history(first: $first, after: $after) {\n        nodes {\n          version\n          kind\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.NestedCallsActionHistoryAfterDocument,
    "\n  mutation EndToEndSubscribe($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n": types.EndToEndSubscribeDocument,
    "\n  query EndToEndInbox {\n    notifications(first: 50) {\n      nodes {\n        type\n        eventId\n        obligationId\n        message\n      }\n    }\n  }\n": types.EndToEndInboxDocument,
    "\n  query EndToEndDeliveries($subscriptionId: ID!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {\n      nodes {\n        state\n        type\n      }\n    }\n  }\n": types.EndToEndDeliveriesDocument,
    "\n  query NotificationsInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n        clusterId\n        eventId\n        obligationId\n        cityId\n        obligation {\n          id\n          dueAt\n        }\n        event {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsInboxDocument,
    "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n": types.NotificationsMarkReadDocument,
    "\n  query NotificationsWhoIsTold {\n    notifications(first: 100) {\n      nodes {\n        id\n        type\n        message\n        clusterId\n        eventId\n        aidRequestId\n        aidOfferId\n        evaluationId\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsWhoIsToldDocument,
    "\n  query NotificationsWhoIsToldAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n    }\n  }\n": types.NotificationsWhoIsToldAvailabilityDocument,
    "\n  mutation NotificationsWhoIsToldOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": types.NotificationsWhoIsToldOpenEvaluationDocument,
    "\n  mutation NotificationsWhoIsToldSettings($input: SetNotificationSettingsInput!) {\n    setNotificationSettings(input: $input) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n": types.NotificationsWhoIsToldSettingsDocument,
    "\n  query NotificationsWhoIsToldCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n": types.NotificationsWhoIsToldClusterDocument,
    "\n  query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        counts\n        obligation {\n          id\n        }\n        withdrawal {\n          reason\n          byName\n        }\n      }\n    }\n  }\n": types.ObligationOutcomesRecordsDocument,
    "\n  query ObligationOutcomesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n": types.ObligationOutcomesStandingDocument,
    "\n  mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n      closedAt\n      version\n      closure {\n        waivedObligations\n        stillOwedObligations\n        summary\n      }\n    }\n  }\n": types.ObligationOutcomesCloseDocument,
    "\n  mutation ObligationOutcomesRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": types.ObligationOutcomesRequestAidDocument,
    "\n  query OverduePage($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        status\n        dueAt\n        city {\n          name\n        }\n        duty {\n          action\n        }\n        event {\n          category\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.OverduePageDocument,
    "\n  query OverduePageLoaded($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        city {\n          name\n          province\n        }\n        duty {\n          action\n          deadline\n        }\n        event {\n          category\n          description\n          status\n        }\n      }\n    }\n  }\n": types.OverduePageLoadedDocument,
    "\n  query OverdueRacesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        kind\n        counts\n        obligation {\n          id\n        }\n      }\n    }\n  }\n": types.OverdueRacesRecordsDocument,
    "\n  mutation OverdueRacesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n    }\n  }\n": types.OverdueRacesCloseDocument,
    "\n  mutation PartnerRecordsRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n      status\n      counts\n      version\n    }\n  }\n": types.PartnerRecordsRecordDocument,
    "\n  mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      status\n      version\n    }\n  }\n": types.PartnerRecordsDisputeDocument,
    "\n  mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      status\n      counts\n    }\n  }\n": types.PartnerRecordsResolveDocument,
    "\n  query PartnerRecordsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n    }\n  }\n": types.PartnerRecordsStandingDocument,
    "\n  mutation ReadRulesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.ReadRulesRecordDocument,
    "\n  mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n    }\n  }\n": types.ReadRulesAccreditDocument,
    "\n  mutation ReadRulesOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n": types.ReadRulesOpenDocument,
    "\n    fragment ReadRulesItemFields on InventoryItem {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n      storage {\n        name\n        latitude\n        longitude\n      }\n    }\n  ": types.ReadRulesItemFieldsFragmentDoc,
    "\n            query ReadRulesItem($id: ID!) {\n              inventoryItem(id: $id) {\n                ...ReadRulesItemFields\n              }\n            }\n          ": types.ReadRulesItemDocument,
    "\n      query ReadRulesOffers($id: ID!) {\n        aidRequest(id: $id) {\n          offers {\n            quantity\n            tier\n            fromCity {\n              id\n            }\n            item {\n              ...ReadRulesItemFields\n            }\n          }\n        }\n      }\n    ": types.ReadRulesOffersDocument,
    "\n        query ReadRulesListedOffers($clusterId: ID!) {\n          aidRequests(clusterId: $clusterId) {\n            nodes {\n              offers {\n                item {\n                  ...ReadRulesItemFields\n                }\n              }\n            }\n          }\n        }\n      ": types.ReadRulesListedOffersDocument,
    "\n      query ReadRulesAvailability($id: ID!) {\n        resourceAvailability(requestId: $id) {\n          city {\n            id\n          }\n          available\n          stock {\n            tier\n            available\n            distanceKm\n          }\n          items {\n            ...ReadRulesItemFields\n          }\n        }\n      }\n    ": types.ReadRulesAvailabilityDocument,
    "\n      query ReadRulesStanding($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          score\n          summary\n        }\n      }\n    ": types.ReadRulesStandingDocument,
    "\n      query ReadRulesDrivers($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          drivers {\n            record {\n              id\n            }\n          }\n        }\n      }\n    ": types.ReadRulesDriversDocument,
    "\n      query ReadRulesRead($id: ID!) {\n        evaluation(id: $id) {\n          title\n          panel {\n            evaluatorId\n            organisation\n            kind\n            affiliatedWithCoordinationOffice\n            active\n            grantedAt\n          }\n        }\n      }\n    ": types.ReadRulesReadDocument,
    "\n      query ReadRulesAccreditations($clusterId: ID!) {\n        evaluatorAccreditations(clusterId: $clusterId) {\n          evaluatorId\n          organisation\n        }\n      }\n    ": types.ReadRulesAccreditationsDocument,
    "\n      query ReadRulesClaim($id: ID!) {\n        claim(id: $id) {\n          id\n          claimed {\n            amountMinor\n          }\n          items {\n            description\n          }\n        }\n      }\n    ": types.ReadRulesClaimDocument,
    "\n      query ReadRulesClaims($clusterId: ID!) {\n        claims(clusterId: $clusterId) {\n          nodes {\n            id\n          }\n        }\n      }\n    ": types.ReadRulesClaimsDocument,
    "\n      query ReadRulesThroughRecord($id: ID!) {\n        complianceRecord(id: $id) {\n          id\n          claim {\n            id\n            claimed {\n              amountMinor\n            }\n          }\n        }\n      }\n    ": types.ReadRulesThroughRecordDocument,
    "\n    query ReadRulesObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n          city {\n            id\n          }\n          event {\n            id\n          }\n        }\n      }\n    }\n  ": types.ReadRulesObligationsDocument,
    "\n    query ReadRulesRecords($clusterId: ID!, $cityId: ID!) {\n      complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n        nodes {\n          id\n          event {\n            id\n          }\n        }\n      }\n    }\n  ": types.ReadRulesRecordsDocument,
    "\n  query ResourcesCatalogue($clusterId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      unit\n      categories\n      version\n      tiers {\n        tier\n        capability\n        minimum\n        measure\n      }\n    }\n  }\n": types.ResourcesCatalogueDocument,
    "\n  mutation ResourcesDefine($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      version\n      tiers {\n        tier\n        minimum\n      }\n    }\n  }\n": types.ResourcesDefineDocument,
    "\n  mutation ShortfallTalliesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesCreateDocument,
    "\n  mutation ShortfallTalliesUpdate($items: [UpdateInventoryItemInput!]!) {\n    updateInventoryItems(items: $items) {\n      id\n      version\n    }\n  }\n": types.ShortfallTalliesUpdateDocument,
    "\n  query ShortfallTalliesItem($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      onHand\n      shareable\n      committed\n    }\n  }\n": types.ShortfallTalliesItemDocument,
    "\n  mutation ShortfallTalliesRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesRequestDocument,
    "\n  mutation ShortfallTalliesOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesOfferDocument,
    "\n  mutation ShortfallTalliesAccept($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      id\n    }\n  }\n": types.ShortfallTalliesAcceptDocument,
    "\n  mutation ShortfallTalliesDispatch($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesDispatchDocument,
    "\n  mutation ShortfallTalliesArrived($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      id\n    }\n  }\n": types.ShortfallTalliesArrivedDocument,
    "\n  mutation ShortfallTalliesReturn($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesReturnDocument,
    "\n  mutation ShortfallTalliesCancelOffer($offerId: ID!) {\n    cancelAid(input: { offerId: $offerId, reason: \"No longer needed\" }) {\n      id\n    }\n  }\n": types.ShortfallTalliesCancelOfferDocument,
    "\n  mutation ShortfallTalliesCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      id\n    }\n  }\n": types.ShortfallTalliesCancelRequestDocument,
    "\n  query ShortfallTalliesShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n      contributions {\n        available\n      }\n    }\n  }\n": types.ShortfallTalliesShortfallsDocument,
    "\n  query ShortfallTalliesRequirements($clusterId: ID!) {\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      tiers {\n        tier\n      }\n    }\n  }\n": types.ShortfallTalliesRequirementsDocument,
    "\n  query ShortfallsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n        share\n      }\n    }\n  }\n": types.ShortfallsShortfallsDocument,
    "\n  mutation ShortfallsSet($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      resourceType {\n        id\n      }\n      basis\n      quantity\n      version\n    }\n  }\n": types.ShortfallsSetDocument,
    "\n  mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n      shareable\n    }\n  }\n": types.ShortfallsUpdateDocument,
    "\n  query SituationReportsAudit($clusterId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { action: SITUATION_REPORT_SUBMITTED }, first: 100) {\n      nodes {\n        targetId\n        targetType\n        actorRole\n        changes\n      }\n    }\n  }\n": types.SituationReportsAuditDocument,
    "\n    mutation StateConflictsFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": types.StateConflictsFileDocument,
    "\n    mutation StateConflictsReview($input: ClaimActionInput!) {\n      startClaimReview(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": types.StateConflictsReviewDocument,
    "\n    mutation StateConflictsDecide($input: DecideClaimInput!) {\n      decideClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": types.StateConflictsDecideDocument,
    "\n    mutation StateConflictsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": types.StateConflictsAppealDocument,
    "\n    mutation StateConflictsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  ": types.StateConflictsDecideAppealDocument,
    "\n    mutation StateConflictsPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  ": types.StateConflictsPayDocument,
    "\n    mutation StateConflictsRevoke($clusterId: ID!) {\n      revokeAccreditation(\n        input: { clusterId: $clusterId, evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }\n      ) {\n        active\n        version\n      }\n    }\n  ": types.StateConflictsRevokeDocument,
    "\n  mutation TallyBuildUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": types.TallyBuildUpdateItemDocument,
    "\n  query TallyBuildItemVersion($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      shareable\n    }\n  }\n": types.TallyBuildItemVersionDocument,
    "\n  query TallyBuildShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n": types.TallyBuildShortfallsDocument,
    "\n  mutation FloodRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.FloodRecordDocument,
    "\n  query FloodRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n        }\n      }\n    }\n  }\n": types.FloodRankingDocument,
    "\n  query FloodExplained($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      change\n      summary\n      driverGroups {\n        kind\n        kindLabel\n        event {\n          id\n        }\n        records\n        effect\n        pointsShown\n        explanation\n      }\n    }\n  }\n": types.FloodExplainedDocument,
    "\n  query FloodPublic($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      summary\n    }\n  }\n": types.FloodPublicDocument,
    "\n  query FloodGroupsOnly($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      driverGroups {\n        effect\n      }\n    }\n  }\n": types.FloodGroupsOnlyDocument,
    "\n  mutation FloodSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n": types.FloodSettingsDocument,
    "\n  query FloodCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        minimumEvidenceToRank\n      }\n    }\n  }\n": types.FloodClusterDocument,
    "\n  mutation TrustTalliesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.TrustTalliesRecordDocument,
    "\n  mutation TrustTalliesDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n": types.TrustTalliesDisputeDocument,
    "\n  mutation TrustTalliesResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n": types.TrustTalliesResolveDocument,
    "\n  mutation TrustTalliesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": types.TrustTalliesSettingsDocument,
    "\n  query TrustTalliesCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n": types.TrustTalliesClusterDocument,
    "\n  query TrustTalliesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n": types.TrustTalliesStandingDocument,
    "\n  query TrustTalliesOffice($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n": types.TrustTalliesOfficeDocument,
    "\n  query TrustTalliesRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n": types.TrustTalliesRankingDocument,
    "\n  mutation TrustTallyReadCostRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.TrustTallyReadCostRecordDocument,
    "\n  query TrustTallyReadCostRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n            name\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n": types.TrustTallyReadCostRankingDocument,
    "\n  query TrustTallyReadCostStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      recordsCounted\n      trend {\n        score\n      }\n      change\n      direction\n      summary\n    }\n  }\n": types.TrustTallyReadCostStandingDocument,
    "\n  mutation TrustTallyRacesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.TrustTallyRacesRecordDocument,
    "\n  mutation TrustTallyRacesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n": types.TrustTallyRacesSettingsDocument,
    "\n  query TrustTallyRacesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n": types.TrustTallyRacesStandingDocument,
    "\n  mutation TrustTallyResumableRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.TrustTallyResumableRecordDocument,
    "\n  mutation TrustTallyResumableSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": types.TrustTallyResumableSettingsDocument,
    "\n  fragment TrustTallyResumableFigures on TrustStanding {\n    score\n    uncertainty\n    lowerBound\n    positiveEvidence\n    negativeEvidence\n    recordsCounted\n    trend {\n      score\n    }\n    change\n    direction\n  }\n": types.TrustTallyResumableFiguresFragmentDoc,
    "\n  query TrustTallyResumableStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n": types.TrustTallyResumableStandingDocument,
    "\n  query TrustTallyResumableOfficeStanding($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n": types.TrustTallyResumableOfficeStandingDocument,
    "\n  mutation TrustTallyUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n": types.TrustTallyUpgradeRecordDocument,
    "\n  fragment TrustRecordFields on ComplianceRecord {\n    id\n    kind\n    kindLabel\n    city {\n      id\n    }\n    aboutCoordinationOffice\n    agreement {\n      id\n    }\n    supervision\n    severity\n    note\n    evidence {\n      text\n      links\n    }\n    automatic\n    recordedByName\n    recordedByRole\n    status\n    counts\n    disputeWindowEndsAt\n    version\n    dispute {\n      statement\n      filedByName\n      resolution\n      reasons\n      resolvedByName\n    }\n    consequence {\n      kind\n      amount {\n        amountMinor\n        currency\n      }\n      until\n      inEffect\n    }\n  }\n": types.TrustRecordFieldsFragmentDoc,
    "\n  mutation TrustRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": types.TrustRecordDocument,
    "\n  mutation TrustDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": types.TrustDisputeDocument,
    "\n  mutation TrustResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n": types.TrustResolveDocument,
    "\n  query TrustOne($id: ID!) {\n    complianceRecord(id: $id) {\n      ...TrustRecordFields\n    }\n  }\n": types.TrustOneDocument,
    "\n  query TrustList($clusterId: ID!, $filter: ComplianceFilter) {\n    complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        id\n        kind\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n": types.TrustListDocument,
    "\n  query TrustStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      city {\n        id\n      }\n      score\n      uncertainty\n      recordsCounted\n      positiveEvidence\n      negativeEvidence\n      direction\n      summary\n      trend {\n        month\n        score\n      }\n    }\n  }\n": types.TrustStandingDocument,
    "\n  query TrustDrivers($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      drivers {\n        effect\n        weightRemaining\n        explanation\n        record {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.TrustDriversDocument,
    "\n  query TrustRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      trustHalfLifeDays\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          uncertainty\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        aboutCoordinationOffice\n        recordsCounted\n        score\n      }\n    }\n  }\n": types.TrustRankingDocument,
    "\n  query TrustBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n": types.TrustBalancesDocument,
    "\n  mutation TrustPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": types.TrustPayDocument,
    "\n  mutation TrustSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        disputeWindow\n        trustHalfLifeDays\n        thirdPartyWeight\n        selfWeight\n        rewardThreshold\n        penaltyThreshold\n      }\n    }\n  }\n": types.TrustSettingsDocument,
    "\n  mutation TrustFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n": types.TrustFundInDocument,
    "\n  mutation VersionConflictsBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      baseline {\n        shelterCapacity\n      }\n    }\n  }\n": types.VersionConflictsBaselineDocument,
    "\n  mutation VersionConflictsMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      version\n      mode\n    }\n  }\n": types.VersionConflictsModeDocument,
    "\n  mutation VersionConflictsTrust($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsTrustDocument,
    "\n  mutation VersionConflictsDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsDefineTypeDocument,
    "\n  mutation VersionConflictsRequirement($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsRequirementDocument,
    "\n  mutation VersionConflictsCreateItem($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.VersionConflictsCreateItemDocument,
    "\n  mutation VersionConflictsUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsUpdateItemDocument,
    "\n  mutation VersionConflictsRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      version\n    }\n  }\n": types.VersionConflictsRequestAidDocument,
    "\n  mutation VersionConflictsCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsCancelRequestDocument,
    "\n  mutation VersionConflictsCloseRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsCloseRequestDocument,
    "\n  mutation VersionConflictsRubric($input: DefineRubricInput!) {\n    defineRubric(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsRubricDocument,
    "\n  mutation VersionConflictsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": types.VersionConflictsOpenEvaluationDocument,
    "\n  mutation VersionConflictsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      version\n    }\n  }\n": types.VersionConflictsFinalizeDocument,
    "\n  mutation WebhooksFromDispatcherCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n": types.WebhooksFromDispatcherCreateDocument,
    "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        events\n        status\n        version\n        city {\n          id\n        }\n        cluster {\n          id\n        }\n      }\n    }\n  }\n": types.WebhooksCreateDocument,
    "\n  query WebhooksList($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      id\n      url\n      status\n      version\n      secretRotatedAt\n      city {\n        id\n      }\n    }\n  }\n": types.WebhooksListDocument,
    "\n  mutation WebhooksPause($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.WebhooksPauseDocument,
    "\n  mutation WebhooksResume($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.WebhooksResumeDocument,
    "\n  mutation WebhooksDelete($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n": types.WebhooksDeleteDocument,
    "\n  mutation WebhooksRotate($input: WebhookSubscriptionActionInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      subscription {\n        id\n        version\n        secretRotatedAt\n      }\n    }\n  }\n": types.WebhooksRotateDocument,
    "\n  query WebhooksDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      nodes {\n        id\n        notificationId\n        type\n        state\n        nextAttemptAt\n        deliveredAt\n        parkedAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WebhooksDeliveriesDocument,
    "\n  query WebhooksAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        targetType\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n": types.WebhooksAuditDocument,
    "\n  mutation BrowserReportEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n    }\n  }\n": types.BrowserReportEventDocument,
    "\n  mutation BrowserEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n    }\n  }\n": types.BrowserEscalateDocument,
    "\n  mutation BrowserOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      rubric {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n": types.BrowserOpenEvaluationDocument,
    "\n  mutation BrowserSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n": types.BrowserSubmitAssessmentDocument,
    "\n  query BrowserEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n": types.BrowserEvaluationVersionDocument,
    "\n  mutation BrowserFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n    }\n  }\n": types.BrowserFinalizeDocument,
    "\n  mutation BrowserCreateAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.BrowserCreateActionDocument,
    "\n  mutation BrowserProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n": types.BrowserProgressDocument,
    "\n  mutation BrowserComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      version\n    }\n  }\n": types.BrowserCompleteDocument,
    "\n  mutation BrowserVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      status\n    }\n  }\n": types.BrowserVerifyDocument,
    "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    status\n    version\n    dueAt\n    overdue\n    percent\n    action\n    recommendation\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n    }\n    evaluation {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      reason\n      byName\n    }\n    overdueRecord {\n      id\n      kind\n    }\n    createdByName\n  }\n": types.CorrectiveActionFieldsFragmentDoc,
    "\n  mutation CorrectiveCreate($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.CorrectiveCreateDocument,
    "\n  mutation CorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.CorrectiveProgressDocument,
    "\n  mutation CorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.CorrectiveCompleteDocument,
    "\n  mutation CorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n": types.CorrectiveVerifyDocument,
    "\n  query CorrectiveAction($id: ID!, $first: Int) {\n    correctiveAction(id: $id) {\n      ...CorrectiveActionFields\n      history(first: $first) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n          }\n          at\n          byName\n          byRole\n          version\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CorrectiveActionDocument,
    "\n  query CorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $first: Int, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        overdue\n        ownerCity {\n          name\n        }\n        aboutCoordinationOffice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CorrectiveActionsDocument,
    "\n  query CorrectiveLessons($clusterId: ID!, $category: RiskCategory, $search: String, $first: Int, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        evaluation {\n          id\n          status\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CorrectiveLessonsDocument,
    "\n  mutation CorrectiveOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n": types.CorrectiveOpenEvaluationDocument,
    "\n  mutation CorrectiveSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n": types.CorrectiveSubmitDocument,
    "\n  mutation CorrectiveFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n    }\n  }\n": types.CorrectiveFinalizeDocument,
    "\n  query CorrectiveEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n": types.CorrectiveEvaluationVersionDocument,
    "\n  fragment DispatchedOfferFields on AidOffer {\n    id\n    status\n    version\n    eta\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n  }\n": types.DispatchedOfferFieldsFragmentDoc,
    "\n  mutation DispatchesAcceptAid($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      status\n    }\n  }\n": types.DispatchesAcceptAidDocument,
    "\n  mutation DispatchesDispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": types.DispatchesDispatchAidDocument,
    "\n  mutation DispatchesCorrectCosts($input: CorrectDispatchCostsInput!) {\n    correctDispatchCosts(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": types.DispatchesCorrectCostsDocument,
    "\n  mutation DispatchesReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n": types.DispatchesReturnAidDocument,
    "\n  query DispatchesOffer($requestId: ID!) {\n    aidRequest(id: $requestId) {\n      offers {\n        ...DispatchedOfferFields\n      }\n    }\n  }\n": types.DispatchesOfferDocument,
    "\n  query InventoryOracleItems($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 100, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n        tier\n        readiness\n        shareable\n        committed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InventoryOracleItemsDocument,
    "\n  query InventoryOracleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      quantity\n    }\n    cluster(id: $clusterId) {\n      cities(first: 100) {\n        nodes {\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n": types.InventoryOracleShortfallsDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    status\n    version\n    statusReason\n    inForce {\n      number\n      status\n      title\n    }\n    pending {\n      number\n      status\n      ratifications {\n        city {\n          id\n        }\n      }\n      awaiting {\n        id\n      }\n      lastDecline {\n        city {\n          id\n        }\n        reason\n      }\n    }\n    versions {\n      number\n      status\n    }\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.DraftAgreementDocument,
    "\n  mutation ProposeAgreement($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.ProposeAgreementDocument,
    "\n  mutation RatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.RatifyAgreementDocument,
    "\n  mutation DeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.DeclineAgreementDocument,
    "\n  mutation AmendAgreement($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.AmendAgreementDocument,
    "\n  mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.UpdateAgreementDraftDocument,
    "\n  mutation SuspendAgreement($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  fragment EventFields on RiskEvent {\n    id\n    status\n    level\n    warning\n    version\n    confirmedAt\n    originCity {\n      id\n    }\n    affectedCities {\n      id\n    }\n    escalation {\n      automatic\n      reason\n    }\n    timeline {\n      kind\n      from\n      to\n    }\n  }\n": types.EventFieldsFragmentDoc,
    "\n  mutation ReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.ReportRiskEventDocument,
    "\n  mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.ConfirmRiskEventDocument,
    "\n  mutation UpdateRiskEvent($input: UpdateRiskEventInput!) {\n    updateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.UpdateRiskEventDocument,
    "\n  mutation EscalateRiskEvent($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n": types.EscalateRiskEventDocument,
    "\n  mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      ...EventFields\n    }\n  }\n": types.SetRiskEventStatusDocument,
    "\n  fragment ObligationFields on Obligation {\n    id\n    status\n    version\n    kind\n    role\n    action\n    dueAt\n    triggeredAt\n    fulfilledAt\n    recordedAt\n    agreementVersion\n    owedByCoordinationOffice\n    city {\n      id\n    }\n    duty {\n      id\n      action\n      deadline\n    }\n    agreement {\n      id\n    }\n    event {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    waivedReason\n  }\n": types.ObligationFieldsFragmentDoc,
    "\n  query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ObligationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ObligationsDocument,
    "\n  mutation FulfilObligation($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n": types.FulfilObligationDocument,
    "\n  mutation WaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n": types.WaiveObligationDocument,
    "\n  query ObligationSummary($clusterId: ID!, $eventId: ID) {\n    obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n      city {\n        id\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n": types.ObligationSummaryDocument,
    "\n  query ComplianceRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        city {\n          id\n        }\n        obligation {\n          id\n        }\n        supervision\n        recordedByName\n        note\n      }\n    }\n  }\n": types.ComplianceRecordsDocument,
    "\n  query TrustRankingFigures($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n          trend {\n            score\n          }\n        }\n      }\n      coordinationOffice {\n        score\n        recordsCounted\n      }\n    }\n  }\n": types.TrustRankingFiguresDocument,
    "\n  fragment AidRequestFields on AidRequest {\n    id\n    status\n    quantity\n    acceptedQuantity\n    version\n    closedAt\n    closingReason\n    requester {\n      id\n    }\n    resourceType {\n      id\n    }\n    offers {\n      id\n      status\n      quantity\n      reason\n    }\n  }\n": types.AidRequestFieldsFragmentDoc,
    "\n  fragment AidOfferFields on AidOffer {\n    id\n    status\n    quantity\n    eta\n    consumed\n    returned\n    fromCity {\n      id\n    }\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    item {\n      id\n      onHand\n      shareable\n      committed\n      available\n    }\n  }\n": types.AidOfferFieldsFragmentDoc,
    "\n  mutation RequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": types.RequestAidDocument,
    "\n  query AidRequest($id: ID!) {\n    aidRequest(id: $id) {\n      ...AidRequestFields\n    }\n  }\n": types.AidRequestDocument,
    "\n  mutation CancelAidRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": types.CancelAidRequestDocument,
    "\n  mutation CloseAidRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n": types.CloseAidRequestDocument,
    "\n  mutation OfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": types.OfferAidDocument,
    "\n  mutation AcceptAidOffer($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n": types.AcceptAidOfferDocument,
    "\n  mutation DeclineAidOffer($offerId: ID!, $reason: String!) {\n    declineAidOffer(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n": types.DeclineAidOfferDocument,
    "\n  mutation DispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": types.DispatchAidDocument,
    "\n  mutation ConfirmAidArrival($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n": types.ConfirmAidArrivalDocument,
    "\n  mutation ReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n": types.ReturnAidDocument,
    "\n  mutation CancelAid($offerId: ID!, $reason: String!) {\n    cancelAid(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n": types.CancelAidDocument,
    "\n  query InventoryItem($id: ID!) {\n    inventoryItem(id: $id) {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n    }\n  }\n": types.InventoryItemDocument,
    "\n  fragment SituationReportFields on SituationReport {\n    id\n    asOf\n    submittedAt\n    submittedByName\n    submittedByRole\n    summary\n    casualties {\n      dead\n      injured\n      missing\n    }\n    evacuated\n    affectedPopulation\n    needs\n    city {\n      id\n      name\n    }\n    event {\n      id\n    }\n  }\n": types.SituationReportFieldsFragmentDoc,
    "\n  mutation SubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n": types.SubmitSituationReportDocument,
    "\n  query SituationReports($eventId: ID!, $first: Int, $after: String) {\n    situationReports(eventId: $eventId, first: $first, after: $after) {\n      nodes {\n        ...SituationReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SituationReportsDocument,
    "\n  query EventPicture($eventId: ID!, $staleAfter: Duration) {\n    eventPicture(eventId: $eventId, staleAfter: $staleAfter) {\n      at\n      staleAfter\n      event {\n        id\n      }\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n        }\n      }\n      notReported {\n        id\n        name\n      }\n    }\n  }\n": types.EventPictureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsConfirm($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsConfirm($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decisionReason\n      items {\n        number\n        approved {\n          amountMinor\n        }\n        reductionReason\n      }\n      payments {\n        fromId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decisionReason\n      items {\n        number\n        approved {\n          amountMinor\n        }\n        reductionReason\n      }\n      payments {\n        fromId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsClaims($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        claimant {\n          id\n        }\n        event {\n          id\n        }\n        claimed {\n          amountMinor\n        }\n        items {\n          kind\n          description\n          evidence\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsClaims($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        claimant {\n          id\n        }\n        event {\n          id\n        }\n        claimed {\n          amountMinor\n        }\n        items {\n          kind\n          description\n          evidence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsEvent($id: ID!) {\n    riskEvent(id: $id) {\n      status\n      category\n      level\n      originCity {\n        id\n      }\n      affectedCities {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsEvent($id: ID!) {\n    riskEvent(id: $id) {\n      status\n      category\n      level\n      originCity {\n        id\n      }\n      affectedCities {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsDraft($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsDraft($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsPropose($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsPropose($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsRatify($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsRatify($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserActionsAmend($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserActionsAmend($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsAgreementVersion($id: ID!) {\n    agreement(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsAgreementVersion($id: ID!) {\n    agreement(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsAgreement($id: ID!) {\n    agreement(id: $id) {\n      status\n      pending {\n        status\n        ratifications {\n          city {\n            id\n          }\n        }\n        lastDecline {\n          reason\n          city {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsAgreement($id: ID!) {\n    agreement(id: $id) {\n      status\n      pending {\n        status\n        ratifications {\n          city {\n            id\n          }\n        }\n        lastDecline {\n          reason\n          city {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionsAidRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 50) {\n      nodes {\n        status\n        quantity\n        minimumTier\n        requester {\n          id\n        }\n        resourceType {\n          id\n        }\n        destination {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionsAidRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 50) {\n      nodes {\n        status\n        quantity\n        minimumTier\n        requester {\n          id\n        }\n        resourceType {\n          id\n        }\n        destination {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserBumpProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserBumpProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserActionVersion($id: ID!) {\n    correctiveAction(id: $id) {\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  query BrowserActionVersion($id: ID!) {\n    correctiveAction(id: $id) {\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserUnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query BrowserUnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AidRequestsAudit($clusterId: ID!, $id: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $id }) {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query AidRequestsAudit($clusterId: ID!, $id: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $id }) {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTargetNamesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTargetNamesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditTargetNamesUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AuditTargetNamesUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTargetNamesAudit($clusterId: ID!, $filter: AuditLogFilter!) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTargetNamesAudit($clusterId: ID!, $filter: AuditLogFilter!) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTargetNamesHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTargetNamesHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        targetType\n        targetId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        action\n        targetId\n        versionAfter\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditAudit($clusterId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        action\n        targetId\n        versionAfter\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BaselineUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      id\n      version\n      updatedAt\n      baseline {\n        population\n        vulnerablePopulation\n        emergencyTeams\n        emergencyPersonnel\n        shelterCapacity\n        asOf\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BaselineUpdate($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      id\n      version\n      updatedAt\n      baseline {\n        population\n        vulnerablePopulation\n        emergencyTeams\n        emergencyPersonnel\n        shelterCapacity\n        asOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineRead($id: ID!) {\n    city(id: $id) {\n      version\n      baseline {\n        population\n        shelterCapacity\n        emergencyTeams\n        asOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineRead($id: ID!) {\n    city(id: $id) {\n      version\n      baseline {\n        population\n        shelterCapacity\n        emergencyTeams\n        asOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorId\n        actorName\n        actorRole\n        targetType\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaselineAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorId\n        actorName\n        actorRole\n        targetType\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoundsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BoundsSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsSetReserve($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      quantity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BoundsSetReserve($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      quantity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n"): (typeof documents)["\n  query BoundsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      quantity\n    }\n  }\n"): (typeof documents)["\n  mutation BoundsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      quantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoundsRequests($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityIndexUpgradeCities($id: ID!, $first: Int, $after: String) {\n    cluster(id: $id) {\n      cities(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          localName\n          baseline {\n            population\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CityIndexUpgradeCities($id: ID!, $first: Int, $after: String) {\n    cluster(id: $id) {\n      cities(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          localName\n          baseline {\n            population\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityIndexUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n  }\n"): (typeof documents)["\n  query CityIndexUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CityIndexUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CityIndexUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CityIndexUpgradeBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      localName\n    }\n  }\n"): (typeof documents)["\n  mutation CityIndexUpgradeBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      localName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLimitsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n      version\n      claimed {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLimitsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n      version\n      claimed {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLimitsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLimitsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLimitsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLimitsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLimitsAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLimitsAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLimitsDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLimitsDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsCapFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsCapFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsCapReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsCapReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsCapDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsCapDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimsClaimFields on Claim {\n    id\n    status\n    version\n    claimed {\n      amountMinor\n      currency\n    }\n    approved {\n      amountMinor\n    }\n    items {\n      number\n      kind\n      amount {\n        amountMinor\n      }\n      approved {\n        amountMinor\n      }\n      reductionReason\n    }\n    ledgerEntries {\n      payerId\n      payeeId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimsClaimFields on Claim {\n    id\n    status\n    version\n    claimed {\n      amountMinor\n      currency\n    }\n    approved {\n      amountMinor\n    }\n    items {\n      number\n      kind\n      amount {\n        amountMinor\n      }\n      approved {\n        amountMinor\n      }\n      reductionReason\n    }\n    ledgerEntries {\n      payerId\n      payeeId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...ClaimsClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      city {\n        id\n      }\n      net {\n        amountMinor\n        currency\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      city {\n        id\n      }\n      net {\n        amountMinor\n        currency\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimsFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimsFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ClaimsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          statement\n          outcome\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ClaimsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          statement\n          outcome\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ClaimsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          outcome\n          reason\n          decidedByName\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ClaimsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        ...ClaimsClaimFields\n        appeal {\n          outcome\n          reason\n          decidedByName\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterBuilderMe {\n    me {\n      role\n      cluster {\n        id\n      }\n      city {\n        id\n        name\n      }\n      overseenClusters {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterBuilderMe {\n    me {\n      role\n      cluster {\n        id\n      }\n      city {\n        id\n        name\n      }\n      overseenClusters {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterBuilderCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      cities {\n        nodes {\n          id\n          name\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterBuilderCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      cities {\n        nodes {\n          id\n          name\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterBuilderItem($id: ID!) {\n    inventoryItem(id: $id) {\n      city {\n        id\n      }\n      resourceType {\n        id\n      }\n      onHand\n    }\n  }\n"): (typeof documents)["\n  query ClusterBuilderItem($id: ID!) {\n    inventoryItem(id: $id) {\n      city {\n        id\n      }\n      resourceType {\n        id\n      }\n      onHand\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterBuilderAccreditations($clusterId: ID!) {\n    evaluatorAccreditations(clusterId: $clusterId) {\n      evaluatorId\n      kind\n      active\n    }\n  }\n"): (typeof documents)["\n  query ClusterBuilderAccreditations($clusterId: ID!) {\n    evaluatorAccreditations(clusterId: $clusterId) {\n      evaluatorId\n      kind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterBuilderAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      status\n      inForce {\n        parties {\n          name\n        }\n        duties {\n          id\n          city {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterBuilderAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      status\n      inForce {\n        parties {\n          name\n        }\n        duties {\n          id\n          city {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClustersCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      formationMode\n      mode\n      modeSince\n      version\n      desks {\n        category\n        name\n        dutyPhone\n        hostCity {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClustersCluster($id: ID!) {\n    cluster(id: $id) {\n      id\n      name\n      formationMode\n      mode\n      modeSince\n      version\n      desks {\n        category\n        name\n        dutyPhone\n        hostCity {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClustersClusters($after: String, $first: Int) {\n      clusters(first: $first, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ClustersClusters($after: String, $first: Int) {\n      clusters(first: $first, after: $after) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClustersCities($id: ID!, $first: Int, $after: String) {\n      cluster(id: $id) {\n        cities(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            province\n            cluster {\n              id\n            }\n            location {\n              latitude\n              longitude\n            }\n            baseline {\n              population\n              vulnerablePopulation\n              emergencyTeams\n              emergencyPersonnel\n              shelterCapacity\n              asOf\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ClustersCities($id: ID!, $first: Int, $after: String) {\n      cluster(id: $id) {\n        cities(first: $first, after: $after) {\n          nodes {\n            id\n            name\n            province\n            cluster {\n              id\n            }\n            location {\n              latitude\n              longitude\n            }\n            baseline {\n              population\n              vulnerablePopulation\n              emergencyTeams\n              emergencyPersonnel\n              shelterCapacity\n              asOf\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColdStartMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query ColdStartMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompensationTermsRead($id: ID!) {\n    agreement(id: $id) {\n      version\n      inForce {\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pending {\n        number\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompensationTermsRead($id: ID!) {\n    agreement(id: $id) {\n      version\n      inForce {\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n      pending {\n        number\n        compensation {\n          currency\n          filingWindow\n          coveredKinds {\n            kind\n            capPerClaim {\n              amountMinor\n              currency\n            }\n          }\n          capPerClaim {\n            amountMinor\n          }\n          capPerEvent {\n            amountMinor\n          }\n          sharingRule {\n            kind\n            fundBasisPoints\n            shares {\n              city {\n                id\n              }\n              basisPoints\n            }\n            remainderRule {\n              kind\n              shares {\n                city {\n                  id\n                }\n                basisPoints\n              }\n            }\n          }\n          inKind {\n            form\n            description\n            value {\n              amountMinor\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveOverdueRecords($clusterId: ID!, $cityId: ID!) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n      nodes {\n        id\n        kind\n        kindLabel\n        automatic\n        counts\n        city {\n          name\n        }\n        evaluation {\n          id\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n    }\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n      score\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveOverdueRecords($clusterId: ID!, $cityId: ID!) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n      nodes {\n        id\n        kind\n        kindLabel\n        automatic\n        counts\n        city {\n          name\n        }\n        evaluation {\n          id\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n    }\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }, first: 20) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }, first: 20) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveOverdueTallyStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveOverdueTallyStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveOverdueTallyHalfLife($id: ID!) {\n    cluster(id: $id) {\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveOverdueTallyHalfLife($id: ID!) {\n    cluster(id: $id) {\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveOverdueTallyDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveOverdueTallyDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveOverdueTallyResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveOverdueTallyResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCostsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchCostsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchCostsClusterCurrency($id: ID!) {\n    cluster(id: $id) {\n      currency\n    }\n  }\n"): (typeof documents)["\n  query DispatchCostsClusterCurrency($id: ID!) {\n    cluster(id: $id) {\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchCostsAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchCostsAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n      kind\n      affiliatedCity {\n        id\n      }\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationsAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n      kind\n      affiliatedCity {\n        id\n      }\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationsOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      status\n      version\n      targetKind\n      targetType\n      city {\n        id\n      }\n      event {\n        id\n      }\n      rubric {\n        id\n        criteria {\n          id\n          weight\n        }\n        scaleMin\n        scaleMax\n      }\n      panel {\n        evaluatorId\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationsOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      status\n      version\n      targetKind\n      targetType\n      city {\n        id\n      }\n      event {\n        id\n      }\n      rubric {\n        id\n        criteria {\n          id\n          weight\n        }\n        scaleMin\n        scaleMax\n      }\n      panel {\n        evaluatorId\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationsDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationsDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationsSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      findings\n      submittedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationsSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      kind\n      scores {\n        criterionId\n        score\n      }\n      findings\n      submittedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n      finalizedByName\n      result {\n        overall\n        normalized\n        thirdPartyOverall\n        selfOverall\n        thirdPartyWeight\n        selfWeight\n        thirdPartyCount\n        selfCount\n        spreadMin\n        spreadMax\n        spreadRange\n        outcome\n        criteria {\n          criterionId\n          name\n          thirdPartyMean\n          selfMean\n          combined\n          spread\n        }\n      }\n      complianceRecord {\n        id\n        kind\n        city {\n          id\n        }\n        supervision\n        automatic\n        note\n        consequence {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluationsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n      finalizedByName\n      result {\n        overall\n        normalized\n        thirdPartyOverall\n        selfOverall\n        thirdPartyWeight\n        selfWeight\n        thirdPartyCount\n        selfCount\n        spreadMin\n        spreadMax\n        spreadRange\n        outcome\n        criteria {\n          criterionId\n          name\n          thirdPartyMean\n          selfMean\n          combined\n          spread\n        }\n      }\n      complianceRecord {\n        id\n        kind\n        city {\n          id\n        }\n        supervision\n        automatic\n        note\n        consequence {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationsEvaluation($id: ID!) {\n    evaluation(id: $id) {\n      id\n      status\n      version\n      assessments {\n        evaluatorId\n        kind\n        findings\n      }\n      myAssessment {\n        status\n      }\n      result {\n        overall\n        normalized\n        outcome\n      }\n      complianceRecord {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationsEvaluation($id: ID!) {\n    evaluation(id: $id) {\n      id\n      status\n      version\n      assessments {\n        evaluatorId\n        kind\n        findings\n      }\n      myAssessment {\n        status\n      }\n      result {\n        overall\n        normalized\n        outcome\n      }\n      complianceRecord {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationsList($clusterId: ID!) {\n    evaluations(clusterId: $clusterId) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationsList($clusterId: ID!) {\n    evaluations(clusterId: $clusterId) {\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      recordsCounted\n      drivers {\n        record {\n          kind\n          evaluation {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvaluationsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      recordsCounted\n      drivers {\n        record {\n          kind\n          evaluation {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EvaluationsRubric($input: DefineRubricInput!) {\n      defineRubric(input: $input) {\n        id\n        version\n        criteria {\n          id\n          weight\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation EvaluationsRubric($input: DefineRubricInput!) {\n      defineRubric(input: $input) {\n        id\n        version\n        criteria {\n          id\n          weight\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EvaluationsObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query EvaluationsObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredPagesOpenRequests($clusterId: ID!, $first: Int!, $after: String) {\n    aidRequests(clusterId: $clusterId, status: OPEN, first: $first, after: $after) {\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredPagesOpenRequests($clusterId: ID!, $first: Int!, $after: String) {\n    aidRequests(clusterId: $clusterId, status: OPEN, first: $first, after: $after) {\n      nodes {\n        id\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n      city {\n        id\n      }\n      thirdParty\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation FundContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n      city {\n        id\n      }\n      thirdParty\n      amount {\n        amountMinor\n      }\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundFund($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      balance {\n        amountMinor\n        currency\n      }\n      owed {\n        amountMinor\n      }\n      contributions {\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundFund($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      balance {\n        amountMinor\n        currency\n      }\n      owed {\n        amountMinor\n      }\n      contributions {\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation IdsKeysAndTextSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdsKeysAndTextMode($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdsKeysAndTextMode($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdsKeysAndTextEvents($clusterId: ID!) {\n    riskEvents(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdsKeysAndTextEvents($clusterId: ID!) {\n    riskEvents(clusterId: $clusterId, first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) {\n        updateInventoryItem(input: $input, idempotencyKey: $key) {\n          version\n          onHand\n        }\n      }\n    "): (typeof documents)["\n      mutation IdsKeysAndTextUpdate($input: UpdateInventoryItemInput!, $key: String) {\n        updateInventoryItem(input: $input, idempotencyKey: $key) {\n          version\n          onHand\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryTallyUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n"): (typeof documents)["\n  query InventoryTallyUpgradeShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryTallyUpgradeUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation InventoryTallyUpgradeUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InventoryItemFields on InventoryItem {\n    id\n    version\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    lastVerifiedAt\n    storage {\n      name\n      latitude\n      longitude\n    }\n    city {\n      id\n    }\n    resourceType {\n      id\n      unit\n    }\n    tier\n  }\n"): (typeof documents)["\n  fragment InventoryItemFields on InventoryItem {\n    id\n    version\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    lastVerifiedAt\n    storage {\n      name\n      latitude\n      longitude\n    }\n    city {\n      id\n    }\n    resourceType {\n      id\n      unit\n    }\n    tier\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      ...InventoryItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation InventoryCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      ...InventoryItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) {\n    updateInventoryItem(input: $input, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation InventoryUpdate($input: UpdateInventoryItemInput!, $key: String) {\n    updateInventoryItem(input: $input, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) {\n    updateInventoryItems(items: $items, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation InventoryUpdateMany($items: [UpdateInventoryItemInput!]!, $key: String) {\n    updateInventoryItems(items: $items, idempotencyKey: $key) {\n      ...InventoryItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryRead($id: ID!) {\n    inventoryItem(id: $id) {\n      ...InventoryItemFields\n    }\n  }\n"): (typeof documents)["\n  query InventoryRead($id: ID!) {\n    inventoryItem(id: $id) {\n      ...InventoryItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryHistory($id: ID!) {\n    inventoryHistory(itemId: $id, first: 100) {\n      nodes {\n        action\n        actorName\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) {\n      nodes {\n        id\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryList($clusterId: ID!, $cityId: ID, $type: ID) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $type, first: 100) {\n      nodes {\n        id\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpgradeViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      fromMembers {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpgradeViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      fromMembers {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpgradePay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpgradePay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListCallsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ListCallsRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListCallsOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ListCallsOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsRequestsWithOffers($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        offers {\n          id\n          quantity\n          costItems {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsRequestsWithOffers($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        offers {\n          id\n          quantity\n          costItems {\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsOffersWithRequest($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        offers {\n          id\n          request {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsOffersWithRequest($clusterId: ID!) {\n    aidRequests(clusterId: $clusterId, first: 20) {\n      nodes {\n        offers {\n          id\n          request {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListCallsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ListCallsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListCallsSaveAssessment($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ListCallsSaveAssessment($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsEvaluationsWithMine($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        myAssessment {\n          scores {\n            criterionId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsEvaluationsWithMine($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        myAssessment {\n          scores {\n            criterionId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      cities(first: 20) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      cities(first: 20) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        versions {\n          number\n          duties {\n            action\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        versions {\n          number\n          duties {\n            action\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCallsInventory($clusterId: ID!) {\n    inventory(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCallsInventory($clusterId: ID!) {\n    inventory(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalNamesOfCluster($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      name\n      localName\n      cities(first: 50) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n    }\n  }\n"): (typeof documents)["\n  query LocalNamesOfCluster($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      name\n      localName\n      cities(first: 50) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalNameOfCity($id: ID!) {\n    city(id: $id) {\n      name\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalNameOfCity($id: ID!) {\n    city(id: $id) {\n      name\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LocalNameRename($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LocalNameRename($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      localName\n      version\n      baseline {\n        population\n        asOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LocalNameDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      localName\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LocalNameDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      localName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalNameAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalNameAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessagesNameCitiesFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation MessagesNameCitiesFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MessagesNameCitiesPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation MessagesNameCitiesPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ModeSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeHistory($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          from\n          to\n          reason\n          at\n          byName\n          byRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModeHistory($id: ID!) {\n    cluster(id: $id) {\n      mode\n      version\n      modeHistory {\n        nodes {\n          from\n          to\n          reason\n          at\n          byName\n          byRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeAudit($id: ID!) {\n    auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) {\n      nodes {\n        action\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModeAudit($id: ID!) {\n    auditLog(clusterId: $id, filter: { action: CLUSTER_MODE_CHANGED }) {\n      nodes {\n        action\n        targetId\n        versionBefore\n        versionAfter\n        changes\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      from {\n        id\n      }\n      to {\n        id\n      }\n      amount {\n        amountMinor\n        currency\n      }\n      reference\n      paidAt\n      claimId\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      from {\n        id\n      }\n      to {\n        id\n      }\n      amount {\n        amountMinor\n        currency\n      }\n      reference\n      paidAt\n      claimId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n    }\n  }\n"): (typeof documents)["\n  query MoneyViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decidedAt\n      ledgerEntries {\n        payerId\n        amount {\n          amountMinor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n      approved {\n        amountMinor\n      }\n      decidedAt\n      ledgerEntries {\n        payerId\n        amount {\n          amountMinor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      approved {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      status\n      approved {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      approved {\n        amountMinor\n      }\n      payments {\n        id\n        fromId\n        toId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n      owedByPayer {\n        payerId\n        owed {\n          amountMinor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyClaim($id: ID!) {\n    claim(id: $id) {\n      status\n      approved {\n        amountMinor\n      }\n      payments {\n        id\n        fromId\n        toId\n        amount {\n          amountMinor\n        }\n        reference\n      }\n      owedByPayer {\n        payerId\n        owed {\n          amountMinor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyObligations($clusterId: ID!, $filter: ObligationFilter) {\n    obligations(clusterId: $clusterId, filter: $filter) {\n      nodes {\n        id\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyObligations($clusterId: ID!, $filter: ObligationFilter) {\n    obligations(clusterId: $clusterId, filter: $filter) {\n      nodes {\n        id\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsSurcharge($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LimitsSurcharge($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LimitsViews($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      balance {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyModelClaim on Claim {\n    id\n    status\n    version\n  }\n"): (typeof documents)["\n  fragment MoneyModelClaim on Claim {\n    id\n    status\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelAppeal($input: AppealClaimInput!) {\n    appealClaim(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelDecideAppeal($input: DecideAppealInput!) {\n    decideAppeal(input: $input) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyModelClaimVersion($id: ID!) {\n    claim(id: $id) {\n      ...MoneyModelClaim\n    }\n  }\n"): (typeof documents)["\n  query MoneyModelClaimVersion($id: ID!) {\n    claim(id: $id) {\n      ...MoneyModelClaim\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n      claimId\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n      reference\n      claimId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelContribute($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyModelRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyModelRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyModelView($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      balance {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyModelView($clusterId: ID!) {\n    fund(clusterId: $clusterId) {\n      fromMembers {\n        amountMinor\n      }\n      fromThirdParties {\n        amountMinor\n      }\n      disbursed {\n        amountMinor\n      }\n      received {\n        amountMinor\n      }\n      balance {\n        amountMinor\n      }\n      owed {\n        amountMinor\n      }\n      dueToFund {\n        amountMinor\n      }\n    }\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n    settlementPlan(clusterId: $clusterId) {\n      fromId\n      toId\n      amount {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyModelClaims($clusterId: ID!, $after: String) {\n    claims(clusterId: $clusterId, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        event {\n          id\n        }\n        approved {\n          amountMinor\n        }\n        owedByPayer {\n          payerId\n          owed {\n            amountMinor\n          }\n        }\n        payments {\n          reference\n          amount {\n            amountMinor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyModelClaims($clusterId: ID!, $after: String) {\n    claims(clusterId: $clusterId, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n        event {\n          id\n        }\n        approved {\n          amountMinor\n        }\n        owedByPayer {\n          payerId\n          owed {\n            amountMinor\n          }\n        }\n        payments {\n          reference\n          amount {\n            amountMinor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutualAidAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n      available\n      distanceKm\n    }\n  }\n"): (typeof documents)["\n  query MutualAidAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n      available\n      distanceKm\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutualAidShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      available\n    }\n  }\n"): (typeof documents)["\n  query MutualAidShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedCallsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NestedCallsFile($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedCallsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NestedCallsReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestedCallsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NestedCallsDecide($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedCallsClaimsWithLedger($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        ledgerEntries {\n          id\n          kind\n          payerId\n          payeeId\n          claimId\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedCallsClaimsWithLedger($clusterId: ID!) {\n    claims(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        ledgerEntries {\n          id\n          kind\n          payerId\n          payeeId\n          claimId\n          amount {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedCallsActionsWithHistory($clusterId: ID!, $first: Int) {\n    correctiveActions(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        version\n        history(first: $first) {\n          nodes {\n            version\n            kind\n            status\n            note\n            percent\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedCallsActionsWithHistory($clusterId: ID!, $first: Int) {\n    correctiveActions(clusterId: $clusterId, first: 20) {\n      nodes {\n        id\n        version\n        history(first: $first) {\n          nodes {\n            version\n            kind\n            status\n            note\n            percent\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedCallsActionHistoryAfter($id: ID!, $first: Int, $after: String) {\n    correctiveAction(id: $id) {\n      history(first: $first, after: $after) {\n        nodes {\n          version\n          kind\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedCallsActionHistoryAfter($id: ID!, $first: Int, $after: String) {\n    correctiveAction(id: $id) {\n      history(first: $first, after: $after) {\n        nodes {\n          version\n          kind\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndToEndSubscribe($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndToEndSubscribe($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndToEndInbox {\n    notifications(first: 50) {\n      nodes {\n        type\n        eventId\n        obligationId\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query EndToEndInbox {\n    notifications(first: 50) {\n      nodes {\n        type\n        eventId\n        obligationId\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EndToEndDeliveries($subscriptionId: ID!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {\n      nodes {\n        state\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query EndToEndDeliveries($subscriptionId: ID!) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {\n      nodes {\n        state\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n        clusterId\n        eventId\n        obligationId\n        cityId\n        obligation {\n          id\n          dueAt\n        }\n        event {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n        clusterId\n        eventId\n        obligationId\n        cityId\n        obligation {\n          id\n          dueAt\n        }\n        event {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsWhoIsTold {\n    notifications(first: 100) {\n      nodes {\n        id\n        type\n        message\n        clusterId\n        eventId\n        aidRequestId\n        aidOfferId\n        evaluationId\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsWhoIsTold {\n    notifications(first: 100) {\n      nodes {\n        id\n        type\n        message\n        clusterId\n        eventId\n        aidRequestId\n        aidOfferId\n        evaluationId\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsWhoIsToldAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsWhoIsToldAvailability($id: ID!) {\n    resourceAvailability(requestId: $id) {\n      city {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsWhoIsToldOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsWhoIsToldOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsWhoIsToldSettings($input: SetNotificationSettingsInput!) {\n    setNotificationSettings(input: $input) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsWhoIsToldSettings($input: SetNotificationSettingsInput!) {\n    setNotificationSettings(input: $input) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsWhoIsToldCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsWhoIsToldCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      notificationSettings {\n        reminderLeadTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        counts\n        obligation {\n          id\n        }\n        withdrawal {\n          reason\n          byName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ObligationOutcomesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        counts\n        obligation {\n          id\n        }\n        withdrawal {\n          reason\n          byName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObligationOutcomesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n"): (typeof documents)["\n  query ObligationOutcomesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n      closedAt\n      version\n      closure {\n        waivedObligations\n        stillOwedObligations\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObligationOutcomesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n      closedAt\n      version\n      closure {\n        waivedObligations\n        stillOwedObligations\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObligationOutcomesRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ObligationOutcomesRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverduePage($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        status\n        dueAt\n        city {\n          name\n        }\n        duty {\n          action\n        }\n        event {\n          category\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverduePage($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        status\n        dueAt\n        city {\n          name\n        }\n        duty {\n          action\n        }\n        event {\n          category\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverduePageLoaded($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        city {\n          name\n          province\n        }\n        duty {\n          action\n          deadline\n        }\n        event {\n          category\n          description\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverduePageLoaded($clusterId: ID!) {\n    obligations(clusterId: $clusterId, filter: { status: [OVERDUE] }, first: 100) {\n      nodes {\n        id\n        city {\n          name\n          province\n        }\n        duty {\n          action\n          deadline\n        }\n        event {\n          category\n          description\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueRacesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        kind\n        counts\n        obligation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueRacesRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        kind\n        counts\n        obligation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverdueRacesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OverdueRacesClose($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRecordsRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n      status\n      counts\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRecordsRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n      status\n      counts\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRecordsDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      status\n      counts\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRecordsResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      status\n      counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerRecordsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n    }\n  }\n"): (typeof documents)["\n  query PartnerRecordsStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      recordsCounted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadRulesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadRulesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n    }\n  }\n"): (typeof documents)["\n  mutation ReadRulesAccredit($input: AccreditEvaluatorInput!) {\n    accreditEvaluator(input: $input) {\n      evaluatorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadRulesOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadRulesOpen($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment ReadRulesItemFields on InventoryItem {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n      storage {\n        name\n        latitude\n        longitude\n      }\n    }\n  "): (typeof documents)["\n    fragment ReadRulesItemFields on InventoryItem {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n      storage {\n        name\n        latitude\n        longitude\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ReadRulesItem($id: ID!) {\n              inventoryItem(id: $id) {\n                ...ReadRulesItemFields\n              }\n            }\n          "): (typeof documents)["\n            query ReadRulesItem($id: ID!) {\n              inventoryItem(id: $id) {\n                ...ReadRulesItemFields\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesOffers($id: ID!) {\n        aidRequest(id: $id) {\n          offers {\n            quantity\n            tier\n            fromCity {\n              id\n            }\n            item {\n              ...ReadRulesItemFields\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesOffers($id: ID!) {\n        aidRequest(id: $id) {\n          offers {\n            quantity\n            tier\n            fromCity {\n              id\n            }\n            item {\n              ...ReadRulesItemFields\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadRulesListedOffers($clusterId: ID!) {\n          aidRequests(clusterId: $clusterId) {\n            nodes {\n              offers {\n                item {\n                  ...ReadRulesItemFields\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadRulesListedOffers($clusterId: ID!) {\n          aidRequests(clusterId: $clusterId) {\n            nodes {\n              offers {\n                item {\n                  ...ReadRulesItemFields\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesAvailability($id: ID!) {\n        resourceAvailability(requestId: $id) {\n          city {\n            id\n          }\n          available\n          stock {\n            tier\n            available\n            distanceKm\n          }\n          items {\n            ...ReadRulesItemFields\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesAvailability($id: ID!) {\n        resourceAvailability(requestId: $id) {\n          city {\n            id\n          }\n          available\n          stock {\n            tier\n            available\n            distanceKm\n          }\n          items {\n            ...ReadRulesItemFields\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesStanding($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          score\n          summary\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesStanding($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          score\n          summary\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesDrivers($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          drivers {\n            record {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesDrivers($cityId: ID!) {\n        trustStanding(cityId: $cityId) {\n          drivers {\n            record {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesRead($id: ID!) {\n        evaluation(id: $id) {\n          title\n          panel {\n            evaluatorId\n            organisation\n            kind\n            affiliatedWithCoordinationOffice\n            active\n            grantedAt\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesRead($id: ID!) {\n        evaluation(id: $id) {\n          title\n          panel {\n            evaluatorId\n            organisation\n            kind\n            affiliatedWithCoordinationOffice\n            active\n            grantedAt\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesAccreditations($clusterId: ID!) {\n        evaluatorAccreditations(clusterId: $clusterId) {\n          evaluatorId\n          organisation\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesAccreditations($clusterId: ID!) {\n        evaluatorAccreditations(clusterId: $clusterId) {\n          evaluatorId\n          organisation\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesClaim($id: ID!) {\n        claim(id: $id) {\n          id\n          claimed {\n            amountMinor\n          }\n          items {\n            description\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesClaim($id: ID!) {\n        claim(id: $id) {\n          id\n          claimed {\n            amountMinor\n          }\n          items {\n            description\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesClaims($clusterId: ID!) {\n        claims(clusterId: $clusterId) {\n          nodes {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesClaims($clusterId: ID!) {\n        claims(clusterId: $clusterId) {\n          nodes {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReadRulesThroughRecord($id: ID!) {\n        complianceRecord(id: $id) {\n          id\n          claim {\n            id\n            claimed {\n              amountMinor\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ReadRulesThroughRecord($id: ID!) {\n        complianceRecord(id: $id) {\n          id\n          claim {\n            id\n            claimed {\n              amountMinor\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadRulesObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n          city {\n            id\n          }\n          event {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReadRulesObligations($clusterId: ID!, $filter: ObligationFilter) {\n      obligations(clusterId: $clusterId, filter: $filter) {\n        nodes {\n          id\n          city {\n            id\n          }\n          event {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadRulesRecords($clusterId: ID!, $cityId: ID!) {\n      complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n        nodes {\n          id\n          event {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReadRulesRecords($clusterId: ID!, $cityId: ID!) {\n      complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }) {\n        nodes {\n          id\n          event {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesCatalogue($clusterId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      unit\n      categories\n      version\n      tiers {\n        tier\n        capability\n        minimum\n        measure\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesCatalogue($clusterId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      unit\n      categories\n      version\n      tiers {\n        tier\n        capability\n        minimum\n        measure\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesDefine($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      version\n      tiers {\n        tier\n        minimum\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesDefine($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      id\n      name\n      version\n      tiers {\n        tier\n        minimum\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesCreate($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesUpdate($items: [UpdateInventoryItemInput!]!) {\n    updateInventoryItems(items: $items) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesUpdate($items: [UpdateInventoryItemInput!]!) {\n    updateInventoryItems(items: $items) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortfallTalliesItem($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      onHand\n      shareable\n      committed\n    }\n  }\n"): (typeof documents)["\n  query ShortfallTalliesItem($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      onHand\n      shareable\n      committed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesRequest($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesOffer($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesAccept($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesAccept($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesDispatch($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesDispatch($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesArrived($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesArrived($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesReturn($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesReturn($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesCancelOffer($offerId: ID!) {\n    cancelAid(input: { offerId: $offerId, reason: \"No longer needed\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesCancelOffer($offerId: ID!) {\n    cancelAid(input: { offerId: $offerId, reason: \"No longer needed\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallTalliesCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallTalliesCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortfallTalliesShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n      contributions {\n        available\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShortfallTalliesShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n      contributions {\n        available\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortfallTalliesRequirements($clusterId: ID!) {\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      tiers {\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShortfallTalliesRequirements($clusterId: ID!) {\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n    }\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      tiers {\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortfallsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShortfallsShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallsSet($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      resourceType {\n        id\n      }\n      basis\n      quantity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallsSet($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      resourceType {\n        id\n      }\n      basis\n      quantity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n      shareable\n    }\n  }\n"): (typeof documents)["\n  mutation ShortfallsUpdate($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n      shareable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationReportsAudit($clusterId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { action: SITUATION_REPORT_SUBMITTED }, first: 100) {\n      nodes {\n        targetId\n        targetType\n        actorRole\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query SituationReportsAudit($clusterId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { action: SITUATION_REPORT_SUBMITTED }, first: 100) {\n      nodes {\n        targetId\n        targetType\n        actorRole\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsFile($input: FileClaimInput!) {\n      fileClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsReview($input: ClaimActionInput!) {\n      startClaimReview(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsReview($input: ClaimActionInput!) {\n      startClaimReview(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsDecide($input: DecideClaimInput!) {\n      decideClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsDecide($input: DecideClaimInput!) {\n      decideClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsAppeal($input: AppealClaimInput!) {\n      appealClaim(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsDecideAppeal($input: DecideAppealInput!) {\n      decideAppeal(input: $input) {\n        id\n        status\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsPay($input: RecordPaymentInput!) {\n      recordPayment(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation StateConflictsRevoke($clusterId: ID!) {\n      revokeAccreditation(\n        input: { clusterId: $clusterId, evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }\n      ) {\n        active\n        version\n      }\n    }\n  "): (typeof documents)["\n    mutation StateConflictsRevoke($clusterId: ID!) {\n      revokeAccreditation(\n        input: { clusterId: $clusterId, evaluatorId: \"state-test-institute\", reason: \"Contract ended\" }\n      ) {\n        active\n        version\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TallyBuildUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TallyBuildUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TallyBuildItemVersion($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      shareable\n    }\n  }\n"): (typeof documents)["\n  query TallyBuildItemVersion($id: ID!) {\n    inventoryItem(id: $id) {\n      version\n      shareable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TallyBuildShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n"): (typeof documents)["\n  query TallyBuildShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FloodRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloodRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodExplained($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      change\n      summary\n      driverGroups {\n        kind\n        kindLabel\n        event {\n          id\n        }\n        records\n        effect\n        pointsShown\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloodExplained($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      change\n      summary\n      driverGroups {\n        kind\n        kindLabel\n        event {\n          id\n        }\n        records\n        effect\n        pointsShown\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodPublic($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      summary\n    }\n  }\n"): (typeof documents)["\n  query FloodPublic($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodGroupsOnly($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      driverGroups {\n        effect\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloodGroupsOnly($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      driverGroups {\n        effect\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FloodSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FloodSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloodCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        minimumEvidenceToRank\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloodCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        minimumEvidenceToRank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTalliesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTalliesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTalliesDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTalliesDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTalliesResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTalliesResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      counts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTalliesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTalliesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTalliesCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustTalliesCluster($id: ID!) {\n    cluster(id: $id) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n        minimumEvidenceToRank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTalliesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n"): (typeof documents)["\n  query TrustTalliesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTalliesOffice($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n"): (typeof documents)["\n  query TrustTalliesOffice($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      score\n      uncertainty\n      lowerBound\n      positiveEvidence\n      negativeEvidence\n      recordsCounted\n      trend {\n        month\n        score\n        uncertainty\n      }\n      change\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTalliesRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustTalliesRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyReadCostRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyReadCostRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTallyReadCostRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n            name\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustTallyReadCostRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n            name\n          }\n          score\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTallyReadCostStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      recordsCounted\n      trend {\n        score\n      }\n      change\n      direction\n      summary\n    }\n  }\n"): (typeof documents)["\n  query TrustTallyReadCostStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      lowerBound\n      recordsCounted\n      trend {\n        score\n      }\n      change\n      direction\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyRacesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyRacesRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyRacesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyRacesSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        trustHalfLifeDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTallyRacesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n"): (typeof documents)["\n  query TrustTallyRacesStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      negativeEvidence\n      recordsCounted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyResumableRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyResumableRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyResumableSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyResumableSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustTallyResumableFigures on TrustStanding {\n    score\n    uncertainty\n    lowerBound\n    positiveEvidence\n    negativeEvidence\n    recordsCounted\n    trend {\n      score\n    }\n    change\n    direction\n  }\n"): (typeof documents)["\n  fragment TrustTallyResumableFigures on TrustStanding {\n    score\n    uncertainty\n    lowerBound\n    positiveEvidence\n    negativeEvidence\n    recordsCounted\n    trend {\n      score\n    }\n    change\n    direction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTallyResumableStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n"): (typeof documents)["\n  query TrustTallyResumableStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustTallyResumableOfficeStanding($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n"): (typeof documents)["\n  query TrustTallyResumableOfficeStanding($clusterId: ID!) {\n    officeTrustStanding(clusterId: $clusterId) {\n      ...TrustTallyResumableFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustTallyUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustTallyUpgradeRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustRecordFields on ComplianceRecord {\n    id\n    kind\n    kindLabel\n    city {\n      id\n    }\n    aboutCoordinationOffice\n    agreement {\n      id\n    }\n    supervision\n    severity\n    note\n    evidence {\n      text\n      links\n    }\n    automatic\n    recordedByName\n    recordedByRole\n    status\n    counts\n    disputeWindowEndsAt\n    version\n    dispute {\n      statement\n      filedByName\n      resolution\n      reasons\n      resolvedByName\n    }\n    consequence {\n      kind\n      amount {\n        amountMinor\n        currency\n      }\n      until\n      inEffect\n    }\n  }\n"): (typeof documents)["\n  fragment TrustRecordFields on ComplianceRecord {\n    id\n    kind\n    kindLabel\n    city {\n      id\n    }\n    aboutCoordinationOffice\n    agreement {\n      id\n    }\n    supervision\n    severity\n    note\n    evidence {\n      text\n      links\n    }\n    automatic\n    recordedByName\n    recordedByRole\n    status\n    counts\n    disputeWindowEndsAt\n    version\n    dispute {\n      statement\n      filedByName\n      resolution\n      reasons\n      resolvedByName\n    }\n    consequence {\n      kind\n      amount {\n        amountMinor\n        currency\n      }\n      until\n      inEffect\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation TrustRecord($input: RecordComplianceInput!) {\n    recordCompliance(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation TrustDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation TrustResolve($input: ResolveComplianceDisputeInput!) {\n    resolveComplianceDispute(input: $input) {\n      ...TrustRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustOne($id: ID!) {\n    complianceRecord(id: $id) {\n      ...TrustRecordFields\n    }\n  }\n"): (typeof documents)["\n  query TrustOne($id: ID!) {\n    complianceRecord(id: $id) {\n      ...TrustRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustList($clusterId: ID!, $filter: ComplianceFilter) {\n    complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        id\n        kind\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustList($clusterId: ID!, $filter: ComplianceFilter) {\n    complianceRecords(clusterId: $clusterId, filter: $filter, first: 100) {\n      nodes {\n        id\n        kind\n        status\n        city {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      city {\n        id\n      }\n      score\n      uncertainty\n      recordsCounted\n      positiveEvidence\n      negativeEvidence\n      direction\n      summary\n      trend {\n        month\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustStanding($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      city {\n        id\n      }\n      score\n      uncertainty\n      recordsCounted\n      positiveEvidence\n      negativeEvidence\n      direction\n      summary\n      trend {\n        month\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustDrivers($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      drivers {\n        effect\n        weightRemaining\n        explanation\n        record {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustDrivers($cityId: ID!) {\n    trustStanding(cityId: $cityId) {\n      score\n      drivers {\n        effect\n        weightRemaining\n        explanation\n        record {\n          id\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      trustHalfLifeDays\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          uncertainty\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        aboutCoordinationOffice\n        recordsCounted\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustRanking($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      trustHalfLifeDays\n      minimumEvidenceToRank\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n          }\n          score\n          uncertainty\n          lowerBound\n          recordsCounted\n        }\n      }\n      coordinationOffice {\n        aboutCoordinationOffice\n        recordsCounted\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustBalances($clusterId: ID!) {\n    balances(clusterId: $clusterId) {\n      partyId\n      net {\n        amountMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustPay($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        disputeWindow\n        trustHalfLifeDays\n        thirdPartyWeight\n        selfWeight\n        rewardThreshold\n        penaltyThreshold\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TrustSettings($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n      trustSettings {\n        disputeWindow\n        trustHalfLifeDays\n        thirdPartyWeight\n        selfWeight\n        rewardThreshold\n        penaltyThreshold\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrustFundIn($input: FundContributionInput!) {\n    recordFundContribution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      baseline {\n        shelterCapacity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsBaseline($input: UpdateCityBaselineInput!) {\n    updateCityBaseline(input: $input) {\n      version\n      baseline {\n        shelterCapacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      version\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      version\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsTrust($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsTrust($input: SetTrustSettingsInput!) {\n    setTrustSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsDefineType($input: DefineResourceTypeInput!) {\n    defineResourceType(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsRequirement($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsRequirement($input: SetReserveRequirementInput!) {\n    setReserveRequirement(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsCreateItem($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsCreateItem($input: CreateInventoryItemInput!) {\n    createInventoryItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsCancelRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsCloseRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsCloseRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsRubric($input: DefineRubricInput!) {\n    defineRubric(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsRubric($input: DefineRubricInput!) {\n    defineRubric(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VersionConflictsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation VersionConflictsFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksFromDispatcherCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksFromDispatcherCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        events\n        status\n        version\n        city {\n          id\n        }\n        cluster {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        events\n        status\n        version\n        city {\n          id\n        }\n        cluster {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksList($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      id\n      url\n      status\n      version\n      secretRotatedAt\n      city {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksList($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      id\n      url\n      status\n      version\n      secretRotatedAt\n      city {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksPause($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksPause($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksResume($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksResume($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksDelete($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n"): (typeof documents)["\n  mutation WebhooksDelete($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhooksRotate($input: WebhookSubscriptionActionInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      subscription {\n        id\n        version\n        secretRotatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhooksRotate($input: WebhookSubscriptionActionInput!) {\n    rotateWebhookSecret(input: $input) {\n      secret\n      subscription {\n        id\n        version\n        secretRotatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      nodes {\n        id\n        notificationId\n        type\n        state\n        nextAttemptAt\n        deliveredAt\n        parkedAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksDeliveries($subscriptionId: ID!, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {\n      nodes {\n        id\n        notificationId\n        type\n        state\n        nextAttemptAt\n        deliveredAt\n        parkedAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhooksAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        targetType\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhooksAudit($clusterId: ID!, $targetId: ID!) {\n    auditLog(clusterId: $clusterId, filter: { targetId: $targetId }) {\n      nodes {\n        action\n        targetType\n        versionBefore\n        versionAfter\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserReportEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserReportEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      rubric {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      rubric {\n        criteria {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query BrowserEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserCreateAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserCreateAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    status\n    version\n    dueAt\n    overdue\n    percent\n    action\n    recommendation\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n    }\n    evaluation {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      reason\n      byName\n    }\n    overdueRecord {\n      id\n      kind\n    }\n    createdByName\n  }\n"): (typeof documents)["\n  fragment CorrectiveActionFields on CorrectiveAction {\n    id\n    status\n    version\n    dueAt\n    overdue\n    percent\n    action\n    recommendation\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n    }\n    evaluation {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      reason\n      byName\n    }\n    overdueRecord {\n      id\n      kind\n    }\n    createdByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveCreate($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveCreate($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...CorrectiveActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveAction($id: ID!, $first: Int) {\n    correctiveAction(id: $id) {\n      ...CorrectiveActionFields\n      history(first: $first) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n          }\n          at\n          byName\n          byRole\n          version\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveAction($id: ID!, $first: Int) {\n    correctiveAction(id: $id) {\n      ...CorrectiveActionFields\n      history(first: $first) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n          }\n          at\n          byName\n          byRole\n          version\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $first: Int, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        overdue\n        ownerCity {\n          name\n        }\n        aboutCoordinationOffice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $first: Int, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        overdue\n        ownerCity {\n          name\n        }\n        aboutCoordinationOffice\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveLessons($clusterId: ID!, $category: RiskCategory, $search: String, $first: Int, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        evaluation {\n          id\n          status\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveLessons($clusterId: ID!, $category: RiskCategory, $search: String, $first: Int, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        evaluation {\n          id\n          status\n        }\n        correctiveAction {\n          id\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveOpenEvaluation($input: OpenEvaluationInput!) {\n    openEvaluation(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveSubmit($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectiveFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectiveFinalize($input: FinalizeEvaluationInput!) {\n    finalizeEvaluation(input: $input) {\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveEvaluationVersion($id: ID!) {\n    evaluation(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchedOfferFields on AidOffer {\n    id\n    status\n    version\n    eta\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DispatchedOfferFields on AidOffer {\n    id\n    status\n    version\n    eta\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchesAcceptAid($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchesAcceptAid($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchesDispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchesDispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchesCorrectCosts($input: CorrectDispatchCostsInput!) {\n    correctDispatchCosts(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchesCorrectCosts($input: CorrectDispatchCostsInput!) {\n    correctDispatchCosts(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchesReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchesReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...DispatchedOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchesOffer($requestId: ID!) {\n    aidRequest(id: $requestId) {\n      offers {\n        ...DispatchedOfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchesOffer($requestId: ID!) {\n    aidRequest(id: $requestId) {\n      offers {\n        ...DispatchedOfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryOracleItems($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 100, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n        tier\n        readiness\n        shareable\n        committed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryOracleItems($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 100, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        resourceType {\n          id\n        }\n        tier\n        readiness\n        shareable\n        committed\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryOracleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      quantity\n    }\n    cluster(id: $clusterId) {\n      cities(first: 100) {\n        nodes {\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryOracleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      required\n      available\n      shortfall\n      coverage\n      contributions {\n        city {\n          id\n        }\n        available\n      }\n    }\n    reserveRequirements(clusterId: $clusterId) {\n      resourceType {\n        id\n      }\n      minimumTier\n      basis\n      quantity\n    }\n    cluster(id: $clusterId) {\n      cities(first: 100) {\n        nodes {\n          baseline {\n            population\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    status\n    version\n    statusReason\n    inForce {\n      number\n      status\n      title\n    }\n    pending {\n      number\n      status\n      ratifications {\n        city {\n          id\n        }\n      }\n      awaiting {\n        id\n      }\n      lastDecline {\n        city {\n          id\n        }\n        reason\n      }\n    }\n    versions {\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    status\n    version\n    statusReason\n    inForce {\n      number\n      status\n      title\n    }\n    pending {\n      number\n      status\n      ratifications {\n        city {\n          id\n        }\n      }\n      awaiting {\n        id\n      }\n      lastDecline {\n        city {\n          id\n        }\n        reason\n      }\n    }\n    versions {\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAgreement($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAgreement($input: AgreementActionInput!) {\n    proposeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAgreement($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendAgreement($input: AgreementActionInput!) {\n    amendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgreementDraft($input: UpdateAgreementDraftInput!) {\n    updateAgreementDraft(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAgreement($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAgreement($input: AgreementReasonInput!) {\n    suspendAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAgreement($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeAgreement($input: AgreementReasonInput!) {\n    resumeAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($input: AgreementReasonInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on RiskEvent {\n    id\n    status\n    level\n    warning\n    version\n    confirmedAt\n    originCity {\n      id\n    }\n    affectedCities {\n      id\n    }\n    escalation {\n      automatic\n      reason\n    }\n    timeline {\n      kind\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  fragment EventFields on RiskEvent {\n    id\n    status\n    level\n    warning\n    version\n    confirmedAt\n    originCity {\n      id\n    }\n    affectedCities {\n      id\n    }\n    escalation {\n      automatic\n      reason\n    }\n    timeline {\n      kind\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRiskEvent($input: UpdateRiskEventInput!) {\n    updateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRiskEvent($input: UpdateRiskEventInput!) {\n    updateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateRiskEvent($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateRiskEvent($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      ...EventFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRiskEventStatus($input: SetRiskEventStatusInput!) {\n    setRiskEventStatus(input: $input) {\n      ...EventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObligationFields on Obligation {\n    id\n    status\n    version\n    kind\n    role\n    action\n    dueAt\n    triggeredAt\n    fulfilledAt\n    recordedAt\n    agreementVersion\n    owedByCoordinationOffice\n    city {\n      id\n    }\n    duty {\n      id\n      action\n      deadline\n    }\n    agreement {\n      id\n    }\n    event {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    waivedReason\n  }\n"): (typeof documents)["\n  fragment ObligationFields on Obligation {\n    id\n    status\n    version\n    kind\n    role\n    action\n    dueAt\n    triggeredAt\n    fulfilledAt\n    recordedAt\n    agreementVersion\n    owedByCoordinationOffice\n    city {\n      id\n    }\n    duty {\n      id\n      action\n      deadline\n    }\n    agreement {\n      id\n    }\n    event {\n      id\n    }\n    evidence {\n      text\n      links\n    }\n    waivedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ObligationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Obligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ObligationFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilObligation($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n"): (typeof documents)["\n  mutation FulfilObligation($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n"): (typeof documents)["\n  mutation WaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      ...ObligationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObligationSummary($clusterId: ID!, $eventId: ID) {\n    obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n      city {\n        id\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n"): (typeof documents)["\n  query ObligationSummary($clusterId: ID!, $eventId: ID) {\n    obligationSummary(clusterId: $clusterId, eventId: $eventId) {\n      city {\n        id\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        city {\n          id\n        }\n        obligation {\n          id\n        }\n        supervision\n        recordedByName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplianceRecords($clusterId: ID!, $cityId: ID) {\n    complianceRecords(clusterId: $clusterId, cityId: $cityId, first: 100) {\n      nodes {\n        id\n        kind\n        city {\n          id\n        }\n        obligation {\n          id\n        }\n        supervision\n        recordedByName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustRankingFigures($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n          trend {\n            score\n          }\n        }\n      }\n      coordinationOffice {\n        score\n        recordsCounted\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustRankingFigures($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        standing {\n          city {\n            id\n          }\n          score\n          lowerBound\n          positiveEvidence\n          negativeEvidence\n          recordsCounted\n          trend {\n            score\n          }\n        }\n      }\n      coordinationOffice {\n        score\n        recordsCounted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AidRequestFields on AidRequest {\n    id\n    status\n    quantity\n    acceptedQuantity\n    version\n    closedAt\n    closingReason\n    requester {\n      id\n    }\n    resourceType {\n      id\n    }\n    offers {\n      id\n      status\n      quantity\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment AidRequestFields on AidRequest {\n    id\n    status\n    quantity\n    acceptedQuantity\n    version\n    closedAt\n    closingReason\n    requester {\n      id\n    }\n    resourceType {\n      id\n    }\n    offers {\n      id\n      status\n      quantity\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AidOfferFields on AidOffer {\n    id\n    status\n    quantity\n    eta\n    consumed\n    returned\n    fromCity {\n      id\n    }\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    item {\n      id\n      onHand\n      shareable\n      committed\n      available\n    }\n  }\n"): (typeof documents)["\n  fragment AidOfferFields on AidOffer {\n    id\n    status\n    quantity\n    eta\n    consumed\n    returned\n    fromCity {\n      id\n    }\n    costItems {\n      kind\n      description\n      amount {\n        amountMinor\n        currency\n      }\n    }\n    item {\n      id\n      onHand\n      shareable\n      committed\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AidRequest($id: ID!) {\n    aidRequest(id: $id) {\n      ...AidRequestFields\n    }\n  }\n"): (typeof documents)["\n  query AidRequest($id: ID!) {\n    aidRequest(id: $id) {\n      ...AidRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAidRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAidRequest($input: AidRequestReasonInput!) {\n    cancelAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAidRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAidRequest($input: AidRequestReasonInput!) {\n    closeAidRequest(input: $input) {\n      ...AidRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation OfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAidOffer($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAidOffer($offerId: ID!) {\n    acceptAidOffer(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAidOffer($offerId: ID!, $reason: String!) {\n    declineAidOffer(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineAidOffer($offerId: ID!, $reason: String!) {\n    declineAidOffer(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchAid($input: DispatchAidInput!) {\n    dispatchAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAidArrival($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAidArrival($offerId: ID!) {\n    confirmAidArrival(input: { offerId: $offerId }) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnAid($input: ReturnAidInput!) {\n    returnAid(input: $input) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAid($offerId: ID!, $reason: String!) {\n    cancelAid(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAid($offerId: ID!, $reason: String!) {\n    cancelAid(input: { offerId: $offerId, reason: $reason }) {\n      ...AidOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryItem($id: ID!) {\n    inventoryItem(id: $id) {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n    }\n  }\n"): (typeof documents)["\n  query InventoryItem($id: ID!) {\n    inventoryItem(id: $id) {\n      id\n      onHand\n      shareable\n      committed\n      available\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SituationReportFields on SituationReport {\n    id\n    asOf\n    submittedAt\n    submittedByName\n    submittedByRole\n    summary\n    casualties {\n      dead\n      injured\n      missing\n    }\n    evacuated\n    affectedPopulation\n    needs\n    city {\n      id\n      name\n    }\n    event {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SituationReportFields on SituationReport {\n    id\n    asOf\n    submittedAt\n    submittedByName\n    submittedByRole\n    summary\n    casualties {\n      dead\n      injured\n      missing\n    }\n    evacuated\n    affectedPopulation\n    needs\n    city {\n      id\n      name\n    }\n    event {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      ...SituationReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationReports($eventId: ID!, $first: Int, $after: String) {\n    situationReports(eventId: $eventId, first: $first, after: $after) {\n      nodes {\n        ...SituationReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SituationReports($eventId: ID!, $first: Int, $after: String) {\n    situationReports(eventId: $eventId, first: $first, after: $after) {\n      nodes {\n        ...SituationReportFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPicture($eventId: ID!, $staleAfter: Duration) {\n    eventPicture(eventId: $eventId, staleAfter: $staleAfter) {\n      at\n      staleAfter\n      event {\n        id\n      }\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n        }\n      }\n      notReported {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventPicture($eventId: ID!, $staleAfter: Duration) {\n    eventPicture(eventId: $eventId, staleAfter: $staleAfter) {\n      at\n      staleAfter\n      event {\n        id\n      }\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n        }\n      }\n      notReported {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;