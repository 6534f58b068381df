// The training ledger's words (issue 14): a 监督抽查考核 without a typed subject shows the default
// subject's label, and an attendee's passed flag and score are words of the page's language. The
// domain answers null for what the user did not type (`typedTrainingTopic`, `typedAssessmentResult`
// in @anzhi/contracts), including the Chinese labels stored before issue 14, so old and new rows read
// the same in both languages.
import type { TFunction } from "i18next";

export function trainingTopicText(t: TFunction, topic: string | null): string {
  return topic ?? t("training.assessment.defaultTopic");
}

type Result = { score: number | null; passed: boolean | null; result: string | null };

/** "92分 合格" / "92 points passed", with the result the user typed after it ("" for none). */
export function resultText(t: TFunction, a: Result): string {
  return [
    a.score === null ? null : t("training.scoreShown", { score: a.score }),
    a.passed === null ? null : t(a.passed ? "training.results.passed" : "training.results.failed"),
    a.result,
  ]
    .filter((p): p is string => Boolean(p))
    .join(" ");
}

/** An attendee with their result: "张三 92分 合格". */
export function attendeeText(t: TFunction, a: Result & { personName: string }): string {
  const result = resultText(t, a);
  return result ? `${a.personName} ${result}` : a.personName;
}
