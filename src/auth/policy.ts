import type { FormationMode } from '../domain/clusters/mode';
import type { Caller } from './caller';

/** Everything a caller may ask to do in this version of the API. */
export const ACTIONS = [
  'cluster:read',
  'city:read',
  'city:updateBaseline',
  'cluster:setMode',
  'audit:read',
  'agreement:read',
  'agreement:manage',
  'agreement:ratify',
  'event:read',
  'event:report',
  'event:update',
  'event:manage',
  'escalation:read',
  'obligation:read',
  'obligation:fulfil',
  'obligation:waive',
  'compliance:read',
  'compliance:record',
  'compliance:dispute',
  'compliance:resolve',
  'trust:read',
  'trust:readDrivers',
  'trust:configure',
  'evaluation:manage',
  'accreditation:read',
  'evaluation:read',
  'evaluation:readProvisional',
  'assessment:write',
  'resources:read',
  'resources:defineType',
  'inventory:read',
  'inventory:write',
  'reserves:set',
  'aid:read',
  'aid:request',
  'aid:offer',
  'aid:decide',
  'aid:ship',
  'aid:receive',
  'aid:cancel',
  'claim:read',
  'ledger:read',
  'claim:file',
  'claim:review',
  'payment:record',
  'claim:appeal',
  'claim:decideAppeal',
  'situation:report',
  'situation:read',
  'webhook:read',
  'webhook:manage',
  'notifications:configure',
  'correctiveAction:create',
  'correctiveAction:read',
  'correctiveAction:work',
  'correctiveAction:verify',
  'lesson:read',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The facts about a resource that decide access. Services gather them (loading what they must); the policy alone
 * decides. A resource is one record, or a `selection` (the records a list's filter names).
 */
export interface Resource {
  clusterId: string;
  /**
   * The city the action is about: a baseline's city, an event's origin, an obligation's obligee, an item's owner,
   * a claim's claimant, a compliance record's subject.
   */
  cityId?: string;
  formationMode?: FormationMode;
  /**
   * The cities taking part in what the resource belongs to: an agreement's parties (ratify, claims under it), an
   * event's origin and affected cities (its obligations), both cities of an accepted offer (cancel).
   */
  partyCityIds?: readonly string[];
  /** For obligations: true when the coordination office owes it. For compliance records and trust: about the office. */
  owedByOffice?: boolean;
  /** For compliance records: recorded by the superior level, so only the superior level judges a dispute about it. */
  recordedBySuperior?: boolean;
  /** For evaluations: who is on the panel, what is evaluated, and whether it is finalized. */
  evaluation?: {
    panelIds: readonly string[];
    targetCityId?: string;
    targetKind: 'ACTIVITY' | 'PARTICIPANT';
    finalized: boolean;
  };
  /**
   * True when the resource lies within what the calling evaluator is accredited to evaluate (see evaluator-scope):
   * for a standing's drivers, when the party's whole record is what it evaluates. Gathered for evaluators only.
   */
  inEvaluatorScope?: boolean;
  /** A list's filter rather than one record: a refused list explains itself, a refused record is hidden. */
  selection?: boolean;
  /** For a new compliance record by a city: the recorder and the subject both take part in what it concerns. */
  sharedConcern?: boolean;
  /** For a new compliance record: it records a fulfilment or praise rather than a breach. */
  positiveKind?: boolean;
  /** For a new compliance record: it carries a sanction or reward. */
  withConsequence?: boolean;
  /** For an assessment: why this evaluator may not assess it now (no or a withdrawn accreditation, an affiliation). */
  conflictOfInterest?: string;
  /** The subject city's name, for reasons shown to officials. */
  cityName?: string;
}

/**
 * `hidden` means the caller must not learn the resource exists: the API answers exactly as for a missing one.
 * `forbidden` means the caller can see it but may not do this; `reason` is shown to the official.
 */
export type Decision = { outcome: 'allowed' } | { outcome: 'hidden' } | { outcome: 'forbidden'; reason: string };

const ALLOWED: Decision = { outcome: 'allowed' };
const HIDDEN: Decision = { outcome: 'hidden' };
const forbidden = (reason: string): Decision => ({ outcome: 'forbidden', reason });

/** The clusters whose data a caller may see at all. */
export function visibleClusterIds(caller: Caller): readonly string[] {
  return caller.role === 'SUPERIOR' ? caller.clusterIds : [caller.clusterId];
}

export function canSeeCluster(caller: Caller, clusterId: string): boolean {
  return visibleClusterIds(caller).includes(clusterId);
}

/** The single authorization rule set: a pure function of (caller, action, resource). */
export function decide(caller: Caller, action: Action, resource: Resource): Decision {
  if (!canSeeCluster(caller, resource.clusterId)) return HIDDEN;

  switch (action) {
    case 'cluster:read':
    case 'city:read':
      // Baseline facts are shared on the cluster's information platform: every member and evaluator reads them.
      return ALLOWED;

    case 'audit:read':
      return caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR'
        ? ALLOWED
        : forbidden('Only the coordination office and the superior level can read the audit log.');

    case 'city:updateBaseline':
      if (caller.role !== 'CITY') return forbidden("A city's baseline facts are kept by that city's own officers.");
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("You can update only your own city's baseline facts.");

    case 'cluster:setMode':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role === 'SUPERIOR') {
        return resource.formationMode === 'SUPERIOR_LED'
          ? ALLOWED
          : forbidden('In a parallel voluntary cluster only its coordination office switches the mode.');
      }
      return forbidden('Only the coordination office switches the cluster between normal and emergency mode.');

    case 'aid:read':
    case 'ledger:read':
    case 'resources:read':
    case 'agreement:read':
    case 'event:read':
      // Shared on the cluster's platform: aid requests (so partners can offer), net positions, the fund and the
      // settlement plan (every member owes or is owed), the catalogue, agreements and events.
      return ALLOWED;

    case 'obligation:read':
      if (caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR') {
        return resource.inEvaluatorScope
          ? ALLOWED
          : forbidden(
              'An evaluator reads the obligations of what it is evaluating: filter by that event, agreement or city.',
            );
      }
      // A city reads what it owes, and, read-only, everything owed in an event it takes part in (origin or affected).
      if (!resource.owedByOffice && resource.cityId === caller.cityId) return ALLOWED;
      return resource.partyCityIds?.includes(caller.cityId)
        ? ALLOWED
        : forbidden(
            "You see partner cities' obligations only within events your city is party to: filter by such an event.",
          );

    case 'claim:read':
      // The claimant, the other parties to the agreement (they pay its shares), the office and the superior.
      if (caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR') return resource.inEvaluatorScope ? ALLOWED : HIDDEN;
      return resource.cityId === caller.cityId || resource.partyCityIds?.includes(caller.cityId) ? ALLOWED : HIDDEN;

    case 'agreement:manage':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Only the coordination office drafts, proposes, amends, suspends and terminates agreements.');

    case 'agreement:ratify':
      if (caller.role !== 'CITY')
        return forbidden('Each party city ratifies or declines for itself, through its own officers.');
      return resource.partyCityIds?.includes(caller.cityId)
        ? ALLOWED
        : forbidden('Your city is not a party to this agreement.');

    case 'event:report':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role !== 'CITY')
        return forbidden('Risk events are reported by the city where they originate or by the coordination office.');
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden('A city reports events in its own territory only: the origin city must be yours.');

    case 'event:update':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      return caller.role === 'CITY' && caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden(
            "Only the coordination office and the event's origin city update its level, warning and affected cities.",
          );

    case 'event:manage':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Only the coordination office confirms, escalates, and closes risk events.');

    case 'escalation:read':
      return caller.role === 'SUPERIOR' || caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Escalations are read by the superior level and the coordination office.');

    case 'obligation:fulfil':
      if (resource.owedByOffice) {
        return caller.role === 'COORDINATOR'
          ? ALLOWED
          : forbidden("Only the coordination office fulfils the office's own obligations.");
      }
      if (caller.role !== 'CITY') return forbidden('An obligation is fulfilled by the city that owes it.');
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("You can fulfil only your own city's obligations.");

    case 'obligation:waive':
      return caller.role === 'COORDINATOR' ? ALLOWED : forbidden('Only the coordination office waives obligations.');

    case 'inventory:read':
      if (caller.role !== 'CITY') return ALLOWED;
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden(
            "You see your own city's inventory; partners' available stock is shown where you ask for mutual aid.",
          );

    case 'inventory:write':
      if (caller.role !== 'CITY') return forbidden("A city's inventory is kept by that city's own officers.");
      return caller.cityId === resource.cityId ? ALLOWED : forbidden("You can change only your own city's inventory.");

    case 'resources:defineType':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden("Only the coordination office maintains the cluster's resource catalogue.");

    // Mutual aid: `cityId` is the requesting city for request/decide/receive and the offering city for offer/ship;
    // `partyCityIds` are both cities for cancel.
    case 'aid:request':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role !== 'CITY')
        return forbidden('Mutual aid is requested by a city for itself, or by the coordination office on its behalf.');
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden(
            'A city requests aid for itself only; the coordination office can request on behalf of another city.',
          );

    case 'aid:offer':
    case 'aid:ship':
      if (caller.role !== 'CITY') return forbidden('Offers are made and shipped by the city whose stock it is.');
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("You can offer and ship only your own city's stock.");

    case 'aid:decide':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      return caller.role === 'CITY' && caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden(
            'Offers are accepted or declined by the requesting city or the coordination office, which also cancel or close the request.',
          );

    case 'aid:receive':
      return caller.role === 'CITY' && caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden('Arrival is confirmed by the requesting city.');

    case 'aid:cancel':
      if (caller.role === 'COORDINATOR') return ALLOWED;
      return caller.role === 'CITY' && resource.partyCityIds?.includes(caller.cityId)
        ? ALLOWED
        : forbidden('Only the two cities concerned or the coordination office can cancel an accepted offer.');

    case 'claim:file':
      if (caller.role !== 'CITY')
        return forbidden('A claim is filed by the city that carried the costs, through its own officers.');
      return caller.cityId === resource.cityId ? ALLOWED : forbidden('A city files claims for its own costs only.');

    case 'claim:review':
      // Cities never review (not even others' claims: they are the payers); evaluators assess, they do not approve.
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Claims are reviewed and decided by the coordination office.');

    case 'claim:appeal':
      return caller.role === 'CITY' && caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden('Only the claimant city appeals a decision on its claim.');

    case 'claim:decideAppeal':
      // The superior level may decide appeals too: a second instance beside the office that made the decision.
      return caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR'
        ? ALLOWED
        : forbidden('Appeals are decided by the coordination office or the superior level.');

    case 'payment:record':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Payments are recorded by the coordination office, which keeps the ledger.');

    // Compliance records: `cityId` is the subject city; `owedByOffice` marks records about the coordination office.
    case 'compliance:read':
      if (caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR') {
        if (resource.inEvaluatorScope) return ALLOWED;
        return resource.selection
          ? forbidden(
              'An evaluator reads the records about what it is evaluating: name the party (a city, or the coordination office).',
            )
          : HIDDEN;
      }
      // A city sees the records about itself and about the office; partners' records stay between them and the supervisors.
      if (resource.owedByOffice) return ALLOWED;
      return resource.cityId === caller.cityId ? ALLOWED : HIDDEN;

    case 'compliance:record':
      if (caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR')
        return forbidden(
          'Evaluators report through evaluations; compliance records are kept by supervisors and partner cities.',
        );
      if (caller.role === 'COORDINATOR') {
        return resource.owedByOffice
          ? forbidden(
              'The coordination office does not keep records about itself; the superior level supervises the office.',
            )
          : ALLOWED;
      }
      if (resource.owedByOffice)
        return forbidden('Records about the coordination office are kept by the superior level.');
      if (resource.cityId === caller.cityId) return forbidden('A city cannot keep compliance records about itself.');
      if (!resource.sharedConcern) {
        return forbidden(
          `${resource.cityName ?? 'That city'} is not your partner in what you named: a city records only about partners in an event or agreement both take part in.`,
        );
      }
      // Partners watch each other for breaches; fulfilments come from the facts and the supervisors, so two cities
      // cannot raise each other's standing by recording praise.
      if (resource.positiveKind)
        return forbidden(
          'A partner city records breaches; fulfilments are recorded from the obligations themselves and by the supervisors.',
        );
      return resource.withConsequence
        ? forbidden(
            'Sanctions and rewards are decided by the coordination office or the superior level; a partner city records the facts only.',
          )
        : ALLOWED;

    case 'compliance:dispute':
      if (resource.owedByOffice)
        return caller.role === 'COORDINATOR'
          ? ALLOWED
          : forbidden('Only the coordination office disputes a record about the office.');
      return caller.role === 'CITY' && caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden('Only the city the record is about can dispute it.');

    case 'compliance:resolve':
      if (resource.owedByOffice)
        return caller.role === 'SUPERIOR'
          ? ALLOWED
          : forbidden(
              'A dispute about the coordination office is resolved by the superior level, not by the office itself.',
            );
      if (resource.recordedBySuperior)
        return caller.role === 'SUPERIOR'
          ? ALLOWED
          : forbidden('This record was made by the superior level; a dispute about it is resolved there.');
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Disputes about member cities are resolved by the coordination office.');

    case 'trust:read':
      // Standing is public inside the alliance: a breach costs the breaker its reputation with every partner.
      return ALLOWED;

    case 'trust:readDrivers':
      // The records behind a standing, and the summary's words about them.
      if (caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR') {
        return resource.inEvaluatorScope
          ? ALLOWED
          : forbidden('An evaluator sees the records behind the standing of the parties it is evaluating only.');
      }
      if (resource.owedByOffice) return ALLOWED;
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("The records behind a partner's standing are shared with that city and the supervisors only.");

    case 'trust:configure':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden("Only the coordination office sets the cluster's trust and evaluation settings.");

    case 'notifications:configure':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden("Only the coordination office sets when the cluster's obligees are reminded.");

    case 'evaluation:manage':
      // The office does not run (nor reward itself through) its own evaluation: the superior level does.
      if (resource.owedByOffice)
        return caller.role === 'SUPERIOR'
          ? ALLOWED
          : forbidden('An evaluation of the coordination office is opened and finalized by the superior level.');
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Rubrics, accreditations and evaluations are managed by the coordination office.');

    case 'accreditation:read':
      // The superior reads them too: it picks the panel of the office's own evaluation.
      return caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR'
        ? ALLOWED
        : forbidden('Accreditations are kept by the coordination office and read by the superior level.');

    case 'evaluation:read': {
      const evaluation = resource.evaluation;
      if (!evaluation || caller.role === 'COORDINATOR' || caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'EVALUATOR') return evaluation.panelIds.includes(caller.id) ? ALLOWED : HIDDEN;
      if (evaluation.targetKind === 'PARTICIPANT') return evaluation.targetCityId === caller.cityId ? ALLOWED : HIDDEN;
      return evaluation.finalized ? ALLOWED : HIDDEN;
    }

    case 'evaluation:readProvisional':
      // Whoever runs the evaluation follows it as it comes in (the office, or the superior for the office's own), and the superior.
      if (caller.role === 'SUPERIOR') return ALLOWED;
      if (caller.role === 'COORDINATOR')
        return resource.owedByOffice
          ? forbidden("The office does not follow its own evaluation's provisional result.")
          : ALLOWED;
      return forbidden('Assessments and the result are shown once the evaluation is finalized.');

    case 'assessment:write':
      if (caller.role !== 'EVALUATOR') return forbidden('Assessments are submitted by accredited evaluators.');
      if (!resource.evaluation?.panelIds.includes(caller.id))
        return forbidden('You are not on the panel of this evaluation.');
      // Independence first: a conflict of interest bars the assessment, whoever named the panel.
      return resource.conflictOfInterest ? forbidden(resource.conflictOfInterest) : ALLOWED;

    case 'reserves:set':
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden('Only the coordination office sets the reserves the cluster requires.');

    // Situation reports: `cityId` is the city reported on (for a city officer, its own), `partyCityIds` the event's
    // origin and affected cities, `cityName` the name of the city concerned.
    case 'situation:report':
      // The office reports on behalf of a city that cannot (lines down); the service checks that city is a party.
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role !== 'CITY')
        return forbidden("Situation reports come from the event's cities and the coordination office.");
      if (resource.cityId !== caller.cityId)
        return forbidden(
          'A city reports its own situation; the coordination office can report on behalf of another city.',
        );
      return resource.partyCityIds?.includes(caller.cityId)
        ? ALLOWED
        : forbidden(
            `${resource.cityName ?? 'Your city'} is not a party to this event (neither its origin nor an affected city), so it does not report on it.`,
          );

    case 'situation:read':
      // The field picture (casualties, needs) is shared with those who respond to the event and those who oversee it.
      if (caller.role !== 'CITY') return ALLOWED;
      return resource.partyCityIds?.includes(caller.cityId)
        ? ALLOWED
        : forbidden(
            `Situation reports of an event are shared with its origin and affected cities and the coordination office; ${resource.cityName ?? 'your city'} is not a party to this event.`,
          );
    // Webhook subscriptions: `cityId` is the subscribing city; none for the coordination office's own.
    case 'webhook:read':
      // The office oversees every subscription of its cluster (they carry the cluster's notifications out of it).
      if (caller.role === 'COORDINATOR') return ALLOWED;
      if (caller.role !== 'CITY')
        return forbidden('Webhook subscriptions are kept by the coordination office and by each city for itself.');
      return resource.cityId === caller.cityId
        ? ALLOWED
        : forbidden("You see only your own city's webhook subscriptions.");

    case 'webhook:manage':
      if (caller.role === 'COORDINATOR')
        return resource.cityId === undefined
          ? ALLOWED
          : forbidden("A city's webhook subscriptions are managed by that city's own officers.");
      if (caller.role !== 'CITY')
        return forbidden('Webhook subscriptions are kept by the coordination office and by each city for itself.');
      return resource.cityId === caller.cityId
        ? ALLOWED
        : forbidden('A city subscribes to and manages webhooks for its own city only.');
    // Corrective actions: `cityId` is the owner city; `owedByOffice` marks an action the coordination office owns.
    case 'correctiveAction:create':
      // The office sets the cities' actions; the office's own are set by the level that supervises it.
      if (resource.owedByOffice)
        return caller.role === 'SUPERIOR'
          ? ALLOWED
          : forbidden("The coordination office's own corrective actions are set by the superior level.");
      return caller.role === 'COORDINATOR'
        ? ALLOWED
        : forbidden("A city's corrective actions are set by the coordination office.");

    case 'correctiveAction:read':
      if (caller.role !== 'CITY') return ALLOWED;
      if (!resource.owedByOffice && resource.cityId === caller.cityId) return ALLOWED;
      return resource.selection
        ? forbidden('A city sees its own corrective actions only: name your own city, or leave the owner out.')
        : HIDDEN;

    case 'correctiveAction:work':
      if (resource.owedByOffice)
        return caller.role === 'COORDINATOR'
          ? ALLOWED
          : forbidden("Only the coordination office works on the office's own corrective actions.");
      if (caller.role !== 'CITY')
        return forbidden("A city's corrective action is carried out by that city's officers.");
      return caller.cityId === resource.cityId
        ? ALLOWED
        : forbidden("You can report on your own city's corrective actions only.");

    case 'correctiveAction:verify':
      // Never the owner: a fix is verified by someone who did not make it.
      if (caller.role === 'CITY')
        return forbidden(
          caller.cityId === resource.cityId && !resource.owedByOffice
            ? "A city does not verify its own fix: the coordination office or the evaluation's panel does."
            : "Corrective actions are verified by the coordination office or the evaluation's panel.",
        );
      if (caller.role === 'COORDINATOR')
        return resource.owedByOffice
          ? forbidden(
              "The coordination office does not verify its own corrective actions: the superior level or the evaluation's panel does.",
            )
          : ALLOWED;
      if (caller.role === 'SUPERIOR')
        return resource.owedByOffice
          ? ALLOWED
          : forbidden("A city's corrective action is verified by the coordination office or the evaluation's panel.");
      if (!resource.evaluation?.panelIds.includes(caller.id))
        return forbidden('You are not on the panel of the evaluation this corrective action answers.');
      return resource.conflictOfInterest ? forbidden(resource.conflictOfInterest) : ALLOWED;

    case 'lesson:read':
      // Every lesson is also shown only to those who may read its evaluation (and its corrective action).
      return ALLOWED;
  }
}
