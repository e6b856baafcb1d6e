import type { DraftAgreementInput, DutyInput, DutyKind, DutyParty } from '../generated/graphql';
import { tokenFor } from './api';

/** A city officer's token for any city of the demo clusters. */
export function officerOf(cityId: string, clusterId = 'cluster-yrd'): Promise<string> {
  return tokenFor({ sub: `officer-${cityId}`, name: `Officer of ${cityId.replace('city-', '')}`, role: 'CITY', clusterId, cityId });
}

export const hoursFrom = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** A draft agreement input, with sensible defaults a test overrides. */
export class AgreementBuilder {
  private input: DraftAgreementInput = {
    clusterId: 'cluster-yrd',
    title: 'Taipu River pollution response (test)',
    partyCityIds: ['city-suzhou', 'city-jiaxing', 'city-shanghai'],
    categories: ['ACCIDENT'],
    effectiveFrom: '2026-01-01T00:00:00Z',
    duties: [],
  };

  with(fields: Partial<DraftAgreementInput>): this {
    Object.assign(this.input, fields);
    return this;
  }

  duty(party: DutyParty, kind: DutyKind, deadline: string, extra: Partial<DutyInput> = {}): this {
    this.input.duties = [...this.input.duties, { party, role: party === 'AFFECTED' ? 'ASSIST' : 'LEAD', kind, deadline, action: `${kind} (${party})`, ...extra }];
    return this;
  }

  build(): DraftAgreementInput {
    return { ...this.input };
  }
}
