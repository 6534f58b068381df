import { describe, expect, it } from "vitest";
import { formatScopeUnits, modelsCover, parseScopeUnits, scopeCovers, splitModels } from "./product-scope";

describe("licence and certificate scope", () => {
  it("reads units and models from the typed text and writes them back", () => {
    const units = parseScopeUnits("通用硅酸盐水泥：P·O 42.5、P·S·A 32.5；\n砌筑水泥");
    expect(units).toEqual([
      { unit: "通用硅酸盐水泥", models: ["P·O 42.5", "P·S·A 32.5"] },
      { unit: "砌筑水泥", models: [] },
    ]);
    expect(parseScopeUnits(formatScopeUnits(units))).toEqual(units);
    expect(splitModels("A1，A2;A2 ；\nA3")).toEqual(["A1", "A2", "A3"]);
  });

  it("covers a model whatever its width, case or blanks, and only the models named", () => {
    expect(modelsCover(["P·O 42.5"], "p·o42.5")).toBe(true);
    expect(modelsCover(["P·O 42.5"], "Ｐ·Ｏ 42.5")).toBe(true);
    expect(modelsCover(["P·O 42.5"], "P·O 52.5")).toBe(false);
    expect(modelsCover([], "anything")).toBe(true);
    expect(modelsCover(["A1"], "")).toBe(false);
    expect(scopeCovers([], "A1")).toBe(false);
    expect(
      scopeCovers(
        [
          { unit: "u", models: ["B"] },
          { unit: "v", models: ["A1"] },
        ],
        "a1",
      ),
    ).toBe(true);
  });
});
