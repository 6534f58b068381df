// A single push is a batch of one; a rejected record becomes an error response with the
// record's issues (field path + reason), so REST and tRPC clients get the usual error shape.
import { isErrorCode, type BatchPushResult, type RecordPushResult } from "@anzhi/contracts";
import { AppError } from "@anzhi/domain/errors";

export function onlyResult(batch: BatchPushResult, input: Record<string, unknown>): RecordPushResult {
  const [result] = batch.results;
  if (!result) throw new AppError("INTERNAL", { message: "empty push result" });
  if (result.status !== "rejected") return result;
  const issues = result.issues ?? [];
  const first = issues[0];
  const code = first && isErrorCode(first.code) ? first.code : "VALIDATION_FAILED";
  const text = (k: string) => (typeof input[k] === "string" ? input[k] : "");
  throw new AppError(code, {
    message: issues.map((i) => `${i.path}: ${i.message}`).join("; "),
    issues: issues.map((i) => ({ path: i.path, message: i.message })),
    details: { externalId: text("supplierExternalId"), siteCode: text("siteCode"), productCode: text("productCode") },
  });
}
