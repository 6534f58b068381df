// Writing notifications (提醒) in bulk. Each row names its user and a dedupeKey; `notifyOnce` writes
// the rows whose (user, dedupeKey) is not there yet — one query to find the existing ones, one
// insert for the rest — so a scheduler tick that runs again, or two ticks at once, never duplicates
// a reminder. Whatever channel delivers a notification (e-mail, group robot) picks it up from the
// table (notifications/deliveries.ts); callers only write the row.
import { Prisma, type Db, type Tx } from "@anzhi/db";

export interface NewNotification {
  organizationId: string;
  userId: string;
  kind: string;
  title: string;
  body?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** Shown and linked by the reminders page (a record number, a date, a version). */
  ref?: string | null;
  dedupeKey: string;
  dueAt?: Date | null;
}

type NotifyDb = Pick<Db | Tx, "notification">;

const SLICE = 400;

/** Writes the notifications not written before; returns how many were new. */
export async function notifyOnce(db: NotifyDb, rows: NewNotification[], now: Date): Promise<number> {
  const unique = new Map<string, NewNotification>();
  for (const r of rows) unique.set(`${r.userId}\u0000${r.dedupeKey}`, r);
  const candidates = [...unique.values()];
  let created = 0;
  for (let i = 0; i < candidates.length; i += SLICE) {
    const slice = candidates.slice(i, i + SLICE);
    const existing = await db.notification.findMany({
      where: { dedupeKey: { in: [...new Set(slice.map((r) => r.dedupeKey))] } },
      select: { userId: true, dedupeKey: true },
    });
    const have = new Set(existing.map((e) => `${e.userId}\u0000${e.dedupeKey ?? ""}`));
    const fresh = slice.filter((r) => !have.has(`${r.userId}\u0000${r.dedupeKey}`));
    if (fresh.length === 0) continue;
    const data = fresh.map((r) => ({
      organizationId: r.organizationId,
      userId: r.userId,
      kind: r.kind,
      title: r.title,
      body: r.body ?? null,
      entityType: r.entityType ?? null,
      entityId: r.entityId ?? null,
      refsJson: JSON.stringify(r.ref ? { ref: r.ref } : {}),
      dedupeKey: r.dedupeKey,
      dueAt: r.dueAt ?? null,
      createdAt: now,
    }));
    try {
      created += (await db.notification.createMany({ data })).count;
    } catch (e) {
      // Another tick wrote some of them meanwhile: write the rest one by one, skipping duplicates.
      if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") throw e;
      for (const row of data) {
        try {
          await db.notification.create({ data: row, select: { id: true } });
          created++;
        } catch (err) {
          if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") throw err;
        }
      }
    }
  }
  return created;
}
