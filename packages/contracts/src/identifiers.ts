// Chinese identifier validation, per /work/shared/domain/identifiers.md. Pure functions, no I/O.
import { TZDate } from "@date-fns/tz";

/** Full-width ASCII (！–～) and the ideographic space to half-width. */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015), identifiers.md §1

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_RE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function normalizeUscc(raw: string): string {
  return toHalfWidth(raw).replace(/[\s-]/g, "").toUpperCase();
}

/** Check character for the first 17 characters; throws if any is outside the USCC charset. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError("usccCheckChar needs exactly 17 characters");
  let sum = 0;
  USCC_WEIGHTS.forEach((weight, i) => {
    const value = USCC_CHARS.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`"${first17.charAt(i)}" is not a USCC character`);
    sum += value * weight;
  });
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31);
}

export type UsccValidation =
  { ok: true; value: string } | { ok: false; reason: "length" | "charset" | "check_digit"; expected?: string };

/** Normalises, then explains why a code is invalid (so a UI can say "校验位错误，应为 X"). */
export function validateUscc(raw: string): UsccValidation {
  const code = normalizeUscc(raw);
  if (code.length !== 18) return { ok: false, reason: "length" };
  if (!USCC_RE.test(code)) return { ok: false, reason: "charset" };
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) return { ok: false, reason: "check_digit", expected };
  return { ok: true, value: code };
}

export function isValidUscc(raw: string): boolean {
  return validateUscc(raw).ok;
}

export type UsccWarning = "org_code_check" | "uncommon_entity_type" | "region_code";

/**
 * Soft checks on a code that already passed `validateUscc` (identifiers.md §1.1, §1.5):
 * the GB 11714 organisation-code check inside positions 9–17, the entity type (91/92/93
 * expected for producers and sellers) and the registering authority's region code.
 */
export function usccWarnings(validCode: string): UsccWarning[] {
  const warnings: UsccWarning[] = [];
  if (!orgCodeCheckOk(validCode.slice(8, 17))) warnings.push("org_code_check");
  if (!["91", "92", "93"].includes(validCode.slice(0, 2))) warnings.push("uncommon_entity_type");
  if (!isValidRegionCode(validCode.slice(2, 8))) warnings.push("region_code");
  return warnings;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function orgCodeCheckOk(orgCode: string): boolean {
  let sum = 0;
  ORG_WEIGHTS.forEach((weight, i) => {
    sum += Number.parseInt(orgCode.charAt(i), 36) * weight; // 0–9, A=10 … Z=35
  });
  const c = 11 - (sum % 11);
  const expected = c === 10 ? "X" : c === 11 ? "0" : String(c);
  return orgCode.charAt(8) === expected;
}

// ---------------------------------------------------------------------------------------------
// 行政区划代码 (GB/T 2260), identifiers.md §4

/** Province-level prefixes of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
const PROVINCE_PREFIXES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);

/** 6-digit county-level code whose first two digits are a real province code. */
export function isValidRegionCode(raw: string): boolean {
  return /^\d{6}$/.test(raw) && PROVINCE_PREFIXES.has(raw.slice(0, 2));
}

// ---------------------------------------------------------------------------------------------
// 居民身份证号 (GB 11643), identifiers.md §4

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = "10X98765432";

export function normalizeResidentId(raw: string): string {
  return toHalfWidth(raw).replace(/\s/g, "").toUpperCase();
}

export type ResidentIdValidation =
  { ok: true; value: string } | { ok: false; reason: "format" | "birth_date" | "check_digit"; expected?: string };

/** 18-character ID: 17 digits + check (0–9/X), with a real birth date in positions 7–14. */
export function validateResidentId(raw: string): ResidentIdValidation {
  const id = normalizeResidentId(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "format" };
  if (!isRealDate(id.slice(6, 10), id.slice(10, 12), id.slice(12, 14))) {
    return { ok: false, reason: "birth_date" };
  }
  let sum = 0;
  ID_WEIGHTS.forEach((weight, i) => {
    sum += Number(id.charAt(i)) * weight;
  });
  const expected = ID_CHECK.charAt(sum % 11);
  if (expected !== id.charAt(17)) return { ok: false, reason: "check_digit", expected };
  return { ok: true, value: id };
}

export function isValidResidentId(raw: string): boolean {
  return validateResidentId(raw).ok;
}

function isRealDate(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------
// 工业产品生产许可证编号, identifiers.md §2

const PROVINCE_ABBR = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵黔云滇藏陕甘青宁新兵";
const LICENCE_RE = new RegExp(`^(?:\\(([${PROVINCE_ABBR}])\\))?XK(\\d{2})-?(\\d{3})-?(\\d{5})$`);

export interface LicenceNo {
  /** One-character province abbreviation, or null for a national-level licence. */
  province: string | null;
  categoryNo: string;
  productNo: string;
  serialNo: string;
  /** Storage form: `(浙)XK06-001-00123` or `XK08-001-00001`. */
  normalized: string;
}

/** Accepts full-width parentheses, spaces, lower-case xk and missing hyphens. */
export function parseLicenceNo(raw: string): LicenceNo | null {
  const text = toHalfWidth(raw)
    .replace(/\s/g, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .toUpperCase();
  const match = LICENCE_RE.exec(text);
  if (!match) return null;
  const [, province, categoryNo = "", productNo = "", serialNo = ""] = match;
  const body = `XK${categoryNo}-${productNo}-${serialNo}`;
  return {
    province: province ?? null,
    categoryNo,
    productNo,
    serialNo,
    normalized: province ? `(${province})${body}` : body,
  };
}

// ---------------------------------------------------------------------------------------------
// CCC 证书编号, identifiers.md §3

export const CCC_FIRST_YEAR = 2002;

export interface CccNo {
  year: number;
  bodyCode: string;
  categoryCode: string;
  serialNo: string;
  normalized: string;
}

export type CccValidation = { ok: true; value: CccNo } | { ok: false; reason: "format" | "year" };

/** 16 digits `YYYY BB CCCC SSSSSS`; the year must be 2002..the current year in China. */
export function validateCccNo(raw: string, now: Date = new Date()): CccValidation {
  const digits = toHalfWidth(raw).replace(/[\s-]/g, "");
  if (!/^\d{16}$/.test(digits)) return { ok: false, reason: "format" };
  const year = Number(digits.slice(0, 4));
  const currentYear = new TZDate(now.getTime(), "Asia/Shanghai").getFullYear();
  if (year < CCC_FIRST_YEAR || year > currentYear) return { ok: false, reason: "year" };
  return {
    ok: true,
    value: {
      year,
      bodyCode: digits.slice(4, 6),
      categoryCode: digits.slice(6, 10),
      serialNo: digits.slice(10),
      normalized: digits,
    },
  };
}

export function parseCccNo(raw: string, now?: Date): CccNo | null {
  const result = validateCccNo(raw, now);
  return result.ok ? result.value : null;
}
