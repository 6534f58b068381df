-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "activatedOn" TEXT;

-- CreateTable
CREATE TABLE "CalendarAmendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "wasWorking" BOOLEAN NOT NULL,
    "nowWorking" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "amendedByUserId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarAmendment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CalendarAmendment_amendedByUserId_fkey" FOREIGN KEY ("amendedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CalendarAmendment_organizationId_day_idx" ON "CalendarAmendment"("organizationId", "day");

-- Backfill: an organisation that existed before 启用日期 starts on its sign-up day (local date;
-- every organisation so far is on China time, +8 h, no DST).
UPDATE "Organization" SET "activatedOn" = date("createdAt", '+8 hours')
WHERE "activatedOn" IS NULL AND typeof("createdAt") = 'text' AND "timeZone" = 'Asia/Shanghai';
