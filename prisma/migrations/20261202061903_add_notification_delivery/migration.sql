-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "deliveryPlannedAt" DATETIME;

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NotificationDelivery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "NotificationDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrgRobotChannel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "webhookUrlEnc" TEXT NOT NULL,
    "secretEnc" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OrgRobotChannel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrgRobotChannel_updatedByUserId_fkey" FOREIGN KEY ("updatedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AlterTable (an added column with its foreign key, not a rebuild: other tables' triggers name DailyCheckRun)
ALTER TABLE "DailyCheckRun" ADD COLUMN "reportedToUserId" TEXT REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "NotificationDelivery_status_nextAttemptAt_idx" ON "NotificationDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_notificationId_idx" ON "NotificationDelivery"("notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDelivery_organizationId_channel_key_key" ON "NotificationDelivery"("organizationId", "channel", "key");

-- CreateIndex
CREATE UNIQUE INDEX "OrgRobotChannel_organizationId_channel_key" ON "OrgRobotChannel"("organizationId", "channel");

-- CreateIndex
CREATE INDEX "Notification_deliveryPlannedAt_idx" ON "Notification"("deliveryPlannedAt");

-- The append-only trigger of a signed daily record (20261202010000) is recreated so the person the
-- problems were reported to is fixed once signed, like the rest of the record.
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
    AND NEW."reportedToUserId" IS OLD."reportedToUserId"
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
    AND NEW."reportedToUserId" IS OLD."reportedToUserId"
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

-- Notifications written before the outbox existed are history: nothing is e-mailed or posted for them.
UPDATE "Notification" SET "deliveryPlannedAt" = "createdAt" WHERE "deliveryPlannedAt" IS NULL;
