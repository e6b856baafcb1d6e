/** What the audit log names as an assessment: one evaluator's scores in one evaluation. */
export function assessmentTargetId(evaluationId: string, evaluatorId: string): string {
  return `${evaluationId}#${evaluatorId}`;
}
