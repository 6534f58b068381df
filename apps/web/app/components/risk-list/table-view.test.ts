import { describe, expect, it } from "vitest";
import { statusOf, tableQueryOf, tableRows, type TableItem } from "./table-view.ts";

const item = (seq: number, over: Partial<TableItem> = {}): TableItem & { id: string } => ({
  id: `i${seq}`,
  seq,
  stage: "process",
  riskLevel: "general",
  frequency: "daily",
  responsibleRole: "officer",
  productGroupId: "cement",
  introducedInVersion: 1,
  retiredInVersion: null,
  supersedesId: null,
  ...over,
});
const names = (id: string | null) => ({ cement: "水泥", "safety-helmet": "安全帽" })[id ?? ""] ?? "";

describe("risk list table view", () => {
  it("names an item's status in the version shown", () => {
    expect(statusOf(item(1), 1)).toBe("unchanged");
    expect(statusOf(item(1, { introducedInVersion: 3 }), 3)).toBe("added");
    expect(statusOf(item(1, { introducedInVersion: 3, supersedesId: "x" }), 3)).toBe("revised");
    expect(statusOf(item(1, { introducedInVersion: 2 }), 3)).toBe("unchanged");
    expect(statusOf(item(1, { retiredInVersion: 4 }), 3)).toBe("retiredLater");
  });

  it("filters and sorts as the query says, ties by number", () => {
    const items = [
      item(1, { riskLevel: "general" }),
      item(2, { riskLevel: "major", productGroupId: "safety-helmet" }),
      item(3, { riskLevel: null, productGroupId: null }),
      item(4, { riskLevel: "major", responsibleRole: "director" }),
    ];
    const q = tableQueryOf(new URLSearchParams("sort=riskLevel"));
    expect(tableRows(items, 1, q, names).map((i) => i.seq)).toEqual([2, 4, 1, 3]);
    const byGroup = tableQueryOf(new URLSearchParams("sort=productGroup"));
    expect(tableRows(items, 1, byGroup, names).map((i) => i.seq)).toEqual([2, 1, 4, 3]);
    const filtered = tableQueryOf(new URLSearchParams("level=major&role=director"));
    expect(tableRows(items, 1, filtered, names).map((i) => i.seq)).toEqual([4]);
    expect(tableRows(items, 1, tableQueryOf(new URLSearchParams("group=generic")), names).map((i) => i.seq)).toEqual([
      3,
    ]);
    // an unknown value is no filter
    expect(tableQueryOf(new URLSearchParams("level=huge&sort=nope"))).toMatchObject({ riskLevel: null, sort: "seq" });
  });
});
