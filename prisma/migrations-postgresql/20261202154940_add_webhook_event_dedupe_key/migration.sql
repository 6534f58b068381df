-- anzhi-schema-sha256: 06ce99e1291b5f9c197e94f927c42219830a8af49233f15e1837d36b4295e3c8
-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.

-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_dedupeKey_key" ON "WebhookEvent"("dedupeKey");
