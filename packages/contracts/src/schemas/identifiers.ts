// zod field schemas for the identifiers: they normalise the input (full-width, spaces, case,
// hyphens) and raise one specific message key, with params, per failure.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import {
  CCC_FIRST_YEAR,
  isValidRegionCode,
  normalizeResidentId,
  normalizeUscc,
  parseLicenceNo,
  toHalfWidth,
  validateCccNo,
  validateResidentId,
  validateUscc,
} from "../identifiers";
import type { FieldMessageKey } from "../messages";
import { addIssue, typeError } from "./common";

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, key: FieldMessageKey, params?: Record<string, string | number>): void {
  addIssue(ctx, key, [], params);
}

/** 统一社会信用代码 → normalised 18 characters. Keys: uscc.length | uscc.charset | uscc.check_digit {expected}. */
export const UsccSchema = z
  .string({ error: typeError() })
  .overwrite(normalizeUscc)
  .superRefine((value, ctx) => {
    if (value === "") return fail(ctx, "field.required");
    const result = validateUscc(value);
    if (result.ok) return;
    fail(ctx, `uscc.${result.reason}`, result.expected ? { expected: result.expected } : undefined);
  });

/** 生产许可证编号 → "(浙)XK06-001-00123". Key: licence_no.format. */
export const LicenceNoSchema = z
  .string({ error: typeError() })
  .overwrite((raw) => parseLicenceNo(raw)?.normalized ?? raw.trim())
  .superRefine((value, ctx) => {
    if (value === "") return fail(ctx, "field.required");
    if (parseLicenceNo(value) === null) fail(ctx, "licence_no.format");
  });

/** CCC 证书编号 → 16 digits. Keys: ccc_no.format | ccc_no.year {min, max}. */
export const CccNoSchema = z
  .string({ error: typeError() })
  .overwrite((raw) => toHalfWidth(raw).replace(/[\s-]/g, ""))
  .superRefine((value, ctx) => {
    if (value === "") return fail(ctx, "field.required");
    const now = new Date();
    const result = validateCccNo(value, now);
    if (result.ok) return;
    if (result.reason === "format") return fail(ctx, "ccc_no.format");
    const max = new TZDate(now.getTime(), "Asia/Shanghai").getFullYear();
    fail(ctx, "ccc_no.year", { min: CCC_FIRST_YEAR, max });
  });

/** 行政区划代码 (6 digits). Keys: region_code.format | region_code.province. */
export const RegionCodeSchema = z
  .string({ error: typeError() })
  .overwrite((raw) => toHalfWidth(raw).trim())
  .superRefine((value, ctx) => {
    if (value === "") return fail(ctx, "field.required");
    if (!/^\d{6}$/.test(value)) return fail(ctx, "region_code.format");
    if (!isValidRegionCode(value)) fail(ctx, "region_code.province");
  });

/** 居民身份证号. Keys: resident_id.format | resident_id.birth_date | resident_id.check_digit {expected}. */
export const ResidentIdSchema = z
  .string({ error: typeError() })
  .overwrite(normalizeResidentId)
  .superRefine((value, ctx) => {
    if (value === "") return fail(ctx, "field.required");
    const result = validateResidentId(value);
    if (result.ok) return;
    fail(ctx, `resident_id.${result.reason}`, result.expected ? { expected: result.expected } : undefined);
  });
