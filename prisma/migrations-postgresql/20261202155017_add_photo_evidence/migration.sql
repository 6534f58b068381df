-- anzhi-schema-sha256: dae7a46492a0f092a1e6fea46d47b3488e167861e966a99d9ebc8922ae42a3ee
-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.

-- CreateTable
CREATE TABLE "PhotoEvidence" (
    "attachmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "metaSource" TEXT,
    "thumbnail" BYTEA,

    CONSTRAINT "PhotoEvidence_pkey" PRIMARY KEY ("attachmentId")
);

-- CreateIndex
CREATE INDEX "PhotoEvidence_organizationId_idx" ON "PhotoEvidence"("organizationId");

-- AddForeignKey
ALTER TABLE "PhotoEvidence" ADD CONSTRAINT "PhotoEvidence_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhotoEvidence" ADD CONSTRAINT "PhotoEvidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Triggers (translated from the SQLite migration)
CREATE OR REPLACE FUNCTION "PhotoEvidence_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: PhotoEvidence rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "PhotoEvidence_no_delete" ON "PhotoEvidence";
CREATE TRIGGER "PhotoEvidence_no_delete" BEFORE DELETE ON "PhotoEvidence" FOR EACH ROW EXECUTE FUNCTION "PhotoEvidence_no_delete_fn"();

CREATE OR REPLACE FUNCTION "PhotoEvidence_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: PhotoEvidence rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "PhotoEvidence_no_update" ON "PhotoEvidence";
CREATE TRIGGER "PhotoEvidence_no_update" BEFORE UPDATE ON "PhotoEvidence" FOR EACH ROW EXECUTE FUNCTION "PhotoEvidence_no_update_fn"();
