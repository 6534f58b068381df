-- anzhi-schema-sha256: a07ec917e6d63cf5c8e95a0b5dd5aa348f8f9cbccb331e8823c363f6140a7dfb
-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.

-- CreateTable
CREATE TABLE "RecordSignature" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "step" TEXT NOT NULL DEFAULT 'record',
    "contentHash" TEXT NOT NULL,
    "signerUserId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "imageSvg" TEXT,
    "typedName" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RecordSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordSignature_organizationId_recordType_recordId_idx" ON "RecordSignature"("organizationId", "recordType", "recordId");

-- AddForeignKey
ALTER TABLE "RecordSignature" ADD CONSTRAINT "RecordSignature_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordSignature" ADD CONSTRAINT "RecordSignature_signerUserId_fkey" FOREIGN KEY ("signerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Triggers (translated from the SQLite migration)
CREATE OR REPLACE FUNCTION "RecordSignature_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RecordSignature rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "RecordSignature_no_delete" ON "RecordSignature";
CREATE TRIGGER "RecordSignature_no_delete" BEFORE DELETE ON "RecordSignature" FOR EACH ROW EXECUTE FUNCTION "RecordSignature_no_delete_fn"();

CREATE OR REPLACE FUNCTION "RecordSignature_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RecordSignature rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "RecordSignature_no_update" ON "RecordSignature";
CREATE TRIGGER "RecordSignature_no_update" BEFORE UPDATE ON "RecordSignature" FOR EACH ROW EXECUTE FUNCTION "RecordSignature_no_update_fn"();
