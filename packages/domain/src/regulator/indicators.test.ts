// Which ledgers a regulator's sort and flags make the list evaluate for every granted enterprise.
import { describe, expect, it } from "vitest";
import { ledgersToRank } from "./indicators.ts";

describe("ledgersToRank", () => {
  it("reads nothing extra for the name order, one ledger per indicator otherwise", () => {
    expect([...ledgersToRank("name", [])]).toEqual([]);
    expect([...ledgersToRank("overdueHazards", [])]).toEqual(["hazards"]);
    expect([...ledgersToRank("dailyCompletion", ["majorHazards", "samplingTrigger"])].sort()).toEqual([
      "daily",
      "hazards",
      "sampling",
    ]);
    // The major-risk report count is always computed: it needs no ledger.
    expect([...ledgersToRank("majorReports", ["majorReports"])]).toEqual([]);
  });
});
