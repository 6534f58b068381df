-- AlterTable
ALTER TABLE "Hazard" ADD COLUMN "evidenceException" TEXT;

-- CreateTable
CREATE TABLE "MeetingTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "progressNote" TEXT,
    "progressAt" DATETIME,
    "closingNote" TEXT,
    "closedByUserId" TEXT,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingTask_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingTask_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingDecision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingTask_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingTask_closedByUserId_fkey" FOREIGN KEY ("closedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingTask_decisionId_key" ON "MeetingTask"("decisionId");

-- CreateIndex
CREATE INDEX "MeetingTask_organizationId_status_dueDate_idx" ON "MeetingTask"("organizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "MeetingTask_organizationId_month_idx" ON "MeetingTask"("organizationId", "month");

-- Backfill (docs/decisions/024): every decision with an owner and a due date becomes a task. A
-- decision that was booked as a hazard keeps that hazard (a statutory record, never deleted); its
-- task takes the hazard's state: closed → done (closing note names the hazard), in rectification →
-- in_progress, else open.
INSERT INTO "MeetingTask" (
    "id", "organizationId", "decisionId", "month", "content", "ownerUserId", "dueDate", "status",
    "closingNote", "closedByUserId", "closedAt", "createdAt", "updatedAt"
)
SELECT
    'mt' || lower(hex(randomblob(11))),
    d."organizationId",
    d."id",
    m."month",
    d."content",
    d."ownerUserId",
    d."dueDate",
    CASE
        WHEN h."status" = 'closed' THEN 'done'
        WHEN h."status" IN ('rectifying', 'awaiting_verification') THEN 'in_progress'
        ELSE 'open'
    END,
    CASE WHEN h."status" = 'closed' THEN '隐患台账 ' || h."hazardNo" || ' 已销号' END,
    CASE WHEN h."status" = 'closed' THEN h."verifiedByUserId" END,
    CASE WHEN h."status" = 'closed' THEN h."closedAt" END,
    d."createdAt",
    d."createdAt"
FROM "MeetingDecision" d
JOIN "MonthlyMeeting" m ON m."id" = d."meetingId"
LEFT JOIN "Hazard" h ON h."meetingDecisionId" = d."id"
WHERE d."ownerUserId" IS NOT NULL AND d."dueDate" IS NOT NULL;

-- The task ledger is a record of the minutes' follow-up: rows are closed, never deleted.
CREATE TRIGGER "MeetingTask_no_delete" BEFORE DELETE ON "MeetingTask"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: MeetingTask rows are never deleted');
END;
