/**
 * How one version of an agreement is named where a single string must stand for it (DataLoader keys, batch reads).
 * The format is `agreementId#versionNo`; agreement ids are issued by CityPact and never contain `#`.
 */
export function agreementVersionKey(agreementId: string, versionNo: number): string {
  return `${agreementId}#${versionNo}`;
}

/** The agreement and version number an `agreementVersionKey` names. */
export function parseAgreementVersionKey(key: string): { agreementId: string; versionNo: number } {
  const [agreementId, versionNo] = key.split('#');
  return { agreementId, versionNo: Number(versionNo) };
}
