-- The key of an offline save (docs/decisions/034): a replayed save is answered, not applied twice.
-- Added in place (no table rebuild), so the append-only triggers on DailyCheckEntry stay.
-- AlterTable
ALTER TABLE "DailyCheckEntry" ADD COLUMN "saveKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheckEntry_organizationId_saveKey_key" ON "DailyCheckEntry"("organizationId", "saveKey");
