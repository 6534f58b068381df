import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { localizeIssue } from "../messages";
import { CccNoSchema, LicenceNoSchema, RegionCodeSchema, ResidentIdSchema, UsccSchema } from "./identifiers";

function firstIssue(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  const [issue] = result.error.issues;
  if (!issue) throw new Error("no issue");
  return issue;
}

describe("UsccSchema", () => {
  it("normalises to the stored form", () => {
    expect(UsccSchema.parse(" ９１３５０１００ｍ０００１００ｙ４３")).toBe("91350100M000100Y43");
  });

  it("gives the check-digit key with the expected character, renderable in both languages", () => {
    const issue = firstIssue(UsccSchema, "91350100M000100Y44");
    expect(issue.message).toBe("uscc.check_digit");
    expect(localizeIssue(issue, "zh-CN")).toBe("校验位错误，应为 3");
    expect(localizeIssue(issue, "en")).toBe("Wrong check character, expected 3");
  });

  it.each([
    ["9135010OM000100Y43", "uscc.charset"],
    ["91350100M000100Y4", "uscc.length"],
    ["", "field.required"],
    [undefined, "field.required"],
    [91350100, "field.invalid_type"],
  ])("%j → %s", (input, key) => {
    expect(firstIssue(UsccSchema, input).message).toBe(key);
  });
});

describe("LicenceNoSchema", () => {
  it("normalises full-width parentheses and missing hyphens", () => {
    expect(LicenceNoSchema.parse("（鲁）XK13 001 01234")).toBe("(鲁)XK13-001-01234");
  });

  it("rejects a 2-digit product number with licence_no.format", () => {
    expect(firstIssue(LicenceNoSchema, "(沪)XK13-01-00001").message).toBe("licence_no.format");
  });
});

describe("CccNoSchema", () => {
  it("strips spaces", () => {
    expect(CccNoSchema.parse("2016 01 0901 123456")).toBe("2016010901123456");
  });

  it("rejects the wrong length and out-of-range years with their own keys", () => {
    expect(firstIssue(CccNoSchema, "201601090112345").message).toBe("ccc_no.format");
    const issue = firstIssue(CccNoSchema, "1999010901123456");
    expect(issue.message).toBe("ccc_no.year");
    expect(localizeIssue(issue, "en")).toMatch(/^The first four digits \(year\) must be between 2002 and 20\d\d$/);
  });
});

describe("RegionCodeSchema", () => {
  it("accepts and trims a county code", () => {
    expect(RegionCodeSchema.parse(" 330106 ")).toBe("330106");
  });

  it("separates format from province errors", () => {
    expect(firstIssue(RegionCodeSchema, "33010").message).toBe("region_code.format");
    expect(firstIssue(RegionCodeSchema, "990106").message).toBe("region_code.province");
  });
});

describe("ResidentIdSchema", () => {
  it("upper-cases the check character", () => {
    expect(ResidentIdSchema.parse("11010519491231002x")).toBe("11010519491231002X");
  });

  it("names the expected check character", () => {
    const issue = firstIssue(ResidentIdSchema, "110105194912310021");
    expect(issue.message).toBe("resident_id.check_digit");
    expect(localizeIssue(issue)).toBe("身份证号校验位错误，应为 X");
  });
});
