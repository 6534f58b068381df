-- A product holds the SET of its routes (docs/decisions/018); licences and CCC certificates hold a
-- structured scope; system-check hazards carry the rule that opened them.
-- Written as ALTER TABLE (ADD / DROP COLUMN) instead of Prisma's table redefinition so that no
-- widely used table is copied; column order differs from a fresh `prisma migrate diff`, which
-- Prisma does not depend on.

-- AlterTable
ALTER TABLE "Hazard" ADD COLUMN "ruleKey" TEXT;
ALTER TABLE "Product" ADD COLUMN "scopeRoutesJson" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "ProductionLicence" ADD COLUMN "scopeJson" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "CccCertificate" ADD COLUMN "modelsJson" TEXT NOT NULL DEFAULT '[]';

-- Migrate data: the one route a product had becomes its set ("none" is the empty set); a licence's
-- free-text scope becomes one unit covering every model of its linked products; the CCC hazards
-- opened so far are the ccc_uncertified rule's, so a re-check does not open them again.
UPDATE "Product" SET "scopeRoutesJson" = json_array("scopeRoute") WHERE "scopeRoute" IN ('xk', 'ccc', 'mandatory_standard');
UPDATE "ProductionLicence" SET "scopeJson" = json_array(json_object('unit', "productScope", 'models', json_array()));
UPDATE "Hazard" SET "ruleKey" = 'ccc_uncertified' WHERE "source" = 'certificate';

ALTER TABLE "Product" DROP COLUMN "scopeRoute";

-- CreateIndex
CREATE INDEX "Hazard_organizationId_ruleKey_productId_idx" ON "Hazard"("organizationId", "ruleKey", "productId");
