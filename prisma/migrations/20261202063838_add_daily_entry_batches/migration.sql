-- One line per batch handled for a per-batch risk item (docs/decisions/022). Columns are added in
-- place (no table rebuild), so the append-only triggers on DailyCheckEntry stay; the signed-record
-- trigger is recreated to keep the new batch columns fixed once the record is signed.
ALTER TABLE "DailyCheckEntry" ADD COLUMN "batchRef" TEXT NOT NULL DEFAULT '';
ALTER TABLE "DailyCheckEntry" ADD COLUMN "batchLabel" TEXT;

DROP INDEX "DailyCheckEntry_runId_riskItemId_key";
CREATE UNIQUE INDEX "DailyCheckEntry_runId_riskItemId_batchRef_key" ON "DailyCheckEntry"("runId", "riskItemId", "batchRef");

DROP TRIGGER "DailyCheckEntry_signed_immutable";
CREATE TRIGGER "DailyCheckEntry_signed_immutable" BEFORE UPDATE ON "DailyCheckEntry"
WHEN (SELECT r."status" FROM "DailyCheckRun" r WHERE r."id" = OLD."runId") <> 'draft' AND NOT (
  NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."runId" IS OLD."runId"
    AND NEW."riskItemId" IS OLD."riskItemId"
    AND NEW."batchRef" IS OLD."batchRef"
    AND NEW."batchLabel" IS OLD."batchLabel"
    AND NEW."seq" IS OLD."seq"
    AND NEW."stage" IS OLD."stage"
    AND NEW."riskCategory" IS OLD."riskCategory"
    AND NEW."riskPoint" IS OLD."riskPoint"
    AND NEW."controlMeasure" IS OLD."controlMeasure"
    AND NEW."result" IS OLD."result"
    AND NEW."createdAt" IS OLD."createdAt"
    AND ((
      NEW."hazardId" IS OLD."hazardId"
        AND EXISTS (
          SELECT 1 FROM "RecordAmendment" a JOIN "DailyCheckRun" r ON r."id" = OLD."runId"
          WHERE a."entityType" = 'daily_check_run' AND a."entityId" = r."id" AND a."version" = r."revision" + 1
        )
    ) OR (
      OLD."hazardId" IS NULL
        AND EXISTS (SELECT 1 FROM "Hazard" h WHERE h."id" = NEW."hazardId" AND h."dailyEntryId" = OLD."id")
        AND NEW."note" IS OLD."note" AND NEW."naReason" IS OLD."naReason" AND NEW."immediateAction" IS OLD."immediateAction"
    ))
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: DailyCheckEntry changes only by a recorded amendment');
END;
