-- anzhi-schema-sha256: 3cbfdf01c8250d3d21660d5326b5294f62beaa134277d2a0c529fa13a84cb5aa
-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.

-- AlterTable
ALTER TABLE "DailyCheckEntry" ADD COLUMN     "saveKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheckEntry_organizationId_saveKey_key" ON "DailyCheckEntry"("organizationId", "saveKey");
