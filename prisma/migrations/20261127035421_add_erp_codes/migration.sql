-- AlterTable
ALTER TABLE "Site" ADD COLUMN "code" TEXT;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN "code" TEXT;

-- AlterTable
ALTER TABLE "Supplier" ADD COLUMN "legacyRegNo" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InspectionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "externalId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "siteId" TEXT,
    "productId" TEXT,
    "supplierId" TEXT,
    "itemName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "productionDate" TEXT,
    "isKeyComponent" BOOLEAN,
    "inspectedAt" DATETIME NOT NULL,
    "inspectionDate" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "disposition" TEXT,
    "inspector" TEXT NOT NULL,
    "standardNo" TEXT,
    "sampleSize" TEXT,
    "remarks" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InspectionRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_InspectionRecord" ("apiKeyId", "batchNo", "contentHash", "createdAt", "createdByUserId", "disposition", "externalId", "id", "inspectedAt", "inspectionDate", "inspector", "isKeyComponent", "itemName", "kind", "organizationId", "productId", "productionDate", "quantity", "remarks", "result", "revision", "sampleSize", "siteId", "source", "specModel", "standardNo", "supplierId", "unit", "updatedAt") SELECT "apiKeyId", "batchNo", "contentHash", "createdAt", "createdByUserId", "disposition", "externalId", "id", "inspectedAt", "inspectionDate", "inspector", "isKeyComponent", "itemName", "kind", "organizationId", "productId", "productionDate", "quantity", "remarks", "result", "revision", "sampleSize", "siteId", "source", "specModel", "standardNo", "supplierId", "unit", "updatedAt" FROM "InspectionRecord";
DROP TABLE "InspectionRecord";
ALTER TABLE "new_InspectionRecord" RENAME TO "InspectionRecord";
CREATE INDEX "InspectionRecord_organizationId_kind_inspectionDate_idx" ON "InspectionRecord"("organizationId", "kind", "inspectionDate");
CREATE INDEX "InspectionRecord_organizationId_result_idx" ON "InspectionRecord"("organizationId", "result");
CREATE INDEX "InspectionRecord_organizationId_updatedAt_idx" ON "InspectionRecord"("organizationId", "updatedAt");
CREATE INDEX "InspectionRecord_organizationId_batchNo_idx" ON "InspectionRecord"("organizationId", "batchNo");
CREATE INDEX "InspectionRecord_organizationId_supplierId_idx" ON "InspectionRecord"("organizationId", "supplierId");
CREATE UNIQUE INDEX "InspectionRecord_organizationId_kind_externalId_key" ON "InspectionRecord"("organizationId", "kind", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Site_organizationId_code_key" ON "Site"("organizationId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_code_key" ON "Product"("organizationId", "code");
