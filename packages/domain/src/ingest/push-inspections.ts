// Inspection push (single or batch): one transaction per batch. A new externalId is created; the
// same content again is `unchanged`; changed content becomes a new revision — the old header is
// kept in InspectionRecordRevision and the old lines keep their revision number. An unqualified
// (不合格) record opens one hazard, linked to the record, the first time it is stored as failed;
// a batch's hazards are opened set-based (openHazards), so 1,000 failures cost a few statements.
import { sealAuditChain } from "../audit/chain.ts";
import { randomUUID } from "node:crypto";
import {
  addDays,
  localDate,
  type AuditEntityType,
  type BatchPushResult,
  type InspectionKind,
  type RecordPushResult,
} from "@anzhi/contracts";
import type { Db, Prisma, Tx } from "@anzhi/db";
import { openHazards, type HazardToOpen } from "../hazards/open-hazard.ts";
import { emitWebhookEvents } from "../webhooks/outbox.ts";
import { insertRows, type Cell } from "./bulk-insert.ts";
import { createInChunks, findInChunks } from "./chunks.ts";
import { INGEST_TX_OPTIONS, type InspectionWriter } from "./context.ts";
import { prepareInspections, type PreparedRecord } from "./prepare-inspections.ts";
import { summarize } from "./results.ts";

/** Days an ERP-opened hazard has until rectification is due. */
export const ERP_HAZARD_DUE_DAYS = 7;

const KIND_LABEL: Record<InspectionKind, string> = { incoming: "进货检验", outgoing: "出厂检验" };

const RECORD_COLUMNS = [
  "id",
  "organizationId",
  "kind",
  "externalId",
  "revision",
  "siteId",
  "productId",
  "supplierId",
  "itemName",
  "specModel",
  "batchNo",
  "quantity",
  "unit",
  "productionDate",
  "isKeyComponent",
  "inspectedAt",
  "inspectionDate",
  "result",
  "disposition",
  "inspector",
  "standardNo",
  "sampleSize",
  "remarks",
  "detailsJson",
  "contentHash",
  "source",
  "apiKeyId",
  "createdByUserId",
  "createdAt",
  "updatedAt",
] as const;
const LINE_COLUMNS = [
  "id",
  "organizationId",
  "recordId",
  "revision",
  "seq",
  "item",
  "requirement",
  "measured",
  "unit",
  "result",
] as const;
const AUDIT_COLUMNS = [
  "id",
  "organizationId",
  "actorKind",
  "actorUserId",
  "apiKeyId",
  "action",
  "entityType",
  "entityId",
  "dataJson",
  "at",
] as const;

function lineRows(organizationId: string, recordId: string, revision: number, r: PreparedRecord): Cell[][] {
  return r.lines.map((l) => [
    randomUUID(),
    organizationId,
    recordId,
    revision,
    l.seq,
    l.item,
    l.requirement,
    l.measured,
    l.unit,
    l.result,
  ]);
}

/** Who wrote: the API key, or the member who imported the file (source "import"). */
function writerOf(caller: InspectionWriter) {
  return "userId" in caller
    ? {
        actor: { kind: "user" as const, userId: caller.userId },
        source: "import",
        apiKeyId: null,
        userId: caller.userId,
      }
    : {
        actor: { kind: "api_key" as const, apiKeyId: caller.apiKeyId },
        source: "api",
        apiKeyId: caller.apiKeyId,
        userId: null,
      };
}

/** The hazard an unqualified record opens (one per record, the first time it is stored as failed). */
function failureHazard(caller: InspectionWriter, timeZone: string, recordId: string, r: PreparedRecord): HazardToOpen {
  const h = r.header;
  const failed = r.lines
    .filter((l) => l.result === "fail")
    .map((l) => `${l.item}（实测 ${l.measured || "—"}，要求 ${l.requirement || "—"}）`);
  return {
    source: "erp_inspection",
    title: `${KIND_LABEL[h.kind]}不合格：${h.itemName}（批次 ${h.batchNo}）`,
    description: [
      `${"userId" in caller ? "导入" : "ERP"} 记录 ${h.externalId}，检验日期 ${h.inspectionDate}，检验员 ${h.inspector}，依据 ${h.standardNo ?? "—"}。`,
      failed.length > 0 ? `不合格项：${failed.join("；")}。` : "",
      h.disposition ? `处置：${h.disposition}。` : "",
    ].join(""),
    severity: "general",
    dueDate: addDays(localDate(caller.now, timeZone), ERP_HAZARD_DUE_DAYS),
    productId: h.productId,
    siteId: h.siteId,
    refs: { inspectionRecordId: recordId },
  };
}

/** Opens the failures' hazards set-based (openHazards) and tells the ERP of each failure. */
async function openFailureHazards(
  tx: Tx,
  caller: InspectionWriter,
  timeZone: string,
  failures: ReadonlyArray<{ id: string; r: PreparedRecord; result: RecordPushResult }>,
): Promise<void> {
  const opened = await openHazards(
    tx,
    { organizationId: caller.organizationId, actor: writerOf(caller).actor, now: caller.now, timeZone },
    failures.map((f) => failureHazard(caller, timeZone, f.id, f.r)),
  );
  await emitWebhookEvents(
    tx,
    caller.organizationId,
    "inspection.failed",
    failures.map((f, i) => {
      const h = f.r.header;
      const hazard = opened[i];
      if (!hazard) throw new Error("openFailureHazards: a failure without its hazard");
      f.result.hazardNo = hazard.hazardNo;
      return {
        id: f.id,
        externalId: h.externalId,
        kind: h.kind,
        batchNo: h.batchNo,
        itemName: h.itemName,
        inspectionDate: h.inspectionDate,
        hazardId: hazard.id,
        hazardNo: hazard.hazardNo,
      };
    }),
    caller.now,
  );
}

export async function pushInspections(
  db: Db,
  caller: InspectionWriter,
  kind: InspectionKind,
  raw: readonly unknown[],
): Promise<BatchPushResult> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: caller.organizationId },
    select: { timeZone: true },
  });
  const { records, rejected } = await prepareInspections(db, caller, org.timeZone, kind, raw);
  const orgId = caller.organizationId;
  const writer = writerOf(caller);
  const stored = await db.$transaction(async (tx) => {
    const results: RecordPushResult[] = [];
    if (records.length === 0) return results;
    const existing = await findInChunks(
      records.map((r) => r.header.externalId),
      (externalIds) =>
        tx.inspectionRecord.findMany({
          where: { organizationId: orgId, kind, externalId: { in: externalIds } },
          select: { id: true, externalId: true, revision: true, contentHash: true },
        }),
    );
    const byExternalId = new Map(existing.map((e) => [e.externalId, e]));
    const now = caller.now;
    const creates: Cell[][] = [];
    const lines: Cell[][] = [];
    const audits: Cell[][] = [];
    const audit = (action: string, entityId: string, data: Record<string, unknown>) =>
      audits.push([
        randomUUID(),
        orgId,
        writer.actor.kind,
        writer.userId,
        writer.apiKeyId,
        action,
        "inspection_record" satisfies AuditEntityType,
        entityId,
        JSON.stringify(data),
        now,
      ]);
    const changed: { prev: { id: string; revision: number }; r: PreparedRecord }[] = [];
    const failures: { id: string; r: PreparedRecord; result: RecordPushResult; isNew: boolean }[] = [];
    for (const r of records) {
      const prev = byExternalId.get(r.header.externalId);
      if (prev && prev.contentHash === r.hash) {
        results.push({
          index: r.index,
          externalId: r.header.externalId,
          status: "unchanged",
          id: prev.id,
          revision: prev.revision,
        });
        continue;
      }
      if (prev) {
        changed.push({ prev, r });
        const result: RecordPushResult = {
          index: r.index,
          externalId: r.header.externalId,
          status: "updated",
          id: prev.id,
          revision: prev.revision + 1,
        };
        results.push(result);
        if (r.header.result === "fail") failures.push({ id: prev.id, r, result, isNew: false });
        continue;
      }
      const id = randomUUID();
      const h = r.header;
      creates.push([
        id,
        orgId,
        h.kind,
        h.externalId,
        1,
        h.siteId,
        h.productId,
        h.supplierId,
        h.itemName,
        h.specModel,
        h.batchNo,
        h.quantity,
        h.unit,
        h.productionDate,
        h.isKeyComponent,
        h.inspectedAt,
        h.inspectionDate,
        h.result,
        h.disposition,
        h.inspector,
        h.standardNo,
        h.sampleSize,
        h.remarks,
        h.detailsJson,
        r.hash,
        writer.source,
        writer.apiKeyId,
        writer.userId,
        now,
        now,
      ]);
      lines.push(...lineRows(orgId, id, 1, r));
      audit("inspection.create", id, { kind, externalId: h.externalId, result: h.result });
      const result: RecordPushResult = {
        index: r.index,
        externalId: r.header.externalId,
        status: "created",
        id,
        revision: 1,
      };
      results.push(result);
      if (r.header.result === "fail") failures.push({ id, r, result, isNew: true });
    }
    await insertRows(tx, "InspectionRecord", RECORD_COLUMNS, creates);
    if (changed.length > 0) {
      const olds = await findInChunks(
        changed.map((c) => c.prev.id),
        (ids) => tx.inspectionRecord.findMany({ where: { organizationId: orgId, id: { in: ids } } }),
      );
      const oldById = new Map(olds.map((o) => [o.id, o]));
      const revisions: Prisma.InspectionRecordRevisionCreateManyInput[] = [];
      for (const { prev, r } of changed) {
        const old = oldById.get(prev.id);
        if (!old) continue;
        const { id: _id, organizationId: _org, ...snapshot } = old;
        revisions.push({
          organizationId: orgId,
          recordId: prev.id,
          revision: old.revision,
          snapshotJson: JSON.stringify(snapshot),
          contentHash: old.contentHash,
          source: old.source,
          apiKeyId: old.apiKeyId,
          reason: writer.source === "import" ? "re-import with changed content" : "ERP re-push with changed content",
          supersededAt: now,
        });
        const revision = old.revision + 1;
        await tx.inspectionRecord.update({
          where: { id: prev.id },
          data: {
            ...r.header,
            revision,
            contentHash: r.hash,
            source: writer.source,
            apiKeyId: writer.apiKeyId,
            updatedAt: now,
          },
        });
        lines.push(...lineRows(orgId, prev.id, revision, r));
        audit("inspection.revise", prev.id, {
          kind,
          externalId: r.header.externalId,
          revision,
          result: r.header.result,
        });
      }
      await createInChunks(revisions, (data) => tx.inspectionRecordRevision.createMany({ data }));
    }
    await insertRows(tx, "InspectionLine", LINE_COLUMNS, lines);
    await insertRows(tx, "AuditEvent", AUDIT_COLUMNS, audits);
    await sealAuditChain(tx, orgId);
    if (failures.length > 0) {
      const revised = failures.filter((f) => !f.isNew).map((f) => f.id);
      const withHazard = new Set(
        revised.length === 0
          ? []
          : (
              await findInChunks(revised, (ids) =>
                tx.hazard.findMany({
                  where: { organizationId: orgId, inspectionRecordId: { in: ids } },
                  select: { inspectionRecordId: true },
                }),
              )
            ).map((h) => h.inspectionRecordId),
      );
      await openFailureHazards(
        tx,
        caller,
        org.timeZone,
        failures.filter((f) => !withHazard.has(f.id)),
      );
    }
    return results;
  }, INGEST_TX_OPTIONS);
  return summarize([...stored, ...rejected]);
}
