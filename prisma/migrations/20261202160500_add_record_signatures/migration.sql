-- CreateTable
CREATE TABLE "RecordSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "step" TEXT NOT NULL DEFAULT 'record',
    "contentHash" TEXT NOT NULL,
    "signerUserId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "imageSvg" TEXT,
    "typedName" TEXT,
    "signedAt" DATETIME NOT NULL,
    CONSTRAINT "RecordSignature_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RecordSignature_signerUserId_fkey" FOREIGN KEY ("signerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RecordSignature_organizationId_recordType_recordId_idx" ON "RecordSignature"("organizationId", "recordType", "recordId");

-- Statutory (docs/decisions/032): a signature is never changed or deleted.
CREATE TRIGGER "RecordSignature_no_delete" BEFORE DELETE ON "RecordSignature"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RecordSignature rows are never deleted');
END;

CREATE TRIGGER "RecordSignature_no_update" BEFORE UPDATE ON "RecordSignature"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: RecordSignature rows are never changed');
END;
