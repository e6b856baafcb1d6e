import { ledgerEffects, type LedgerLine } from '../../../src/domain/compensation/ledger-effects';

const at = (day: number) => `2026-05-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const line = (fields: Partial<LedgerLine>): LedgerLine => ({
  kind: 'CLAIM_SHARE',
  payerId: 'beijing',
  payeeId: 'tianjin',
  amountMinor: '100',
  at: at(1),
  ...fields,
});

describe('what ledger lines do to the kept totals', () => {
  it('nets every line to zero, and counts a payment against the share it pays', () => {
    const effects = ledgerEffects(
      [
        line({ claimId: 'c1' }),
        line({ payerId: 'FUND', claimId: 'c1', amountMinor: '40' }),
        line({ kind: 'PAYMENT', payerId: 'tianjin', payeeId: 'beijing', amountMinor: '60', claimId: 'c1', at: at(3) }),
        line({ kind: 'PAYMENT', payerId: 'tianjin', payeeId: 'FUND', amountMinor: '40', claimId: 'c1', at: at(4) }),
      ],
      (claimId) => (claimId === 'c1' ? 'tianjin' : undefined),
    );
    expect(Object.fromEntries(effects.nets)).toEqual({ beijing: -40n, tianjin: 40n, FUND: 0n });
    expect([...effects.nets.values()].reduce((a, b) => a + b, 0n)).toBe(0n);
    expect(Object.fromEntries(effects.owedOnClaims.get('c1')!)).toEqual({ beijing: 40n, FUND: 0n });
    expect([effects.fundOut, effects.fundIn]).toEqual([40n, 0n]);
  });

  it('dates a debt by the first line that made the party owe, never by a payment', () => {
    const effects = ledgerEffects(
      [
        line({ at: at(9) }),
        line({ at: at(2) }),
        line({ kind: 'PAYMENT', payerId: 'hebei', payeeId: 'beijing', at: at(1) }),
      ],
      () => undefined,
    );
    expect(Object.fromEntries(effects.firstOwedAt)).toEqual({ beijing: at(2) });
  });

  it('takes a reduction recorded the other way round off what the payer owes on the claim', () => {
    const effects = ledgerEffects(
      [
        line({ claimId: 'c2', amountMinor: '500' }),
        line({ kind: 'CLAIM_ADJUSTMENT', payerId: 'tianjin', payeeId: 'beijing', claimId: 'c2', amountMinor: '200' }),
      ],
      () => 'tianjin',
    );
    expect(effects.owedOnClaims.get('c2')!.get('beijing')).toBe(300n);
  });
});
