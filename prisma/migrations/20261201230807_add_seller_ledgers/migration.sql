-- CreateTable
CREATE TABLE "SupplierDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "productScope" TEXT,
    "validUntil" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "SupplierDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SupplierDocument_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PurchaseCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "supplierId" TEXT NOT NULL,
    "productId" TEXT,
    "productName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "purchaseDate" TEXT NOT NULL,
    "manufacturerName" TEXT,
    "productionDate" TEXT,
    "conformityCertificate" TEXT NOT NULL,
    "inspectionReport" TEXT NOT NULL,
    "cccRequired" BOOLEAN NOT NULL DEFAULT false,
    "cccCertNo" TEXT,
    "cccValidUntil" TEXT,
    "xkRequired" BOOLEAN NOT NULL DEFAULT false,
    "xkLicenceNo" TEXT,
    "markingCheck" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "problemsJson" TEXT NOT NULL DEFAULT '[]',
    "checkedBy" TEXT NOT NULL,
    "checkedByUserId" TEXT,
    "remarks" TEXT,
    "hazardId" TEXT,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PurchaseCheck_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PurchaseCheck_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PurchaseCheck_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PurchaseCheck_checkedByUserId_fkey" FOREIGN KEY ("checkedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PurchaseCheck_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PurchaseCheck_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SaleRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "productId" TEXT,
    "productName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "saleDate" TEXT NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerContact" TEXT NOT NULL,
    "buyerUscc" TEXT,
    "destination" TEXT NOT NULL,
    "invoiceNo" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedByUserId" TEXT,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SaleRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SaleRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SupplierDocument_organizationId_supplierId_idx" ON "SupplierDocument"("organizationId", "supplierId");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_purchaseDate_idx" ON "PurchaseCheck"("organizationId", "purchaseDate");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_batchNo_idx" ON "PurchaseCheck"("organizationId", "batchNo");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_supplierId_idx" ON "PurchaseCheck"("organizationId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseCheck_organizationId_externalId_key" ON "PurchaseCheck"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "SaleRecord_organizationId_saleDate_idx" ON "SaleRecord"("organizationId", "saleDate");

-- CreateIndex
CREATE INDEX "SaleRecord_organizationId_batchNo_idx" ON "SaleRecord"("organizationId", "batchNo");

-- CreateIndex
CREATE UNIQUE INDEX "SaleRecord_organizationId_externalId_key" ON "SaleRecord"("organizationId", "externalId");
