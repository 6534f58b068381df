-- AlterTable
ALTER TABLE "RoleAssignment" ADD COLUMN "education" TEXT;
ALTER TABLE "RoleAssignment" ADD COLUMN "professionalTitle" TEXT;
ALTER TABLE "RoleAssignment" ADD COLUMN "yearsExperience" INTEGER;

-- AlterTable
ALTER TABLE "TrainingRecord" ADD COLUMN "nextDueAt" TEXT;
