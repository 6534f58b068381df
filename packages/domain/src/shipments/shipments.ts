// 出厂放行/发货记录 (docs/decisions/018). A batch released or shipped — typed in the web app or
// pushed by the ERP — needs a passing outgoing inspection (出厂检验) of the same product and batch,
// dated on or before the shipment. Without one the shipment is flagged 未检验出厂 and opens a
// hazard; further shipments of the same batch join the hazard still open instead of opening another.
import {
  addDays,
  ShipmentUpsertSchema,
  t,
  type BatchPushResult,
  type RecordPushResult,
  type ShipmentListQuery,
  type ShipmentOut,
  type ShipmentRecord,
  type ShipmentEvent,
} from "@anzhi/contracts";
import type { Db, Tx } from "@anzhi/db";
import { recordAudit, type Actor } from "../audit/audit.ts";
import { AppError } from "../errors.ts";
import { openHazard } from "../hazards/open-hazard.ts";
import { INGEST_TX_OPTIONS, type IngestCaller, type InspectionWriter } from "../ingest/context.ts";
import { findInChunks } from "../ingest/chunks.ts";
import { afterCursor, decodeCursor, paginate } from "../ingest/cursor.ts";
import { codeIssue, zodRecordIssues } from "../ingest/issues.ts";
import { summarize } from "../ingest/results.ts";
import { orgToday } from "../profile/org-clock.ts";

const DUE_IN_DAYS = 3;
const EVENT_ZH: Record<ShipmentEvent, string> = { released: "出厂放行", shipped: "发货" };

export interface ShipmentWriter {
  organizationId: string;
  actor: Actor;
  now: Date;
  /** Stored as Shipment.source; by default "api" for a key, "web" for a member. */
  source?: "api" | "web" | "import";
}

interface ShipmentRow {
  externalId: string | null;
  productId: string;
  event: ShipmentEvent;
  batchNo: string;
  quantity: number;
  unit: string;
  shippedOn: string;
  consignee: string | null;
}

export interface StoredShipment {
  id: string;
  status: "created" | "updated" | "unchanged";
  uninspected: boolean;
  hazardNo: string | null;
}

const select = {
  id: true,
  externalId: true,
  event: true,
  productId: true,
  product: { select: { name: true, code: true } },
  batchNo: true,
  quantity: true,
  unit: true,
  shippedOn: true,
  consignee: true,
  uninspected: true,
  inspectionRecordId: true,
  hazard: { select: { hazardNo: true } },
} as const;

type Selected = {
  id: string;
  externalId: string | null;
  event: string;
  productId: string;
  product: { name: string; code: string | null };
  batchNo: string;
  quantity: number;
  unit: string;
  shippedOn: string;
  consignee: string | null;
  uninspected: boolean;
  inspectionRecordId: string | null;
  hazard: { hazardNo: string } | null;
};

function toOut(s: Selected): ShipmentOut {
  const { product, hazard, ...rest } = s;
  return {
    ...rest,
    event: rest.event as ShipmentEvent,
    productName: product.name,
    productCode: product.code,
    hazardNo: hazard?.hazardNo ?? null,
  };
}

const same = (a: ShipmentRow, b: ShipmentRow) =>
  a.productId === b.productId &&
  a.event === b.event &&
  a.batchNo === b.batchNo &&
  a.quantity === b.quantity &&
  a.unit === b.unit &&
  a.shippedOn === b.shippedOn &&
  a.consignee === b.consignee;

/** The passing outgoing inspection that covers the batch on the shipment's day, if any. */
async function passingInspection(tx: Tx, organizationId: string, row: ShipmentRow): Promise<string | null> {
  const found = await tx.inspectionRecord.findFirst({
    where: {
      organizationId,
      kind: "outgoing",
      productId: row.productId,
      batchNo: row.batchNo,
      result: "pass",
      inspectionDate: { lte: row.shippedOn },
    },
    orderBy: { inspectedAt: "desc" },
    select: { id: true },
  });
  return found?.id ?? null;
}

async function hazardFor(tx: Tx, w: ShipmentWriter, row: ShipmentRow): Promise<{ id: string; hazardNo: string }> {
  const open = await tx.shipment.findFirst({
    where: {
      organizationId: w.organizationId,
      productId: row.productId,
      batchNo: row.batchNo,
      hazard: { status: { not: "closed" } },
    },
    select: { hazard: { select: { id: true, hazardNo: true } } },
  });
  if (open?.hazard) return open.hazard;
  const product = await tx.product.findUniqueOrThrow({
    where: { id: row.productId },
    select: { name: true, model: true, siteId: true },
  });
  const label = product.model ? `${product.name}（${product.model}）` : product.name;
  const today = await orgToday(tx, w.organizationId, w.now);
  return openHazard(tx, {
    organizationId: w.organizationId,
    source: "release_check",
    ruleKey: "uninspected_release",
    title: `未检验出厂：${label}（批次 ${row.batchNo}）`,
    description: `批次 ${row.batchNo} 于 ${row.shippedOn} ${EVENT_ZH[row.event]}（${row.quantity}${row.unit}${row.consignee ? `，收货单位 ${row.consignee}` : ""}），截至该日没有该产品该批次合格的出厂检验记录。产品须经出厂检验合格后方可出厂，请立即核查、补检并追回已发出的产品。`,
    severity: "significant",
    dueDate: addDays(today, DUE_IN_DAYS),
    stage: "outgoing",
    productId: row.productId,
    siteId: product.siteId,
    containment: "暂停该批次出厂和发货，隔离库存，追回已发出的产品并补做出厂检验",
    actor: w.actor,
    now: w.now,
  });
}

/** Stores shipments (upsert by externalId when it has one) inside the caller's transaction. */
export async function storeShipmentsInTx(
  tx: Tx,
  w: ShipmentWriter,
  rows: readonly ShipmentRow[],
): Promise<StoredShipment[]> {
  const out: StoredShipment[] = [];
  const byUser = w.actor.kind === "user" ? w.actor.userId : null;
  const byKey = w.actor.kind === "api_key" ? w.actor.apiKeyId : null;
  for (const row of rows) {
    const prev = row.externalId
      ? await tx.shipment.findFirst({
          where: { organizationId: w.organizationId, externalId: row.externalId },
          select: { ...select, hazardId: true },
        })
      : null;
    if (prev && same({ ...prev, event: prev.event as ShipmentEvent }, row)) {
      out.push({
        id: prev.id,
        status: "unchanged",
        uninspected: prev.uninspected,
        hazardNo: prev.hazard?.hazardNo ?? null,
      });
      continue;
    }
    const inspectionRecordId = await passingInspection(tx, w.organizationId, row);
    const hazard = inspectionRecordId ? null : await hazardFor(tx, w, row);
    const data = {
      ...row,
      inspectionRecordId,
      uninspected: inspectionRecordId === null,
      // a corrected record keeps the hazard it opened: its rectification is still owed
      hazardId: hazard?.id ?? prev?.hazardId ?? null,
      source: w.source ?? (w.actor.kind === "api_key" ? "api" : "web"),
      apiKeyId: byKey,
      updatedAt: w.now,
    };
    const saved = prev
      ? await tx.shipment.update({ where: { id: prev.id }, data, select: { id: true } })
      : await tx.shipment.create({
          data: { organizationId: w.organizationId, ...data, createdByUserId: byUser, createdAt: w.now },
          select: { id: true },
        });
    await recordAudit(tx, {
      organizationId: w.organizationId,
      actor: w.actor,
      action: prev ? "shipment.update" : "shipment.create",
      entityType: "shipment",
      entityId: saved.id,
      data: { batchNo: row.batchNo, event: row.event, shippedOn: row.shippedOn, uninspected: data.uninspected },
      at: w.now,
    });
    out.push({
      id: saved.id,
      status: prev ? "updated" : "created",
      uninspected: data.uninspected,
      hazardNo: hazard?.hazardNo ?? null,
    });
  }
  return out;
}

/** A shipment typed in the web app. */
export async function recordShipment(db: Db, w: ShipmentWriter, input: ShipmentRecord): Promise<ShipmentOut> {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: w.organizationId, retiredAt: null },
      select: { id: true },
    });
    if (!product)
      throw new AppError("PRODUCT_NOT_FOUND", { issues: [{ path: "productId", message: "PRODUCT_NOT_FOUND" }] });
    const [stored] = await storeShipmentsInTx(tx, w, [
      { ...input, externalId: null, consignee: input.consignee ?? null },
    ]);
    if (!stored) throw new AppError("RECORD_NOT_FOUND");
    return toOut(await tx.shipment.findUniqueOrThrow({ where: { id: stored.id }, select }));
  });
}

export async function listShipments(
  db: Db,
  organizationId: string,
  filters: { uninspectedOnly?: boolean; batchNo?: string } = {},
): Promise<ShipmentOut[]> {
  const rows = await db.shipment.findMany({
    where: {
      organizationId,
      ...(filters.uninspectedOnly ? { uninspected: true } : {}),
      ...(filters.batchNo ? { batchNo: filters.batchNo } : {}),
    },
    select,
    orderBy: [{ shippedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
  });
  return rows.map(toOut);
}

/** v1: one shipment by the ERP's externalId. */
export async function getShipment(db: Db, organizationId: string, externalId: string): Promise<ShipmentOut> {
  const row = await db.shipment.findFirst({ where: { organizationId, externalId }, select });
  if (!row) throw new AppError("RECORD_NOT_FOUND");
  return toOut(row);
}

/** v1: cursor pages in change order (updatedSince), like every other v1 resource. */
export async function listShipmentPage(
  db: Db,
  organizationId: string,
  q: ShipmentListQuery,
): Promise<{ items: ShipmentOut[]; nextCursor: string | null }> {
  const rows = await db.shipment.findMany({
    where: {
      organizationId,
      ...(q.batchNo ? { batchNo: q.batchNo } : {}),
      ...(q.updatedSince ? { updatedAt: { gte: new Date(q.updatedSince) } } : {}),
      AND: [afterCursor(decodeCursor(q.cursor))],
    },
    select: { ...select, updatedAt: true },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: q.limit + 1,
  });
  const { page, nextCursor } = paginate(rows, q.limit);
  return { items: page.map(({ updatedAt: _u, ...r }) => toOut(r)), nextCursor };
}

export interface PreparedShipments {
  rows: { index: number; externalId: string; row: ShipmentRow }[];
  rejected: RecordPushResult[];
}

/** Step 1 of a push, outside the transaction: each record checked on its own, product codes resolved. */
export async function prepareShipments(
  db: Db,
  caller: Pick<IngestCaller, "organizationId" | "locale">,
  raw: readonly unknown[],
): Promise<PreparedShipments> {
  const rejected: RecordPushResult[] = [];
  const valid: { index: number; record: ReturnType<typeof ShipmentUpsertSchema.parse> }[] = [];
  const seen = new Set<string>();
  raw.forEach((input, index) => {
    const parsed = ShipmentUpsertSchema.safeParse(input);
    const id =
      typeof input === "object" && input !== null && typeof (input as { externalId?: unknown }).externalId === "string"
        ? (input as { externalId: string }).externalId
        : null;
    if (!parsed.success) {
      rejected.push({
        index,
        externalId: id,
        status: "rejected",
        issues: zodRecordIssues(parsed.error, caller.locale),
      });
      return;
    }
    if (seen.has(parsed.data.externalId)) {
      const issue = { path: "externalId", code: "VALIDATION_FAILED", message: t("field.duplicate", caller.locale) };
      rejected.push({ index, externalId: parsed.data.externalId, status: "rejected", issues: [issue] });
      return;
    }
    seen.add(parsed.data.externalId);
    valid.push({ index, record: parsed.data });
  });
  const codes = [...new Set(valid.map((v) => v.record.productCode))];
  const products = new Map(
    (
      await db.product.findMany({
        where: { organizationId: caller.organizationId, code: { in: codes }, retiredAt: null },
        select: { id: true, code: true },
      })
    ).map((p) => [p.code ?? "", p.id]),
  );
  const rows: { index: number; externalId: string; row: ShipmentRow }[] = [];
  for (const { index, record } of valid) {
    const productId = products.get(record.productCode);
    if (!productId) {
      rejected.push({
        index,
        externalId: record.externalId,
        status: "rejected",
        issues: [codeIssue("productCode", "PRODUCT_CODE_UNKNOWN", caller.locale, { productCode: record.productCode })],
      });
      continue;
    }
    const { productCode: _code, ...fields } = record;
    rows.push({
      index,
      externalId: record.externalId,
      row: { ...fields, productId, consignee: fields.consignee ?? null },
    });
  }
  return { rows, rejected };
}

/** What a push of these rows would do to each (created / updated / unchanged), writing nothing. */
export async function shipmentOutcomes(
  db: Db,
  organizationId: string,
  rows: PreparedShipments["rows"],
): Promise<("created" | "updated" | "unchanged")[]> {
  const existing = await findInChunks(
    rows.map((r) => r.externalId),
    (externalIds) =>
      db.shipment.findMany({
        where: { organizationId, externalId: { in: externalIds } },
        select: {
          externalId: true,
          productId: true,
          event: true,
          batchNo: true,
          quantity: true,
          unit: true,
          shippedOn: true,
          consignee: true,
        },
      }),
  );
  const byId = new Map(existing.map((e) => [e.externalId, e]));
  return rows.map(({ externalId, row }) => {
    const prev = byId.get(externalId);
    if (!prev) return "created";
    return same({ ...prev, externalId, event: prev.event as ShipmentEvent }, row) ? "unchanged" : "updated";
  });
}

/** Shipments pushed by the ERP (or imported from a file): per-record results like inspections, one transaction per batch. */
export async function pushShipments(
  db: Db,
  caller: InspectionWriter,
  raw: readonly unknown[],
): Promise<BatchPushResult> {
  const { rows, rejected } = await prepareShipments(db, caller, raw);
  const writer: ShipmentWriter =
    "userId" in caller
      ? {
          organizationId: caller.organizationId,
          actor: { kind: "user", userId: caller.userId },
          now: caller.now,
          source: "import",
        }
      : {
          organizationId: caller.organizationId,
          actor: { kind: "api_key", apiKeyId: caller.apiKeyId },
          now: caller.now,
        };
  const stored = await db.$transaction(async (tx) => {
    const results = await storeShipmentsInTx(
      tx,
      writer,
      rows.map((r) => r.row),
    );
    return results.map((s, i): RecordPushResult => ({
      index: rows[i]?.index ?? i,
      externalId: rows[i]?.externalId ?? null,
      status: s.status,
      id: s.id,
      ...(s.hazardNo ? { hazardNo: s.hazardNo } : {}),
    }));
  }, INGEST_TX_OPTIONS);
  return summarize([...stored, ...rejected]);
}
