-- CreateTable
CREATE TABLE "OrgSizeFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "employeeCount" INTEGER NOT NULL,
    "annualRevenueWanYuan" REAL NOT NULL,
    "reason" TEXT,
    "recordedByUserId" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrgSizeFigure_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrgSizeFigure_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OrgSizeFigure_organizationId_year_recordedAt_idx" ON "OrgSizeFigure"("organizationId", "year", "recordedAt");

-- Backfill: the figures given at sign-up were the prior year's (上年度), so each existing
-- organisation gets one row for the year before the one it signed up in.
INSERT INTO "OrgSizeFigure" ("id", "organizationId", "year", "employeeCount", "annualRevenueWanYuan", "reason", "recordedAt")
SELECT
    'sf' || lower(hex(randomblob(11))),
    "id",
    CAST(CASE WHEN typeof("createdAt") = 'integer'
              THEN strftime('%Y', "createdAt" / 1000, 'unixepoch')
              ELSE strftime('%Y', "createdAt") END AS INTEGER) - 1,
    "employeeCount",
    "annualRevenueWanYuan",
    NULL,
    "createdAt"
FROM "Organization";
