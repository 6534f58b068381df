-- Read-signing (阅, ADR 016): the director's 阅 of a signed daily record and the principal's 阅 of a
-- signed weekly report are recorded on the record itself, once (the first 阅 is kept). The
-- append-only triggers of 20261201230800 allowed a signed record to change only by an amendment;
-- they are recreated with one more permitted change: setting the reader and time while they are
-- still empty, everything else unchanged. The weekly report's signedAsRole is fixed once signed.

DROP TRIGGER "DailyCheckRun_signed_immutable";
CREATE TRIGGER "DailyCheckRun_signed_immutable" BEFORE UPDATE ON "DailyCheckRun"
WHEN OLD."status" <> 'draft' AND NOT (
  NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
    AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'daily_check_run' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
    AND NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."siteId" IS OLD."siteId"
    AND NEW."officerUserId" IS OLD."officerUserId"
    AND NEW."checkDate" IS OLD."checkDate"
    AND NEW."listVersion" IS OLD."listVersion"
    AND NEW."operatingStatus" IS OLD."operatingStatus"
    AND NEW."notOperatingReason" IS OLD."notOperatingReason"
    AND NEW."zeroRisk" IS OLD."zeroRisk"
    AND NEW."reportedTo" IS OLD."reportedTo"
    AND NEW."reportedAt" IS OLD."reportedAt"
    AND NEW."signedByUserId" IS OLD."signedByUserId"
    AND NEW."signedAt" IS OLD."signedAt"
    AND NEW."submittedAt" IS OLD."submittedAt"
    AND NEW."late" IS OLD."late"
    AND NEW."reviewedByUserId" IS OLD."reviewedByUserId"
    AND NEW."reviewedAt" IS OLD."reviewedAt"
    AND NEW."createdAt" IS OLD."createdAt"
) AND NOT (
  NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."siteId" IS OLD."siteId"
    AND NEW."officerUserId" IS OLD."officerUserId"
    AND NEW."checkDate" IS OLD."checkDate"
    AND NEW."listVersion" IS OLD."listVersion"
    AND NEW."operatingStatus" IS OLD."operatingStatus"
    AND NEW."notOperatingReason" IS OLD."notOperatingReason"
    AND NEW."status" IS OLD."status"
    AND NEW."zeroRisk" IS OLD."zeroRisk"
    AND NEW."hazardSummary" IS OLD."hazardSummary"
    AND NEW."measuresTaken" IS OLD."measuresTaken"
    AND NEW."reportedTo" IS OLD."reportedTo"
    AND NEW."reportedAt" IS OLD."reportedAt"
    AND NEW."remarks" IS OLD."remarks"
    AND NEW."signedByUserId" IS OLD."signedByUserId"
    AND NEW."signedAt" IS OLD."signedAt"
    AND NEW."submittedAt" IS OLD."submittedAt"
    AND NEW."late" IS OLD."late"
    AND NEW."revision" IS OLD."revision"
    AND NEW."createdAt" IS OLD."createdAt"
    AND OLD."reviewedByUserId" IS NULL AND NEW."reviewedByUserId" IS NOT NULL AND NEW."reviewedAt" IS NOT NULL
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: DailyCheckRun changes only by a recorded amendment');
END;

DROP TRIGGER "WeeklyReport_signed_immutable";
CREATE TRIGGER "WeeklyReport_signed_immutable" BEFORE UPDATE ON "WeeklyReport"
WHEN OLD."status" <> 'draft' AND NOT (
  NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
    AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'weekly_report' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
    AND NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."isoYear" IS OLD."isoYear"
    AND NEW."isoWeek" IS OLD."isoWeek"
    AND NEW."periodStart" IS OLD."periodStart"
    AND NEW."periodEnd" IS OLD."periodEnd"
    AND NEW."screeningDate" IS OLD."screeningDate"
    AND NEW."statsJson" IS OLD."statsJson"
    AND NEW."participantsJson" IS OLD."participantsJson"
    AND NEW."overallRating" IS OLD."overallRating"
    AND NEW."signedByUserId" IS OLD."signedByUserId"
    AND NEW."signedAt" IS OLD."signedAt"
    AND NEW."submittedAt" IS OLD."submittedAt"
    AND NEW."late" IS OLD."late"
    AND NEW."ackByUserId" IS OLD."ackByUserId"
    AND NEW."ackAt" IS OLD."ackAt"
    AND NEW."createdAt" IS OLD."createdAt"
    AND NEW."signedAsRole" IS OLD."signedAsRole"
) AND NOT (
  NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."isoYear" IS OLD."isoYear"
    AND NEW."isoWeek" IS OLD."isoWeek"
    AND NEW."periodStart" IS OLD."periodStart"
    AND NEW."periodEnd" IS OLD."periodEnd"
    AND NEW."screeningDate" IS OLD."screeningDate"
    AND NEW."status" IS OLD."status"
    AND NEW."statsJson" IS OLD."statsJson"
    AND NEW."participantsJson" IS OLD."participantsJson"
    AND NEW."lastWeekFollowUp" IS OLD."lastWeekFollowUp"
    AND NEW."hazardsSummary" IS OLD."hazardsSummary"
    AND NEW."noHazardStatement" IS OLD."noHazardStatement"
    AND NEW."assessment" IS OLD."assessment"
    AND NEW."overallRating" IS OLD."overallRating"
    AND NEW."measures" IS OLD."measures"
    AND NEW."nextWeekFocus" IS OLD."nextWeekFocus"
    AND NEW."signedByUserId" IS OLD."signedByUserId"
    AND NEW."signedAt" IS OLD."signedAt"
    AND NEW."submittedAt" IS OLD."submittedAt"
    AND NEW."late" IS OLD."late"
    AND NEW."revision" IS OLD."revision"
    AND NEW."createdAt" IS OLD."createdAt"
    AND NEW."signedAsRole" IS OLD."signedAsRole"
    AND OLD."ackByUserId" IS NULL AND NEW."ackByUserId" IS NOT NULL AND NEW."ackAt" IS NOT NULL
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: WeeklyReport changes only by a recorded amendment');
END;
