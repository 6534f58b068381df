-- The 出厂检验项目 a product's standard requires on every batch (docs/decisions/018). Written as
-- ALTER TABLE ADD COLUMN instead of Prisma's table redefinition (column order is not relied on).

-- AlterTable
ALTER TABLE "Product" ADD COLUMN "releaseItemsJson" TEXT NOT NULL DEFAULT '[]';
