-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_kind_updatedAt_id_idx" ON "InspectionRecord"("organizationId", "kind", "updatedAt", "id");
