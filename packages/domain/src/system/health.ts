import type { Db } from "@anzhi/db";

export interface Health {
  status: "ok";
  database: "ok";
  migrations: number;
  organizations: number;
}

/** Liveness + readiness: the database answers and its schema is migrated. */
export async function checkHealth(db: Db): Promise<Health> {
  const rows = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(
    `SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const organizations = await db.organization.count();
  return { status: "ok", database: "ok", migrations: Number(rows[0]?.n ?? 0), organizations };
}
