// Shared mechanics of the master-data pushes (suppliers, products): validate each record,
// refuse duplicates within the batch, then in one transaction create new keys, update changed
// ones (audited with the fields that changed) and leave identical ones alone.
import { sealAuditChain } from "../audit/chain.ts";
import type { BatchPushResult, Locale, RecordPushResult } from "@anzhi/contracts";
import type { Db, Prisma, Tx } from "@anzhi/db";
import { t } from "@anzhi/contracts";
import type { z } from "zod";
import { canonicalize } from "./canonical.ts";
import { createInChunks, findInChunks } from "./chunks.ts";
import { INGEST_TX_OPTIONS, type IngestCaller } from "./context.ts";
import { zodRecordIssues } from "./issues.ts";
import { summarize } from "./results.ts";

export interface MasterDataSpec<S extends z.ZodType> {
  entityType: "supplier" | "product";
  schema: S;
  keyField: string;
  keyOf: (record: z.output<S>) => string;
  /** Column values the record maps to (compared with the stored row to detect changes). */
  columns: (record: z.output<S>) => Record<string, string | boolean | null>;
  findExisting: (
    tx: Tx,
    organizationId: string,
    keys: string[],
  ) => Promise<({ id: string; key: string } & Record<string, unknown>)[]>;
  create: (tx: Tx, data: Record<string, unknown>) => Promise<{ id: string }>;
  update: (tx: Tx, id: string, data: Record<string, unknown>) => Promise<void>;
  /** A stored row without a key that the record names (so the push gives it the key, not a twin). */
  adopt?: (tx: Tx, organizationId: string, columns: Record<string, unknown>) => Promise<{ id: string } | null>;
  /** Runs in the push's transaction after its writes (the product route checks). */
  afterWrite?: (tx: Tx, caller: IngestCaller) => Promise<void>;
}

function keyOfRaw(raw: unknown, field: string): string | null {
  if (typeof raw !== "object" || raw === null) return null;
  const v = (raw as Record<string, unknown>)[field];
  return typeof v === "string" ? v.trim() : null;
}

function duplicateIssue(field: string, locale: Locale) {
  return [{ path: field, code: "VALIDATION_FAILED", message: t("field.duplicate", locale) }];
}

export async function pushMasterData<S extends z.ZodType>(
  db: Db,
  caller: IngestCaller,
  spec: MasterDataSpec<S>,
  raw: readonly unknown[],
): Promise<BatchPushResult> {
  const rejected: RecordPushResult[] = [];
  const valid: { index: number; key: string; columns: Record<string, string | boolean | null> }[] = [];
  const seen = new Set<string>();
  raw.forEach((input, index) => {
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      rejected.push({
        index,
        externalId: keyOfRaw(input, spec.keyField),
        status: "rejected",
        issues: zodRecordIssues(parsed.error, caller.locale),
      });
      return;
    }
    const key = spec.keyOf(parsed.data);
    if (seen.has(key)) {
      rejected.push({
        index,
        externalId: key,
        status: "rejected",
        issues: duplicateIssue(spec.keyField, caller.locale),
      });
      return;
    }
    seen.add(key);
    valid.push({ index, key, columns: spec.columns(parsed.data) });
  });
  const orgId = caller.organizationId;
  const stored = await db.$transaction(async (tx) => {
    const results: RecordPushResult[] = [];
    if (valid.length === 0) return results;
    const existing = new Map(
      (
        await findInChunks(
          valid.map((v) => v.key),
          (keys) => spec.findExisting(tx, orgId, keys),
        )
      ).map((e) => [e.key, e]),
    );
    const audits: Prisma.AuditEventCreateManyInput[] = [];
    const audit = (action: string, entityId: string, data: Record<string, unknown>) =>
      audits.push({
        organizationId: orgId,
        actorKind: "api_key",
        apiKeyId: caller.apiKeyId,
        action,
        entityType: spec.entityType,
        entityId,
        dataJson: JSON.stringify(data),
      });
    for (const v of valid) {
      const prev = existing.get(v.key);
      const adopted = prev ? null : await spec.adopt?.(tx, orgId, v.columns);
      if (adopted) {
        await spec.update(tx, adopted.id, v.columns);
        audit(`${spec.entityType}.update`, adopted.id, { key: v.key, fields: Object.keys(v.columns), adopted: true });
        results.push({ index: v.index, externalId: v.key, status: "updated", id: adopted.id });
        continue;
      }
      if (!prev) {
        const { id } = await spec.create(tx, { organizationId: orgId, ...v.columns });
        audit(`${spec.entityType}.create`, id, { key: v.key });
        results.push({ index: v.index, externalId: v.key, status: "created", id });
        continue;
      }
      const changedFields = Object.keys(v.columns).filter(
        (k) => JSON.stringify(canonicalize(v.columns[k]) ?? null) !== JSON.stringify(canonicalize(prev[k]) ?? null),
      );
      if (changedFields.length === 0) {
        results.push({ index: v.index, externalId: v.key, status: "unchanged", id: prev.id });
        continue;
      }
      await spec.update(tx, prev.id, v.columns);
      audit(`${spec.entityType}.update`, prev.id, { key: v.key, fields: changedFields });
      results.push({ index: v.index, externalId: v.key, status: "updated", id: prev.id });
    }
    if (audits.length > 0) {
      await createInChunks(audits, (data) => tx.auditEvent.createMany({ data }));
      await sealAuditChain(tx, orgId);
    }
    if (spec.afterWrite && results.some((r) => r.status !== "unchanged")) await spec.afterWrite(tx, caller);
    return results;
  }, INGEST_TX_OPTIONS);
  return summarize([...stored, ...rejected]);
}
