import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isValidRegionCode,
  isValidResidentId,
  isValidUscc,
  normalizeUscc,
  parseCccNo,
  parseLicenceNo,
  usccCheckChar,
  usccWarnings,
  validateCccNo,
  validateResidentId,
  validateUscc,
} from "./identifiers";

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

describe("USCC (identifiers.md §1)", () => {
  it.each(["91350100M000100Y43", "91110108MA01AB2C3T"])("accepts the worked example %s", (code) => {
    expect(isValidUscc(code)).toBe(true);
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
  });

  it("computes the check characters of both worked examples", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(usccCheckChar("91110108MA01AB2C3")).toBe("T");
  });

  it("rejects a wrong check character and says which one is expected", () => {
    expect(validateUscc("91350100M000100Y44")).toEqual({ ok: false, reason: "check_digit", expected: "3" });
  });

  it("catches the adjacent transposition from the doc (expected J)", () => {
    expect(validateUscc("91350100M000010Y43")).toEqual({ ok: false, reason: "check_digit", expected: "J" });
  });

  it("rejects the letter O before any arithmetic", () => {
    expect(validateUscc("9135010OM000100Y43")).toEqual({ ok: false, reason: "charset" });
  });

  it("rejects letters in the region-code positions 3–8", () => {
    expect(validateUscc("9135A100M000100Y43")).toEqual({ ok: false, reason: "charset" });
  });

  it.each(["91350100M000100Y4", "91350100M000100Y433", ""])("rejects %j by length", (code) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason: "length" });
  });

  it("normalises full-width characters, lower case, spaces and hyphens", () => {
    const messy = " ９１３５０１００ｍ０００-１００ｙ４３ ";
    expect(normalizeUscc(messy)).toBe("91350100M000100Y43");
    expect(validateUscc(messy)).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(isValidUscc("9135 0100 m000 100y 43")).toBe(true);
  });

  it("usccCheckChar refuses characters outside the charset", () => {
    expect(() => usccCheckChar("91350100M00010OY4")).toThrow(RangeError);
    expect(() => usccCheckChar("123")).toThrow(RangeError);
  });

  it("soft warnings: both worked examples pass the GB 11714 check", () => {
    expect(usccWarnings("91350100M000100Y43")).toEqual([]);
    expect(usccWarnings("91110108MA01AB2C3T")).toEqual([]);
  });

  it("soft warnings flag an organisation-code mismatch and an unusual entity type", () => {
    // Body M000100Y with check 5 instead of 4, then a recomputed USCC check character.
    const first17 = "91350100M000100Y5";
    expect(usccWarnings(first17 + usccCheckChar(first17))).toEqual(["org_code_check"]);
    const other = "Y1350100M000100Y4";
    expect(usccWarnings(other + usccCheckChar(other))).toEqual(["uncommon_entity_type"]);
  });

  const first17 = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...USCC_CHARS), minLength: 2, maxLength: 2 }),
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 6, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom(...USCC_CHARS), minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, c]) => a + b + c);

  it("property: any 17 valid characters plus the computed check character validate", () => {
    fc.assert(
      fc.property(first17, (body) => {
        expect(isValidUscc(body + usccCheckChar(body))).toBe(true);
      }),
    );
  });

  it("property: any other check character is rejected with the right expectation", () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...USCC_CHARS), (body, other) => {
        const check = usccCheckChar(body);
        fc.pre(other !== check);
        expect(validateUscc(body + other)).toEqual({ ok: false, reason: "check_digit", expected: check });
      }),
    );
  });

  it("property: changing any single one of the first 17 characters is detected", () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.constantFrom(..."0123456789"), (body, index, digit) => {
        fc.pre(body.charAt(index) !== digit);
        const altered = body.slice(0, index) + digit + body.slice(index + 1);
        expect(isValidUscc(altered + usccCheckChar(body))).toBe(false);
      }),
    );
  });
});

describe("resident ID (GB 11643)", () => {
  it("accepts the worked example, also with a lower-case x", () => {
    expect(isValidResidentId("11010519491231002X")).toBe(true);
    expect(validateResidentId("11010519491231002x")).toEqual({ ok: true, value: "11010519491231002X" });
  });

  it("reports the expected check character", () => {
    expect(validateResidentId("110105194912310021")).toEqual({ ok: false, reason: "check_digit", expected: "X" });
  });

  it("rejects an impossible birth date", () => {
    expect(validateResidentId("11010519490231002X")).toEqual({ ok: false, reason: "birth_date" });
  });

  it.each(["11010519491231002", "1101051949123100XX", "110105491231002"])("rejects the malformed %s", (id) => {
    expect(validateResidentId(id)).toEqual({ ok: false, reason: "format" });
  });
});

describe("production licence number (identifiers.md §2)", () => {
  it.each([
    ["(浙)XK06-001-00123", "浙", "06", "001", "00123", "(浙)XK06-001-00123"],
    ["（鲁）XK13-001-01234", "鲁", "13", "001", "01234", "(鲁)XK13-001-01234"],
    ["XK08-001-00001", null, "08", "001", "00001", "XK08-001-00001"],
    ["(苏) xk 13 001 00001", "苏", "13", "001", "00001", "(苏)XK13-001-00001"],
    ["（粤）ＸＫ０６－００１－００１２３", "粤", "06", "001", "00123", "(粤)XK06-001-00123"],
    ["XK0600100123", null, "06", "001", "00123", "XK06-001-00123"],
  ])("parses %s", (raw, province, categoryNo, productNo, serialNo, normalized) => {
    expect(parseLicenceNo(raw)).toEqual({ province, categoryNo, productNo, serialNo, normalized });
  });

  it.each(["XK8-001-00001", "(沪)XK13-01-00001", "(港)XK06-001-00123", "SC10644010600016", "XK06-001-0012", ""])(
    "rejects %j",
    (raw) => {
      expect(parseLicenceNo(raw)).toBeNull();
    },
  );
});

describe("CCC certificate number (identifiers.md §3)", () => {
  const mid2026 = new Date("2026-06-01T00:00:00Z");

  it("parses the worked example", () => {
    expect(parseCccNo("2016010901123456", mid2026)).toEqual({
      year: 2016,
      bodyCode: "01",
      categoryCode: "0901",
      serialNo: "123456",
      normalized: "2016010901123456",
    });
    expect(parseCccNo("2016 01 0901 123456", mid2026)?.normalized).toBe("2016010901123456");
  });

  it("enforces 16 digits", () => {
    expect(validateCccNo("201601090112345", mid2026)).toEqual({ ok: false, reason: "format" });
    expect(validateCccNo("20160109011234567", mid2026)).toEqual({ ok: false, reason: "format" });
    expect(validateCccNo("2016A10901123456", mid2026)).toEqual({ ok: false, reason: "format" });
  });

  it("enforces 2002 ≤ year ≤ the current year", () => {
    expect(validateCccNo("2001010901123456", mid2026)).toEqual({ ok: false, reason: "year" });
    expect(validateCccNo("2002010901123456", mid2026).ok).toBe(true);
    expect(validateCccNo("2026010901123456", mid2026).ok).toBe(true);
    expect(validateCccNo("2027010901123456", mid2026)).toEqual({ ok: false, reason: "year" });
  });

  it("uses China's year: 2027 is current from 2026-12-31T16:00Z", () => {
    expect(validateCccNo("2027010901123456", new Date("2026-12-31T15:59:59Z")).ok).toBe(false);
    expect(validateCccNo("2027010901123456", new Date("2026-12-31T16:00:00Z")).ok).toBe(true);
  });
});

describe("region code (GB/T 2260)", () => {
  it.each(["110108", "330106", "350100", "650000", "820000"])("accepts %s", (code) => {
    expect(isValidRegionCode(code)).toBe(true);
  });

  it.each(["000000", "990000", "720000", "10000", "1101080", "11010a"])("rejects %s", (code) => {
    expect(isValidRegionCode(code)).toBe(false);
  });
});
