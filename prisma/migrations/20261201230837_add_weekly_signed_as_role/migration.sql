-- AlterTable
ALTER TABLE "WeeklyReport" ADD COLUMN "signedAsRole" TEXT;
