// The form of 监督抽查结果: the notice's fields, the failed items one per line, shaped into the
// input of sampling.create and checked by its contracts schema.
import { z } from "zod";
import { SupervisionSamplingResultCreateSchema } from "@anzhi/contracts";
import { posted } from "../lib/form-fields.ts";

/** The notice's text fields, in the order the form asks for them. */
export const SAMPLING_TEXT = [
  "organizingAuthority",
  "testingInstitution",
  "samplingFormNo",
  "nominalProducer",
  "productName",
  "specModel",
  "batchNoOrDate",
  "inspectionBasis",
  "reportNo",
] as const;
export const SAMPLING_DATES = ["samplingDate", "reportDate", "resultReceivedOn"] as const;

const fields = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, posted])) as Record<K, typeof posted>;

export const SamplingFormSchema = z
  .object({
    samplingType: posted,
    samplingLocation: posted,
    conclusion: posted,
    ...fields(SAMPLING_TEXT),
    ...fields(SAMPLING_DATES),
    /** One failed item a line. */
    failedItems: posted,
    regulatorOrderNo: posted,
    rectificationDeadline: posted,
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ failedItems, ...result }): unknown => ({
    ...result,
    failedItems: (failedItems ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((item) => ({ item })),
  }))
  .pipe(SupervisionSamplingResultCreateSchema);
