import type { Db } from "@anzhi/db";
import { JOBS_OFF, type JobsStatus } from "../jobs/runner.ts";

export interface Health {
  status: "ok";
  database: "ok";
  migrations: number;
  organizations: number;
  /** This node's job runner (docs/decisions/030): a failing job is reported, not a reason for 503. */
  jobs: JobsStatus;
}

/** Liveness + readiness: the database answers and its schema is migrated; one cheap statement. */
export async function checkHealth(db: Db, jobs: JobsStatus = JOBS_OFF): Promise<Health> {
  const rows = await db.$queryRawUnsafe<Array<{ migrations: bigint | number; organizations: bigint | number }>>(
    `SELECT (SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS migrations,
            (SELECT count(*) FROM "Organization") AS organizations`,
  );
  return {
    status: "ok",
    database: "ok",
    migrations: Number(rows[0]?.migrations ?? 0),
    organizations: Number(rows[0]?.organizations ?? 0),
    jobs,
  };
}
