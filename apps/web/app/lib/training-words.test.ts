import { describe, expect, it } from "vitest";
import { typedAssessmentResult, typedTrainingTopic } from "@anzhi/contracts";
import { createI18n } from "../i18n/index.ts";
import { en } from "../i18n/en.ts";
import { zhCN } from "../i18n/zh-CN.ts";
import { attendeeText, resultText, trainingTopicText } from "./training-words.ts";

const zh = createI18n("zh-CN", zhCN).t;
const english = createI18n("en", en).t;

/** A ledger row as the domain answers it: the stored text through the contracts' typed-text rule. */
const shown = (kind: string, topic: string, passed: boolean, result: string | null) => ({
  topic: typedTrainingTopic(kind, topic),
  attendee: { personName: "张三", score: 92, passed, result: typedAssessmentResult(passed, result) },
});

describe("training ledger words", () => {
  it("shows a row stored before issue 14 as the same words as one stored without a subject or result", () => {
    const legacy = shown("supervisory_assessment", "质量安全总监、质量安全员监督抽查考核", true, "合格");
    const current = shown("supervisory_assessment", "", true, null);
    for (const t of [zh, english]) {
      expect(trainingTopicText(t, legacy.topic)).toBe(trainingTopicText(t, current.topic));
      expect(attendeeText(t, legacy.attendee)).toBe(attendeeText(t, current.attendee));
    }
    expect(trainingTopicText(english, legacy.topic)).toBe(
      "Supervisory assessment of the quality-safety director and officers",
    );
    expect(attendeeText(english, legacy.attendee)).toBe("张三 92 points passed");
    expect(attendeeText(zh, legacy.attendee)).toBe("张三 92分 合格");
    const failed = shown("supervisory_assessment", "", false, "不合格");
    expect(resultText(english, failed.attendee)).toBe("92 points failed");
    expect(resultText(zh, failed.attendee)).toBe("92分 不合格");
  });

  it("keeps what the user typed", () => {
    const typed = shown("supervisory_assessment", "质量安全员专项考核", false, "需重新培训");
    expect(trainingTopicText(english, typed.topic)).toBe("质量安全员专项考核");
    expect(resultText(english, typed.attendee)).toBe("92 points failed 需重新培训");
    // A training's topic is always typed, even if it reads like the assessment's default subject.
    expect(typedTrainingTopic("training", "质量安全总监、质量安全员监督抽查考核")).toBe(
      "质量安全总监、质量安全员监督抽查考核",
    );
    // 合格 typed beside a failed flag is not the flag's word: kept.
    expect(typedAssessmentResult(false, "合格")).toBe("合格");
    expect(resultText(english, { score: null, passed: null, result: null })).toBe("");
  });
});
