import { describe, expect, it } from "vitest";
import { Ledger } from "../enums";
import { grantedLedgers, RegulatorGrantCreateSchema } from "./regulator-grant";

describe("RegulatorGrantCreateSchema", () => {
  it("accepts all ledgers or a list, with an optional expiry", () => {
    const all = RegulatorGrantCreateSchema.parse({ agencyId: "ag_1", ledgers: "all" });
    expect(grantedLedgers(all)).toEqual(Ledger.options);
    const some = RegulatorGrantCreateSchema.parse({
      agencyId: "ag_1",
      ledgers: ["daily", "hazards"],
      expiresAt: "2026-12-31T23:59:59+08:00",
    });
    expect(grantedLedgers(some)).toEqual(["daily", "hazards"]);
  });

  it("rejects an empty list with grant.ledgers_required, duplicates and unknown ledgers", () => {
    const first = (ledgers: unknown) =>
      RegulatorGrantCreateSchema.safeParse({ agencyId: "ag_1", ledgers }).error?.issues[0]?.message;
    expect(first([])).toBe("grant.ledgers_required");
    expect(first(["daily", "daily"])).toBe("field.duplicate");
    expect(first(["payroll"])).toBeDefined();
    expect(first("some")).toBeDefined();
  });
});
