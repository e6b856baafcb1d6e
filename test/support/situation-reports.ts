import type { SubmitSituationReportInput } from '../generated/graphql';
import { graphql } from '../generated';
import { gql } from './api';
import { hoursFrom } from './builders';
import { testClock } from './clock';
import { CONFIRM, REPORT } from './operations';
import type { BuiltCluster } from './world';

graphql(`
  fragment SituationReportFields on SituationReport {
    id
    asOf
    submittedAt
    submittedByName
    submittedByRole
    summary
    casualties {
      dead
      injured
      missing
    }
    evacuated
    affectedPopulation
    needs
    city {
      id
      name
    }
    event {
      id
    }
  }
`);

export const SUBMIT_SITUATION = graphql(`
  mutation SubmitSituationReport($input: SubmitSituationReportInput!) {
    submitSituationReport(input: $input) {
      ...SituationReportFields
    }
  }
`);

export const SITUATION_REPORTS = graphql(`
  query SituationReports($eventId: ID!, $first: Int, $after: String) {
    situationReports(eventId: $eventId, first: $first, after: $after) {
      nodes {
        ...SituationReportFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EVENT_PICTURE = graphql(`
  query EventPicture($eventId: ID!, $staleAfter: Duration) {
    eventPicture(eventId: $eventId, staleAfter: $staleAfter) {
      at
      staleAfter
      event {
        id
      }
      totals {
        dead
        injured
        missing
        evacuated
        affectedPopulation
        citiesReporting
      }
      cities {
        city {
          id
          name
        }
        party
        ageMinutes
        stale
        latest {
          id
          asOf
          casualties {
            dead
            injured
            missing
          }
          evacuated
          affectedPopulation
        }
      }
      notReported {
        id
        name
      }
    }
  }
`);

/**
 * A flood reported by the origin city, with the given affected cities, observed two hours before the test clock's now;
 * confirmed by the office unless `confirm` is false. Returns the event's id and when it was observed.
 */
export async function aFlood(
  world: BuiltCluster,
  origin: string,
  affected: readonly string[],
  confirm = true,
): Promise<{ id: string; observedAt: string }> {
  const observedAt = hoursFrom(testClock.now(), -2);
  const reported = await gql(world.city(origin).officer, REPORT, {
    input: {
      clusterId: world.id,
      category: 'NATURAL_DISASTER',
      level: 'III',
      warning: 'ORANGE',
      originCityId: world.city(origin).id,
      affectedCityIds: affected.map((name) => world.city(name).id),
      location: { description: 'Lower river embankment' },
      description: 'The river broke its embankment at the lower bend.',
      observedAt,
    },
  });
  if (reported.errors) throw new Error(`reporting the flood failed: ${JSON.stringify(reported.errors)}`);
  const id = reported.data!.reportRiskEvent.id;
  if (confirm) {
    const confirmed = await gql(world.coordinator, CONFIRM, { input: { eventId: id } });
    if (confirmed.errors) throw new Error(`confirming the flood failed: ${JSON.stringify(confirmed.errors)}`);
  }
  return { id, observedAt };
}

/** A situation report's input with plausible figures, as of the test clock's now; a test overrides what it is about. */
export function sitrep(eventId: string, fields: Partial<SubmitSituationReportInput> = {}): SubmitSituationReportInput {
  return {
    eventId,
    asOf: testClock.now(),
    summary: 'Water is receding on the east bank; two villages are still cut off.',
    casualties: { dead: 2, injured: 15, missing: 4 },
    evacuated: 1200,
    affectedPopulation: 30000,
    needs: ['Drinking water for 5,000 people', 'Two rescue boats'],
    ...fields,
  };
}
