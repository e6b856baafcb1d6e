/* eslint-disable */
import * as types from './graphql';



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
    "\n  query ConsoleMe {\n    me {\n      id\n      displayName\n      role\n      cluster {\n        id\n        name\n        localName\n        mode\n      }\n      city {\n        id\n        name\n        localName\n      }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query ConsoleMyObligations($clusterId: ID!, $cityId: ID!, $after: String) {\n    obligations(clusterId: $clusterId, filter: { cityId: $cityId, status: [OPEN, OVERDUE] }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        dueAt\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleMyObligationsDocument,
    "\n  mutation ConsoleFulfil($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleFulfilDocument,
    "\n  query ConsoleMyInventory($clusterId: ID!, $cityId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, cityId: $cityId, first: 20, after: $after) {\n      nodes {\n        ...ConsoleItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ConsoleItem on InventoryItem {\n    id\n    version\n    tier\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    resourceType {\n      id\n      name\n      localName\n      unit\n    }\n    storage {\n      name\n    }\n  }\n": typeof types.ConsoleMyInventoryDocument,
    "\n  query ConsoleItem($id: ID!) {\n    inventoryItem(id: $id) {\n      ...ConsoleItem\n    }\n  }\n": typeof types.ConsoleItemDocument,
    "\n  mutation ConsoleUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      ...ConsoleItem\n    }\n  }\n": typeof types.ConsoleUpdateItemDocument,
    "\n  query ConsoleMyItemsOfType($clusterId: ID!, $cityId: ID!, $resourceTypeId: ID!) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $resourceTypeId, first: 50) {\n      nodes {\n        id\n        tier\n        available\n        storage {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMyItemsOfTypeDocument,
    "\n  mutation ConsoleOfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n      status\n      quantity\n    }\n  }\n": typeof types.ConsoleOfferAidDocument,
    "\n  query ConsoleAidChoices($clusterId: ID!, $cityId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n      unit\n    }\n    city(id: $cityId) {\n      id\n      location {\n        latitude\n        longitude\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        description\n      }\n    }\n  }\n": typeof types.ConsoleAidChoicesDocument,
    "\n  mutation ConsoleRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRequestAidDocument,
    "\n  query ConsoleRecordsAboutCity($clusterId: ID!, $cityId: ID!, $after: String) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        kind\n        note\n        at\n        status\n        counts\n        disputeWindowEndsAt\n        dispute {\n          statement\n          resolution\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleRecordsAboutCityDocument,
    "\n  mutation ConsoleDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleDisputeDocument,
    "\n  query ConsoleClaims($clusterId: ID!, $status: ClaimStatus, $after: String) {\n    claims(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        submittedAt\n        decisionReason\n        claimant {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n        claimed {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleClaimsDocument,
    "\n  query ConsoleClaim($id: ID!) {\n    claim(id: $id) {\n      id\n      version\n      status\n      claimant {\n        id\n        name\n        localName\n      }\n      claimed {\n        amountMinor\n        currency\n      }\n      items {\n        number\n        kind\n        description\n        evidence\n        amount {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n        reductionReason\n      }\n      owedByPayer {\n        payerId\n        payer {\n          id\n          name\n          localName\n        }\n        owed {\n          amountMinor\n          currency\n        }\n      }\n      payments {\n        id\n        fromId\n        from {\n          id\n          name\n          localName\n        }\n        amount {\n          amountMinor\n          currency\n        }\n        reference\n        paidAt\n      }\n    }\n  }\n": typeof types.ConsoleClaimDocument,
    "\n  mutation ConsoleStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleStartReviewDocument,
    "\n  mutation ConsoleDecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleDecideClaimDocument,
    "\n  mutation ConsoleRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.ConsoleRecordPaymentDocument,
    "\n  mutation ConsoleFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleFileClaimDocument,
    "\n  query ConsoleClaimable($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: ACTIVE, first: 50) {\n      nodes {\n        id\n        inForce {\n          number\n          title\n          parties {\n            id\n          }\n          compensation {\n            currency\n            coveredKinds {\n              kind\n            }\n          }\n        }\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        description\n        confirmedAt\n      }\n    }\n  }\n": typeof types.ConsoleClaimableDocument,
    "\n  fragment ConsoleCorrectiveAction on CorrectiveAction {\n    id\n    version\n    status\n    overdue\n    dueAt\n    action\n    recommendation\n    percent\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n      localName\n    }\n    evaluation {\n      id\n      title\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      at\n      reason\n      byName\n    }\n  }\n": typeof types.ConsoleCorrectiveActionFragmentDoc,
    "\n  query ConsoleCorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: 20, after: $after) {\n      nodes {\n        ...ConsoleCorrectiveAction\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleCorrectiveActionsDocument,
    "\n  query ConsoleCorrectiveActionWithHistory($id: ID!) {\n    correctiveAction(id: $id) {\n      ...ConsoleCorrectiveAction\n      history(first: 50) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n            links\n          }\n          at\n          byName\n          byRole\n          version\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCorrectiveActionWithHistoryDocument,
    "\n  mutation ConsoleCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": typeof types.ConsoleCreateCorrectiveActionDocument,
    "\n  mutation ConsoleCorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": typeof types.ConsoleCorrectiveProgressDocument,
    "\n  mutation ConsoleCorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": typeof types.ConsoleCorrectiveCompleteDocument,
    "\n  mutation ConsoleCorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": typeof types.ConsoleCorrectiveVerifyDocument,
    "\n  query ConsoleFinalizedEvaluations($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, status: FINALIZED, first: 50) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.ConsoleFinalizedEvaluationsDocument,
    "\n  query ConsoleClusterMembers($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleClusterMembersDocument,
    "\n  query ConsoleMyEvaluations($clusterId: ID!, $after: String) {\n    evaluations(clusterId: $clusterId, first: 10, after: $after) {\n      nodes {\n        id\n        title\n        status\n        targetType\n        openedAt\n        rubric {\n          name\n          scaleMin\n          scaleMax\n          criteria {\n            id\n            name\n            description\n            weight\n          }\n        }\n        myAssessment {\n          status\n          findings\n          recommendations\n          submittedAt\n          savedAt\n          scores {\n            criterionId\n            score\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleMyEvaluationsDocument,
    "\n  mutation ConsoleSaveDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      savedAt\n    }\n  }\n": typeof types.ConsoleSaveDraftDocument,
    "\n  mutation ConsoleSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      submittedAt\n    }\n  }\n": typeof types.ConsoleSubmitAssessmentDocument,
    "\n  query ConsoleEventPicture($eventId: ID!) {\n    eventPicture(eventId: $eventId) {\n      at\n      staleAfter\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n          localName\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          summary\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n          needs\n        }\n      }\n      notReported {\n        id\n        name\n        localName\n      }\n    }\n  }\n": typeof types.ConsoleEventPictureDocument,
    "\n  query ConsoleUnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.ConsoleUnreadCountDocument,
    "\n  query ConsoleNotifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n": typeof types.ConsoleMarkNotificationsReadDocument,
    "\n  query ConsoleLessons($clusterId: ID!, $category: RiskCategory, $search: String, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: 20, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleLessonsDocument,
    "\n  query ConsoleObligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        kind\n        dueAt\n        owedByCoordinationOffice\n        city {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleObligationsDocument,
    "\n  query ConsoleObligationSummary($clusterId: ID!) {\n    obligationSummary(clusterId: $clusterId) {\n      city {\n        id\n        name\n        localName\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n": typeof types.ConsoleObligationSummaryDocument,
    "\n  mutation ConsoleWaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleWaiveObligationDocument,
    "\n  query ConsoleEvents($clusterId: ID!, $first: Int, $after: String) {\n    riskEvents(clusterId: $clusterId, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        category\n        level\n        warning\n        status\n        description\n        confirmedAt\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleEventsDocument,
    "\n  mutation ConsoleEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n      escalation {\n        at\n        reason\n      }\n    }\n  }\n": typeof types.ConsoleEscalateDocument,
    "\n  mutation ConsoleConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      id\n      status\n      confirmedAt\n    }\n  }\n": typeof types.ConsoleConfirmRiskEventDocument,
    "\n  query ConsoleProposedAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: PROPOSED, first: 20) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n    inForce: agreements(clusterId: $clusterId, status: ACTIVE, first: 10) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n  }\n  fragment ConsoleAwaitingAgreement on Agreement {\n    id\n    pending {\n      number\n      title\n      status\n      proposedAt\n      parties {\n        id\n      }\n      awaiting {\n        id\n        name\n        localName\n      }\n    }\n  }\n": typeof types.ConsoleProposedAgreementsDocument,
    "\n  mutation ConsoleRatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRatifyAgreementDocument,
    "\n  mutation ConsoleDeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleDeclineAgreementDocument,
    "\n  query ConsoleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n        name\n        localName\n        unit\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n": typeof types.ConsoleShortfallsDocument,
    "\n  query ConsoleTrust($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n            name\n            localName\n          }\n          score\n          lowerBound\n          direction\n          change\n          trend {\n            month\n            score\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTrustDocument,
    "\n  query ConsoleAidRequests($clusterId: ID!, $status: AidRequestStatus, $after: String) {\n    aidRequests(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        quantity\n        acceptedQuantity\n        minimumTier\n        neededBy\n        requester {\n          id\n          name\n          localName\n        }\n        resourceType {\n          id\n          name\n          localName\n          unit\n        }\n        offers {\n          id\n          status\n          quantity\n          tier\n          fromCity {\n            id\n            name\n            localName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleAidRequestsDocument,
    "\n  mutation ConsoleAcceptOffer($input: AidOfferActionInput!) {\n    acceptAidOffer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleAcceptOfferDocument,
    "\n  query ConsoleMapCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMapCitiesDocument,
    "\n  query ConsoleMapStock($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 50, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        shareable\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleMapStockDocument,
    "\n  mutation ConsoleReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleReportRiskEventDocument,
    "\n  mutation ConsoleSubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      id\n      asOf\n    }\n  }\n": typeof types.ConsoleSubmitSituationReportDocument,
    "\n  query ConsoleCityEvents($clusterId: ID!, $after: String) {\n    riskEvents(clusterId: $clusterId, first: 20, after: $after) {\n      nodes {\n        id\n        status\n        category\n        level\n        description\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleCityEventsDocument,
    "\n  query ConsoleOverseen {\n    clusters(first: 50) {\n      nodes {\n        id\n        name\n        localName\n        formationMode\n        mode\n        modeSince\n        version\n      }\n    }\n  }\n": typeof types.ConsoleOverseenDocument,
    "\n  query ConsoleEscalations($after: String) {\n    escalations(first: 20, after: $after) {\n      nodes {\n        id\n        category\n        level\n        warning\n        status\n        description\n        cluster {\n          id\n          name\n          localName\n        }\n        originCity {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n          automatic\n          byName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleEscalationsDocument,
    "\n  mutation ConsoleSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n": typeof types.ConsoleSetModeDocument,
    "\n  fragment ConsoleWebhook on WebhookSubscription {\n    id\n    version\n    url\n    events\n    status\n    createdAt\n    secretRotatedAt\n    city {\n      id\n      name\n      localName\n    }\n  }\n": typeof types.ConsoleWebhookFragmentDoc,
    "\n  query ConsoleWebhooks($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      ...ConsoleWebhook\n    }\n  }\n": typeof types.ConsoleWebhooksDocument,
    "\n  mutation ConsoleCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        ...ConsoleWebhook\n      }\n      secret\n    }\n  }\n": typeof types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsolePauseWebhook($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n": typeof types.ConsolePauseWebhookDocument,
    "\n  mutation ConsoleResumeWebhook($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n": typeof types.ConsoleResumeWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n": typeof types.ConsoleDeleteWebhookDocument,
    "\n  query ConsoleWebhookDeliveries($subscriptionId: ID!, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 10, after: $after) {\n      nodes {\n        id\n        type\n        state\n        createdAt\n        nextAttemptAt\n        deliveredAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleWebhookDeliveriesDocument,
};
const documents: Documents = {
    "\n  query ConsoleMe {\n    me {\n      id\n      displayName\n      role\n      cluster {\n        id\n        name\n        localName\n        mode\n      }\n      city {\n        id\n        name\n        localName\n      }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query ConsoleMyObligations($clusterId: ID!, $cityId: ID!, $after: String) {\n    obligations(clusterId: $clusterId, filter: { cityId: $cityId, status: [OPEN, OVERDUE] }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        dueAt\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleMyObligationsDocument,
    "\n  mutation ConsoleFulfil($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleFulfilDocument,
    "\n  query ConsoleMyInventory($clusterId: ID!, $cityId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, cityId: $cityId, first: 20, after: $after) {\n      nodes {\n        ...ConsoleItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ConsoleItem on InventoryItem {\n    id\n    version\n    tier\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    resourceType {\n      id\n      name\n      localName\n      unit\n    }\n    storage {\n      name\n    }\n  }\n": types.ConsoleMyInventoryDocument,
    "\n  query ConsoleItem($id: ID!) {\n    inventoryItem(id: $id) {\n      ...ConsoleItem\n    }\n  }\n": types.ConsoleItemDocument,
    "\n  mutation ConsoleUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      ...ConsoleItem\n    }\n  }\n": types.ConsoleUpdateItemDocument,
    "\n  query ConsoleMyItemsOfType($clusterId: ID!, $cityId: ID!, $resourceTypeId: ID!) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $resourceTypeId, first: 50) {\n      nodes {\n        id\n        tier\n        available\n        storage {\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMyItemsOfTypeDocument,
    "\n  mutation ConsoleOfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n      status\n      quantity\n    }\n  }\n": types.ConsoleOfferAidDocument,
    "\n  query ConsoleAidChoices($clusterId: ID!, $cityId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n      unit\n    }\n    city(id: $cityId) {\n      id\n      location {\n        latitude\n        longitude\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        description\n      }\n    }\n  }\n": types.ConsoleAidChoicesDocument,
    "\n  mutation ConsoleRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleRequestAidDocument,
    "\n  query ConsoleRecordsAboutCity($clusterId: ID!, $cityId: ID!, $after: String) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        kind\n        note\n        at\n        status\n        counts\n        disputeWindowEndsAt\n        dispute {\n          statement\n          resolution\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleRecordsAboutCityDocument,
    "\n  mutation ConsoleDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleDisputeDocument,
    "\n  query ConsoleClaims($clusterId: ID!, $status: ClaimStatus, $after: String) {\n    claims(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        submittedAt\n        decisionReason\n        claimant {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n        claimed {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleClaimsDocument,
    "\n  query ConsoleClaim($id: ID!) {\n    claim(id: $id) {\n      id\n      version\n      status\n      claimant {\n        id\n        name\n        localName\n      }\n      claimed {\n        amountMinor\n        currency\n      }\n      items {\n        number\n        kind\n        description\n        evidence\n        amount {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n        reductionReason\n      }\n      owedByPayer {\n        payerId\n        payer {\n          id\n          name\n          localName\n        }\n        owed {\n          amountMinor\n          currency\n        }\n      }\n      payments {\n        id\n        fromId\n        from {\n          id\n          name\n          localName\n        }\n        amount {\n          amountMinor\n          currency\n        }\n        reference\n        paidAt\n      }\n    }\n  }\n": types.ConsoleClaimDocument,
    "\n  mutation ConsoleStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleStartReviewDocument,
    "\n  mutation ConsoleDecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleDecideClaimDocument,
    "\n  mutation ConsoleRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      reference\n    }\n  }\n": types.ConsoleRecordPaymentDocument,
    "\n  mutation ConsoleFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleFileClaimDocument,
    "\n  query ConsoleClaimable($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: ACTIVE, first: 50) {\n      nodes {\n        id\n        inForce {\n          number\n          title\n          parties {\n            id\n          }\n          compensation {\n            currency\n            coveredKinds {\n              kind\n            }\n          }\n        }\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        description\n        confirmedAt\n      }\n    }\n  }\n": types.ConsoleClaimableDocument,
    "\n  fragment ConsoleCorrectiveAction on CorrectiveAction {\n    id\n    version\n    status\n    overdue\n    dueAt\n    action\n    recommendation\n    percent\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n      localName\n    }\n    evaluation {\n      id\n      title\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      at\n      reason\n      byName\n    }\n  }\n": types.ConsoleCorrectiveActionFragmentDoc,
    "\n  query ConsoleCorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: 20, after: $after) {\n      nodes {\n        ...ConsoleCorrectiveAction\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleCorrectiveActionsDocument,
    "\n  query ConsoleCorrectiveActionWithHistory($id: ID!) {\n    correctiveAction(id: $id) {\n      ...ConsoleCorrectiveAction\n      history(first: 50) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n            links\n          }\n          at\n          byName\n          byRole\n          version\n        }\n      }\n    }\n  }\n": types.ConsoleCorrectiveActionWithHistoryDocument,
    "\n  mutation ConsoleCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": types.ConsoleCreateCorrectiveActionDocument,
    "\n  mutation ConsoleCorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": types.ConsoleCorrectiveProgressDocument,
    "\n  mutation ConsoleCorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": types.ConsoleCorrectiveCompleteDocument,
    "\n  mutation ConsoleCorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n": types.ConsoleCorrectiveVerifyDocument,
    "\n  query ConsoleFinalizedEvaluations($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, status: FINALIZED, first: 50) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.ConsoleFinalizedEvaluationsDocument,
    "\n  query ConsoleClusterMembers($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n  }\n": types.ConsoleClusterMembersDocument,
    "\n  query ConsoleMyEvaluations($clusterId: ID!, $after: String) {\n    evaluations(clusterId: $clusterId, first: 10, after: $after) {\n      nodes {\n        id\n        title\n        status\n        targetType\n        openedAt\n        rubric {\n          name\n          scaleMin\n          scaleMax\n          criteria {\n            id\n            name\n            description\n            weight\n          }\n        }\n        myAssessment {\n          status\n          findings\n          recommendations\n          submittedAt\n          savedAt\n          scores {\n            criterionId\n            score\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleMyEvaluationsDocument,
    "\n  mutation ConsoleSaveDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      savedAt\n    }\n  }\n": types.ConsoleSaveDraftDocument,
    "\n  mutation ConsoleSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      submittedAt\n    }\n  }\n": types.ConsoleSubmitAssessmentDocument,
    "\n  query ConsoleEventPicture($eventId: ID!) {\n    eventPicture(eventId: $eventId) {\n      at\n      staleAfter\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n          localName\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          summary\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n          needs\n        }\n      }\n      notReported {\n        id\n        name\n        localName\n      }\n    }\n  }\n": types.ConsoleEventPictureDocument,
    "\n  query ConsoleUnreadCount {\n    unreadNotificationCount\n  }\n": types.ConsoleUnreadCountDocument,
    "\n  query ConsoleNotifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleNotificationsDocument,
    "\n  mutation ConsoleMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n": types.ConsoleMarkNotificationsReadDocument,
    "\n  query ConsoleLessons($clusterId: ID!, $category: RiskCategory, $search: String, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: 20, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleLessonsDocument,
    "\n  query ConsoleObligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        kind\n        dueAt\n        owedByCoordinationOffice\n        city {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleObligationsDocument,
    "\n  query ConsoleObligationSummary($clusterId: ID!) {\n    obligationSummary(clusterId: $clusterId) {\n      city {\n        id\n        name\n        localName\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n": types.ConsoleObligationSummaryDocument,
    "\n  mutation ConsoleWaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleWaiveObligationDocument,
    "\n  query ConsoleEvents($clusterId: ID!, $first: Int, $after: String) {\n    riskEvents(clusterId: $clusterId, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        category\n        level\n        warning\n        status\n        description\n        confirmedAt\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleEventsDocument,
    "\n  mutation ConsoleEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n      escalation {\n        at\n        reason\n      }\n    }\n  }\n": types.ConsoleEscalateDocument,
    "\n  mutation ConsoleConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      id\n      status\n      confirmedAt\n    }\n  }\n": types.ConsoleConfirmRiskEventDocument,
    "\n  query ConsoleProposedAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: PROPOSED, first: 20) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n    inForce: agreements(clusterId: $clusterId, status: ACTIVE, first: 10) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n  }\n  fragment ConsoleAwaitingAgreement on Agreement {\n    id\n    pending {\n      number\n      title\n      status\n      proposedAt\n      parties {\n        id\n      }\n      awaiting {\n        id\n        name\n        localName\n      }\n    }\n  }\n": types.ConsoleProposedAgreementsDocument,
    "\n  mutation ConsoleRatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleRatifyAgreementDocument,
    "\n  mutation ConsoleDeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleDeclineAgreementDocument,
    "\n  query ConsoleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n        name\n        localName\n        unit\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n": types.ConsoleShortfallsDocument,
    "\n  query ConsoleTrust($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n            name\n            localName\n          }\n          score\n          lowerBound\n          direction\n          change\n          trend {\n            month\n            score\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleTrustDocument,
    "\n  query ConsoleAidRequests($clusterId: ID!, $status: AidRequestStatus, $after: String) {\n    aidRequests(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        quantity\n        acceptedQuantity\n        minimumTier\n        neededBy\n        requester {\n          id\n          name\n          localName\n        }\n        resourceType {\n          id\n          name\n          localName\n          unit\n        }\n        offers {\n          id\n          status\n          quantity\n          tier\n          fromCity {\n            id\n            name\n            localName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleAidRequestsDocument,
    "\n  mutation ConsoleAcceptOffer($input: AidOfferActionInput!) {\n    acceptAidOffer(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleAcceptOfferDocument,
    "\n  query ConsoleMapCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleMapCitiesDocument,
    "\n  query ConsoleMapStock($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 50, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        shareable\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleMapStockDocument,
    "\n  mutation ConsoleReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleReportRiskEventDocument,
    "\n  mutation ConsoleSubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      id\n      asOf\n    }\n  }\n": types.ConsoleSubmitSituationReportDocument,
    "\n  query ConsoleCityEvents($clusterId: ID!, $after: String) {\n    riskEvents(clusterId: $clusterId, first: 20, after: $after) {\n      nodes {\n        id\n        status\n        category\n        level\n        description\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleCityEventsDocument,
    "\n  query ConsoleOverseen {\n    clusters(first: 50) {\n      nodes {\n        id\n        name\n        localName\n        formationMode\n        mode\n        modeSince\n        version\n      }\n    }\n  }\n": types.ConsoleOverseenDocument,
    "\n  query ConsoleEscalations($after: String) {\n    escalations(first: 20, after: $after) {\n      nodes {\n        id\n        category\n        level\n        warning\n        status\n        description\n        cluster {\n          id\n          name\n          localName\n        }\n        originCity {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n          automatic\n          byName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleEscalationsDocument,
    "\n  mutation ConsoleSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n": types.ConsoleSetModeDocument,
    "\n  fragment ConsoleWebhook on WebhookSubscription {\n    id\n    version\n    url\n    events\n    status\n    createdAt\n    secretRotatedAt\n    city {\n      id\n      name\n      localName\n    }\n  }\n": types.ConsoleWebhookFragmentDoc,
    "\n  query ConsoleWebhooks($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      ...ConsoleWebhook\n    }\n  }\n": types.ConsoleWebhooksDocument,
    "\n  mutation ConsoleCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        ...ConsoleWebhook\n      }\n      secret\n    }\n  }\n": types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsolePauseWebhook($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n": types.ConsolePauseWebhookDocument,
    "\n  mutation ConsoleResumeWebhook($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n": types.ConsoleResumeWebhookDocument,
    "\n  mutation ConsoleDeleteWebhook($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n": types.ConsoleDeleteWebhookDocument,
    "\n  query ConsoleWebhookDeliveries($subscriptionId: ID!, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 10, after: $after) {\n      nodes {\n        id\n        type\n        state\n        createdAt\n        nextAttemptAt\n        deliveredAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleWebhookDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      id\n      displayName\n      role\n      cluster {\n        id\n        name\n        localName\n        mode\n      }\n      city {\n        id\n        name\n        localName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyObligations($clusterId: ID!, $cityId: ID!, $after: String) {\n    obligations(clusterId: $clusterId, filter: { cityId: $cityId, status: [OPEN, OVERDUE] }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        dueAt\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMyObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFulfil($input: FulfilObligationInput!) {\n    fulfilObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleFulfilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyInventory($clusterId: ID!, $cityId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, cityId: $cityId, first: 20, after: $after) {\n      nodes {\n        ...ConsoleItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n  fragment ConsoleItem on InventoryItem {\n    id\n    version\n    tier\n    onHand\n    shareable\n    committed\n    available\n    readiness\n    resourceType {\n      id\n      name\n      localName\n      unit\n    }\n    storage {\n      name\n    }\n  }\n"): typeof import('./graphql').ConsoleMyInventoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleItem($id: ID!) {\n    inventoryItem(id: $id) {\n      ...ConsoleItem\n    }\n  }\n"): typeof import('./graphql').ConsoleItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateItem($input: UpdateInventoryItemInput!) {\n    updateInventoryItem(input: $input) {\n      ...ConsoleItem\n    }\n  }\n"): typeof import('./graphql').ConsoleUpdateItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyItemsOfType($clusterId: ID!, $cityId: ID!, $resourceTypeId: ID!) {\n    inventory(clusterId: $clusterId, cityId: $cityId, resourceTypeId: $resourceTypeId, first: 50) {\n      nodes {\n        id\n        tier\n        available\n        storage {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMyItemsOfTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOfferAid($input: OfferAidInput!) {\n    offerAid(input: $input) {\n      id\n      status\n      quantity\n    }\n  }\n"): typeof import('./graphql').ConsoleOfferAidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAidChoices($clusterId: ID!, $cityId: ID!) {\n    resourceCatalogue(clusterId: $clusterId) {\n      id\n      name\n      localName\n      unit\n    }\n    city(id: $cityId) {\n      id\n      location {\n        latitude\n        longitude\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        status\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAidChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRequestAid($input: RequestAidInput!) {\n    requestAid(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRequestAidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecordsAboutCity($clusterId: ID!, $cityId: ID!, $after: String) {\n    complianceRecords(clusterId: $clusterId, filter: { cityId: $cityId }, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        kind\n        note\n        at\n        status\n        counts\n        disputeWindowEndsAt\n        dispute {\n          statement\n          resolution\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleRecordsAboutCityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDispute($input: DisputeComplianceRecordInput!) {\n    disputeComplianceRecord(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClaims($clusterId: ID!, $status: ClaimStatus, $after: String) {\n    claims(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        submittedAt\n        decisionReason\n        claimant {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n        claimed {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClaim($id: ID!) {\n    claim(id: $id) {\n      id\n      version\n      status\n      claimant {\n        id\n        name\n        localName\n      }\n      claimed {\n        amountMinor\n        currency\n      }\n      items {\n        number\n        kind\n        description\n        evidence\n        amount {\n          amountMinor\n          currency\n        }\n        approved {\n          amountMinor\n          currency\n        }\n        reductionReason\n      }\n      owedByPayer {\n        payerId\n        payer {\n          id\n          name\n          localName\n        }\n        owed {\n          amountMinor\n          currency\n        }\n      }\n      payments {\n        id\n        fromId\n        from {\n          id\n          name\n          localName\n        }\n        amount {\n          amountMinor\n          currency\n        }\n        reference\n        paidAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleStartReview($input: ClaimActionInput!) {\n    startClaimReview(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideClaim($input: DecideClaimInput!) {\n    decideClaim(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleDecideClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').ConsoleRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFileClaim($input: FileClaimInput!) {\n    fileClaim(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleFileClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClaimable($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: ACTIVE, first: 50) {\n      nodes {\n        id\n        inForce {\n          number\n          title\n          parties {\n            id\n          }\n          compensation {\n            currency\n            coveredKinds {\n              kind\n            }\n          }\n        }\n      }\n    }\n    riskEvents(clusterId: $clusterId, first: 50) {\n      nodes {\n        id\n        description\n        confirmedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleClaimableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleCorrectiveAction on CorrectiveAction {\n    id\n    version\n    status\n    overdue\n    dueAt\n    action\n    recommendation\n    percent\n    aboutCoordinationOffice\n    ownerCity {\n      id\n      name\n      localName\n    }\n    evaluation {\n      id\n      title\n    }\n    evidence {\n      text\n      links\n    }\n    completedAt\n    verifiedAt\n    verifiedByName\n    lastRejection {\n      at\n      reason\n      byName\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveActionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCorrectiveActions($clusterId: ID!, $filter: CorrectiveActionFilter, $after: String) {\n    correctiveActions(clusterId: $clusterId, filter: $filter, first: 20, after: $after) {\n      nodes {\n        ...ConsoleCorrectiveAction\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCorrectiveActionWithHistory($id: ID!) {\n    correctiveAction(id: $id) {\n      ...ConsoleCorrectiveAction\n      history(first: 50) {\n        nodes {\n          kind\n          status\n          note\n          percent\n          evidence {\n            text\n            links\n          }\n          at\n          byName\n          byRole\n          version\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveActionWithHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateCorrectiveActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectiveProgress($input: ReportCorrectiveActionProgressInput!) {\n    reportCorrectiveActionProgress(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectiveComplete($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectiveVerify($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) {\n      ...ConsoleCorrectiveAction\n    }\n  }\n"): typeof import('./graphql').ConsoleCorrectiveVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFinalizedEvaluations($clusterId: ID!) {\n    evaluations(clusterId: $clusterId, status: FINALIZED, first: 50) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleFinalizedEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClusterMembers($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleClusterMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyEvaluations($clusterId: ID!, $after: String) {\n    evaluations(clusterId: $clusterId, first: 10, after: $after) {\n      nodes {\n        id\n        title\n        status\n        targetType\n        openedAt\n        rubric {\n          name\n          scaleMin\n          scaleMax\n          criteria {\n            id\n            name\n            description\n            weight\n          }\n        }\n        myAssessment {\n          status\n          findings\n          recommendations\n          submittedAt\n          savedAt\n          scores {\n            criterionId\n            score\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMyEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveDraft($input: AssessmentInput!) {\n    saveAssessmentDraft(input: $input) {\n      status\n      savedAt\n    }\n  }\n"): typeof import('./graphql').ConsoleSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitAssessment($input: AssessmentInput!) {\n    submitAssessment(input: $input) {\n      status\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').ConsoleSubmitAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEventPicture($eventId: ID!) {\n    eventPicture(eventId: $eventId) {\n      at\n      staleAfter\n      totals {\n        dead\n        injured\n        missing\n        evacuated\n        affectedPopulation\n        citiesReporting\n      }\n      cities {\n        city {\n          id\n          name\n          localName\n        }\n        party\n        ageMinutes\n        stale\n        latest {\n          id\n          asOf\n          summary\n          casualties {\n            dead\n            injured\n            missing\n          }\n          evacuated\n          affectedPopulation\n          needs\n        }\n      }\n      notReported {\n        id\n        name\n        localName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleEventPictureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnreadCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').ConsoleUnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNotifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        type\n        at\n        message\n        read\n        readAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      id\n      read\n      readAt\n    }\n  }\n"): typeof import('./graphql').ConsoleMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLessons($clusterId: ID!, $category: RiskCategory, $search: String, $after: String) {\n    lessons(clusterId: $clusterId, category: $category, search: $search, first: 20, after: $after) {\n      nodes {\n        id\n        kind\n        text\n        byName\n        categories\n        evaluationTitle\n        at\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleLessonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleObligations($clusterId: ID!, $filter: ObligationFilter, $first: Int, $after: String) {\n    obligations(clusterId: $clusterId, filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        status\n        action\n        kind\n        dueAt\n        owedByCoordinationOffice\n        city {\n          id\n          name\n          localName\n        }\n        event {\n          id\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleObligationSummary($clusterId: ID!) {\n    obligationSummary(clusterId: $clusterId) {\n      city {\n        id\n        name\n        localName\n      }\n      open\n      overdue\n      fulfilledOnTime\n      fulfilledLate\n      waived\n    }\n  }\n"): typeof import('./graphql').ConsoleObligationSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWaiveObligation($input: WaiveObligationInput!) {\n    waiveObligation(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleWaiveObligationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEvents($clusterId: ID!, $first: Int, $after: String) {\n    riskEvents(clusterId: $clusterId, first: $first, after: $after) {\n      nodes {\n        id\n        version\n        category\n        level\n        warning\n        status\n        description\n        confirmedAt\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEscalate($input: EscalateRiskEventInput!) {\n    escalateRiskEvent(input: $input) {\n      id\n      escalation {\n        at\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleEscalateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConfirmRiskEvent($input: ConfirmRiskEventInput!) {\n    confirmRiskEvent(input: $input) {\n      id\n      status\n      confirmedAt\n    }\n  }\n"): typeof import('./graphql').ConsoleConfirmRiskEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProposedAgreements($clusterId: ID!) {\n    agreements(clusterId: $clusterId, status: PROPOSED, first: 20) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n    inForce: agreements(clusterId: $clusterId, status: ACTIVE, first: 10) {\n      nodes {\n        ...ConsoleAwaitingAgreement\n      }\n    }\n  }\n  fragment ConsoleAwaitingAgreement on Agreement {\n    id\n    pending {\n      number\n      title\n      status\n      proposedAt\n      parties {\n        id\n      }\n      awaiting {\n        id\n        name\n        localName\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleProposedAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRatifyAgreement($input: RatifyAgreementInput!) {\n    ratifyAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleRatifyAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeclineAgreement($input: DeclineAgreementInput!) {\n    declineAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleDeclineAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleShortfalls($clusterId: ID!) {\n    clusterShortfalls(clusterId: $clusterId) {\n      resourceType {\n        id\n        name\n        localName\n        unit\n      }\n      minimumTier\n      required\n      available\n      shortfall\n      coverage\n    }\n  }\n"): typeof import('./graphql').ConsoleShortfallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrust($clusterId: ID!) {\n    clusterTrust(clusterId: $clusterId) {\n      members {\n        rank\n        ranked\n        note\n        standing {\n          city {\n            id\n            name\n            localName\n          }\n          score\n          lowerBound\n          direction\n          change\n          trend {\n            month\n            score\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleTrustDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAidRequests($clusterId: ID!, $status: AidRequestStatus, $after: String) {\n    aidRequests(clusterId: $clusterId, status: $status, first: 20, after: $after) {\n      nodes {\n        id\n        version\n        status\n        quantity\n        acceptedQuantity\n        minimumTier\n        neededBy\n        requester {\n          id\n          name\n          localName\n        }\n        resourceType {\n          id\n          name\n          localName\n          unit\n        }\n        offers {\n          id\n          status\n          quantity\n          tier\n          fromCity {\n            id\n            name\n            localName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAidRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptOffer($input: AidOfferActionInput!) {\n    acceptAidOffer(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleAcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMapCities($clusterId: ID!) {\n    cluster(id: $clusterId) {\n      id\n      cities(first: 100) {\n        nodes {\n          id\n          name\n          localName\n          location {\n            latitude\n            longitude\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMapCitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMapStock($clusterId: ID!, $after: String) {\n    inventory(clusterId: $clusterId, first: 50, after: $after) {\n      nodes {\n        city {\n          id\n        }\n        shareable\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleMapStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReportRiskEvent($input: ReportRiskEventInput!) {\n    reportRiskEvent(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConsoleReportRiskEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitSituationReport($input: SubmitSituationReportInput!) {\n    submitSituationReport(input: $input) {\n      id\n      asOf\n    }\n  }\n"): typeof import('./graphql').ConsoleSubmitSituationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCityEvents($clusterId: ID!, $after: String) {\n    riskEvents(clusterId: $clusterId, first: 20, after: $after) {\n      nodes {\n        id\n        status\n        category\n        level\n        description\n        originCity {\n          id\n          name\n          localName\n        }\n        affectedCities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleCityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOverseen {\n    clusters(first: 50) {\n      nodes {\n        id\n        name\n        localName\n        formationMode\n        mode\n        modeSince\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleOverseenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEscalations($after: String) {\n    escalations(first: 20, after: $after) {\n      nodes {\n        id\n        category\n        level\n        warning\n        status\n        description\n        cluster {\n          id\n          name\n          localName\n        }\n        originCity {\n          id\n          name\n          localName\n        }\n        escalation {\n          at\n          reason\n          automatic\n          byName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetMode($input: SetClusterModeInput!) {\n    setClusterMode(input: $input) {\n      id\n      mode\n      modeSince\n      version\n    }\n  }\n"): typeof import('./graphql').ConsoleSetModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleWebhook on WebhookSubscription {\n    id\n    version\n    url\n    events\n    status\n    createdAt\n    secretRotatedAt\n    city {\n      id\n      name\n      localName\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhooks($clusterId: ID!) {\n    webhookSubscriptions(clusterId: $clusterId) {\n      ...ConsoleWebhook\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        ...ConsoleWebhook\n      }\n      secret\n    }\n  }\n"): typeof import('./graphql').ConsoleCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePauseWebhook($input: WebhookSubscriptionActionInput!) {\n    pauseWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n"): typeof import('./graphql').ConsolePauseWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResumeWebhook($input: WebhookSubscriptionActionInput!) {\n    resumeWebhookSubscription(input: $input) {\n      ...ConsoleWebhook\n    }\n  }\n"): typeof import('./graphql').ConsoleResumeWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteWebhook($input: WebhookSubscriptionActionInput!) {\n    deleteWebhookSubscription(input: $input)\n  }\n"): typeof import('./graphql').ConsoleDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookDeliveries($subscriptionId: ID!, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, first: 10, after: $after) {\n      nodes {\n        id\n        type\n        state\n        createdAt\n        nextAttemptAt\n        deliveredAt\n        parkedReason\n        attempts {\n          at\n          statusCode\n          error\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleWebhookDeliveriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
