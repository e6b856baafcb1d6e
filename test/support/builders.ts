import type { DraftAgreementInput, DutyInput, DutyKind, DutyParty } from '../generated/graphql';
import { gql, tokenFor, type GraphQLResponse } from './api';
import { DRAFT, PROPOSE, RATIFY } from './operations';

/** A token of an officer of a city of the given cluster (the caller names both: there is no default cluster). */
export function officerOf(cityId: string, clusterId: string): Promise<string> {
  return tokenFor({
    sub: `officer-${cityId}`,
    name: `Officer of ${cityId.replace('city-', '')}`,
    role: 'CITY',
    clusterId,
    cityId,
  });
}

export const hoursFrom = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/**
 * A draft agreement input. The test names the cluster and the party cities (`with({ clusterId, partyCityIds })`):
 * `build()` refuses without them rather than pointing at someone else's data; the rest has defaults a test overrides.
 */
export class AgreementBuilder {
  private input: Omit<DraftAgreementInput, 'clusterId' | 'partyCityIds'> &
    Partial<Pick<DraftAgreementInput, 'clusterId' | 'partyCityIds'>> = {
    title: 'Taipu River pollution response (test)',
    categories: ['ACCIDENT'],
    effectiveFrom: '2026-01-01T00:00:00Z',
    duties: [],
  };

  with(fields: Partial<DraftAgreementInput>): this {
    Object.assign(this.input, fields);
    return this;
  }

  duty(party: DutyParty, kind: DutyKind, deadline: string, extra: Partial<DutyInput> = {}): this {
    this.input.duties = [
      ...this.input.duties,
      { party, role: party === 'AFFECTED' ? 'ASSIST' : 'LEAD', kind, deadline, action: `${kind} (${party})`, ...extra },
    ];
    return this;
  }

  build(): DraftAgreementInput {
    const { clusterId, partyCityIds } = this.input;
    if (!clusterId || !partyCityIds)
      throw new Error('AgreementBuilder: name the cluster and the party cities, with({ clusterId, partyCityIds })');
    return { ...this.input, clusterId, partyCityIds };
  }
}

function succeeded<T>(step: string, response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(`${step} failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/**
 * A test's own agreement, in force: drafted and proposed by the cluster's coordinator (`coordinatorToken`), then
 * ratified by an officer of every party city. Returns its id; any refused step fails the test loudly.
 */
export async function agreementInForce(coordinatorToken: string, input: DraftAgreementInput): Promise<string> {
  const agreementId = succeeded('drafting', await gql(coordinatorToken, DRAFT, { input })).draftAgreement.id;
  succeeded('proposing', await gql(coordinatorToken, PROPOSE, { input: { agreementId, expectedVersion: 1 } }));
  for (const city of input.partyCityIds) {
    succeeded(
      `ratifying by ${city}`,
      await gql(await officerOf(String(city), String(input.clusterId)), RATIFY, {
        input: { agreementId, versionNumber: 1 },
      }),
    );
  }
  return agreementId;
}
