-- DropIndex
DROP INDEX "IdempotencyKey_organizationId_key_key";

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_apiKeyId_key_key" ON "IdempotencyKey"("apiKeyId", "key");
