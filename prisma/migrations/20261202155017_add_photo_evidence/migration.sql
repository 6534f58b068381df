-- CreateTable
CREATE TABLE "PhotoEvidence" (
    "attachmentId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "capturedAt" DATETIME,
    "latitude" REAL,
    "longitude" REAL,
    "metaSource" TEXT,
    "thumbnail" BLOB,
    CONSTRAINT "PhotoEvidence_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PhotoEvidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PhotoEvidence_organizationId_idx" ON "PhotoEvidence"("organizationId");

-- A photo's receipt, capture time and place are evidence: written once, never changed or deleted.
CREATE TRIGGER "PhotoEvidence_no_delete" BEFORE DELETE ON "PhotoEvidence"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: PhotoEvidence rows are never deleted');
END;

CREATE TRIGGER "PhotoEvidence_no_update" BEFORE UPDATE ON "PhotoEvidence"
BEGIN
  SELECT RAISE(ABORT, 'statutory record: PhotoEvidence rows are never changed');
END;
