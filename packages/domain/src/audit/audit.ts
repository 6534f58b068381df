// Audit trail: every submit, sign, amend, status change and administrative act writes one row,
// inside the same transaction as the change it describes.
import type { AuditEntityType } from "@anzhi/contracts";
import type { Tx } from "@anzhi/db";

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

export async function recordAudit(tx: Pick<Tx, "auditEvent">, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: e.organizationId,
      actorKind: e.actor.kind,
      actorUserId: e.actor.kind === "user" || e.actor.kind === "regulator" ? e.actor.userId : null,
      apiKeyId: e.actor.kind === "api_key" ? e.actor.apiKeyId : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      dataJson: JSON.stringify(e.data ?? {}),
      ip: e.ip ?? null,
      ...(e.at ? { at: e.at } : {}),
    },
  });
}
