-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "prevHash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "seq" INTEGER;

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_seq_idx" ON "AuditEvent"("organizationId", "seq");


-- Written by hand below (docs/decisions/014-tamper-evident-audit-trail.md): the database itself
-- refuses to rewrite history. Prisma's schema diff does not see triggers or expression indexes,
-- so later migrations keep them — but a migration that redefines one of these tables (SQLite
-- "RedefineTables") drops its triggers and must create them again; packages/db's
-- append-only.integration.test.ts fails when one is missing.

-- One position per chain: the null organisation (operators' events) is chain ''.
CREATE UNIQUE INDEX "AuditEvent_chain_seq_key" ON "AuditEvent"(ifnull("organizationId", ''), "seq");

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'append-only: AuditEvent rows are never deleted');
END;

-- The one UPDATE allowed: chaining a row once (seq, prevHash, hash from NULL), content unchanged.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
WHEN NOT (
  OLD."hash" IS NULL AND OLD."seq" IS NULL AND OLD."prevHash" IS NULL
    AND NEW."hash" IS NOT NULL AND NEW."seq" IS NOT NULL AND NEW."prevHash" IS NOT NULL
    AND NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."actorUserId" IS OLD."actorUserId"
    AND NEW."actorKind" IS OLD."actorKind"
    AND NEW."apiKeyId" IS OLD."apiKeyId"
    AND NEW."action" IS OLD."action"
    AND NEW."entityType" IS OLD."entityType"
    AND NEW."entityId" IS OLD."entityId"
    AND NEW."dataJson" IS OLD."dataJson"
    AND NEW."ip" IS OLD."ip"
    AND NEW."at" IS OLD."at"
)
BEGIN
  SELECT RAISE(ABORT, 'append-only: AuditEvent rows are never changed');
END;

CREATE TRIGGER "DailyCheckRun_no_delete" BEFORE DELETE ON "DailyCheckRun"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: DailyCheckRun rows are never deleted');
END;

CREATE TRIGGER "DailyCheckEntry_no_delete" BEFORE DELETE ON "DailyCheckEntry"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: DailyCheckEntry rows are never deleted');
END;

CREATE TRIGGER "WeeklyReport_no_delete" BEFORE DELETE ON "WeeklyReport"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: WeeklyReport rows are never deleted');
END;

CREATE TRIGGER "MonthlyMeeting_no_delete" BEFORE DELETE ON "MonthlyMeeting"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: MonthlyMeeting rows are never deleted');
END;

CREATE TRIGGER "MeetingAttendee_no_delete" BEFORE DELETE ON "MeetingAttendee"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: MeetingAttendee rows are never deleted');
END;

CREATE TRIGGER "MeetingDecision_no_delete" BEFORE DELETE ON "MeetingDecision"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: MeetingDecision rows are never deleted');
END;

CREATE TRIGGER "MeetingPlanItem_no_delete" BEFORE DELETE ON "MeetingPlanItem"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: MeetingPlanItem rows are never deleted');
END;

CREATE TRIGGER "Hazard_no_delete" BEFORE DELETE ON "Hazard"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: Hazard rows are never deleted');
END;

CREATE TRIGGER "HazardEvent_no_delete" BEFORE DELETE ON "HazardEvent"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: HazardEvent rows are never deleted');
END;

CREATE TRIGGER "StaffProposal_no_delete" BEFORE DELETE ON "StaffProposal"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: StaffProposal rows are never deleted');
END;

CREATE TRIGGER "ProposalDecision_no_delete" BEFORE DELETE ON "ProposalDecision"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: ProposalDecision rows are never deleted');
END;

CREATE TRIGGER "RecordAmendment_no_delete" BEFORE DELETE ON "RecordAmendment"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RecordAmendment rows are never deleted');
END;

CREATE TRIGGER "RegulatorReadLog_no_delete" BEFORE DELETE ON "RegulatorReadLog"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RegulatorReadLog rows are never deleted');
END;

CREATE TRIGGER "HazardEvent_no_update" BEFORE UPDATE ON "HazardEvent"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: HazardEvent rows are never changed');
END;

CREATE TRIGGER "ProposalDecision_no_update" BEFORE UPDATE ON "ProposalDecision"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: ProposalDecision rows are never changed');
END;

CREATE TRIGGER "RecordAmendment_no_update" BEFORE UPDATE ON "RecordAmendment"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RecordAmendment rows are never changed');
END;

CREATE TRIGGER "RegulatorReadLog_no_update" BEFORE UPDATE ON "RegulatorReadLog"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RegulatorReadLog rows are never changed');
END;

-- A signed daily record changes only by an amendment (amend.ts writes the RecordAmendment of the
-- new revision first): the amendable text, status "amended", revision + 1; the signature stays.
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
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: DailyCheckRun changes only by a recorded amendment');
END;

-- Entries of a signed daily record: the amendable notes while the run's next amendment is being
-- written, or linking the hazard opened from this very entry; nothing else.
CREATE TRIGGER "DailyCheckEntry_signed_immutable" BEFORE UPDATE ON "DailyCheckEntry"
WHEN (SELECT r."status" FROM "DailyCheckRun" r WHERE r."id" = OLD."runId") <> 'draft' AND NOT (
  NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."runId" IS OLD."runId"
    AND NEW."riskItemId" IS OLD."riskItemId"
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
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: WeeklyReport changes only by a recorded amendment');
END;

CREATE TRIGGER "MonthlyMeeting_signed_immutable" BEFORE UPDATE ON "MonthlyMeeting"
WHEN OLD."status" <> 'draft' AND NOT (
  NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
    AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'monthly_meeting' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
    AND NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."month" IS OLD."month"
    AND NEW."meetingDate" IS OLD."meetingDate"
    AND NEW."meetingAt" IS OLD."meetingAt"
    AND NEW."place" IS OLD."place"
    AND NEW."chairUserId" IS OLD."chairUserId"
    AND NEW."recorderName" IS OLD."recorderName"
    AND NEW."reviewJson" IS OLD."reviewJson"
    AND NEW."signedByUserId" IS OLD."signedByUserId"
    AND NEW."signedAt" IS OLD."signedAt"
    AND NEW."submittedAt" IS OLD."submittedAt"
    AND NEW."late" IS OLD."late"
    AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: MonthlyMeeting changes only by a recorded amendment');
END;

CREATE TRIGGER "MeetingAttendee_signed_immutable" BEFORE UPDATE ON "MeetingAttendee"
WHEN (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'signed record: MeetingAttendee rows of signed minutes are never changed');
END;

CREATE TRIGGER "MeetingDecision_signed_immutable" BEFORE UPDATE ON "MeetingDecision"
WHEN (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'signed record: MeetingDecision rows of signed minutes are never changed');
END;

CREATE TRIGGER "MeetingPlanItem_signed_immutable" BEFORE UPDATE ON "MeetingPlanItem"
WHEN (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'signed record: MeetingPlanItem rows of signed minutes are never changed');
END;

-- A closed (销号) hazard is a finished rectification record: only the flag that a major-risk
-- report about it reached the regulator may still be set.
CREATE TRIGGER "Hazard_closed_immutable" BEFORE UPDATE ON "Hazard"
WHEN OLD."status" = 'closed' AND NOT (
  NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."hazardNo" IS OLD."hazardNo"
    AND NEW."source" IS OLD."source"
    AND NEW."dailyEntryId" IS OLD."dailyEntryId"
    AND NEW."weeklyReportId" IS OLD."weeklyReportId"
    AND NEW."meetingDecisionId" IS OLD."meetingDecisionId"
    AND NEW."inspectionRecordId" IS OLD."inspectionRecordId"
    AND NEW."samplingResultId" IS OLD."samplingResultId"
    AND NEW."title" IS OLD."title"
    AND NEW."description" IS OLD."description"
    AND NEW."stage" IS OLD."stage"
    AND NEW."riskItemId" IS OLD."riskItemId"
    AND NEW."productId" IS OLD."productId"
    AND NEW."siteId" IS OLD."siteId"
    AND NEW."severity" IS OLD."severity"
    AND NEW."ownerUserId" IS OLD."ownerUserId"
    AND NEW."dueDate" IS OLD."dueDate"
    AND NEW."status" IS OLD."status"
    AND NEW."containment" IS OLD."containment"
    AND NEW."rootCause" IS OLD."rootCause"
    AND NEW."correctiveAction" IS OLD."correctiveAction"
    AND NEW."rectifiedByUserId" IS OLD."rectifiedByUserId"
    AND NEW."rectifiedAt" IS OLD."rectifiedAt"
    AND NEW."rectificationNote" IS OLD."rectificationNote"
    AND NEW."verifiedByUserId" IS OLD."verifiedByUserId"
    AND NEW."verifiedAt" IS OLD."verifiedAt"
    AND NEW."verificationNote" IS OLD."verificationNote"
    AND NEW."closedAt" IS OLD."closedAt"
    AND NEW."createdByUserId" IS OLD."createdByUserId"
    AND NEW."createdByApiKeyId" IS OLD."createdByApiKeyId"
    AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: a closed Hazard is never changed');
END;

-- A signed proposal only moves from pending to decided.
CREATE TRIGGER "StaffProposal_signed_immutable" BEFORE UPDATE ON "StaffProposal"
WHEN NOT (
  NEW."status" = 'decided'
    AND NEW."id" IS OLD."id"
    AND NEW."organizationId" IS OLD."organizationId"
    AND NEW."proposedByUserId" IS OLD."proposedByUserId"
    AND NEW."roleAssignmentId" IS OLD."roleAssignmentId"
    AND NEW."proposerRole" IS OLD."proposerRole"
    AND NEW."type" IS OLD."type"
    AND NEW."productIdsJson" IS OLD."productIdsJson"
    AND NEW."batchNosJson" IS OLD."batchNosJson"
    AND NEW."hazardId" IS OLD."hazardId"
    AND NEW."defectDescription" IS OLD."defectDescription"
    AND NEW."proposedAt" IS OLD."proposedAt"
    AND NEW."signatureMethod" IS OLD."signatureMethod"
    AND NEW."contentHash" IS OLD."contentHash"
    AND NEW."createdAt" IS OLD."createdAt"
)
BEGIN
  SELECT RAISE(ABORT, 'signed record: StaffProposal changes only from pending to decided');
END;
