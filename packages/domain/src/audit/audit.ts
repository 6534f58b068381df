// Audit trail: every submit, sign, amend, status change and administrative act writes one row,
// inside the same transaction as the change it describes, and chains it to the organisation's
// previous event (chain.ts, docs/decisions/014). The database refuses to change or delete a row.
import type { AuditEntityType } from "@anzhi/contracts";
import { randomUUID } from "node:crypto";
import { bulkInsert, type Db, type Tx } from "@anzhi/db";
import { sealAuditChain } from "./chain.ts";

export type Actor =
  | { kind: "user"; userId: string }
  | { kind: "api_key"; apiKeyId: string }
  | { kind: "regulator"; userId: string }
  | { kind: "system" };

export interface AuditInput {
  organizationId: string | null;
  actor: Actor;
  action: string;
  entityType: AuditEntityType;
  entityId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
  /** When it happened (the request's instant); the database's time when omitted. */
  at?: Date;
}

/**
 * Writes one event and chains it; call it inside the transaction of the change it records. Given
 * the client itself (no transaction), it opens one so the event and its links commit together.
 */
export async function recordAudit(tx: Pick<Tx, "auditEvent">, e: AuditInput): Promise<void> {
  if ("$transaction" in tx && typeof tx.$transaction === "function") {
    await (tx as Db).$transaction((inner) => recordAudit(inner, e));
    return;
  }
  await tx.auditEvent.create({
    data: {
      organizationId: e.organizationId,
      ...actorColumns(e.actor),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      dataJson: JSON.stringify(e.data ?? {}),
      ip: e.ip ?? null,
      ...(e.at ? { at: e.at } : {}),
    },
    select: { id: true },
  });
  await sealAuditChain(tx, e.organizationId);
}

function actorColumns(actor: Actor) {
  return {
    actorKind: actor.kind,
    actorUserId: actor.kind === "user" || actor.kind === "regulator" ? actor.userId : null,
    apiKeyId: actor.kind === "api_key" ? actor.apiKeyId : null,
  };
}

/**
 * recordAudit for many events (a batch's hazards), inside the caller's transaction: one INSERT,
 * then each organisation's chain sealed once.
 */
export async function recordAudits(
  tx: Pick<Tx, "auditEvent" | "$executeRawUnsafe" | "$queryRawUnsafe">,
  events: ReadonlyArray<AuditInput & { at: Date }>,
): Promise<void> {
  if (events.length === 0) return;
  await bulkInsert(
    tx,
    "AuditEvent",
    [
      "id",
      "organizationId",
      "actorKind",
      "actorUserId",
      "apiKeyId",
      "action",
      "entityType",
      "entityId",
      "dataJson",
      "ip",
      "at",
    ],
    events.map((e) => {
      const actor = actorColumns(e.actor);
      return [
        randomUUID(),
        e.organizationId,
        actor.actorKind,
        actor.actorUserId,
        actor.apiKeyId,
        e.action,
        e.entityType,
        e.entityId ?? null,
        JSON.stringify(e.data ?? {}),
        e.ip ?? null,
        e.at,
      ];
    }),
  );
  for (const organizationId of new Set(events.map((e) => e.organizationId))) await sealAuditChain(tx, organizationId);
}
