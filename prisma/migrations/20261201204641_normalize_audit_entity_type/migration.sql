-- AuditEvent.entityType mixed model names ("Hazard", "InspectionRecord") with table names
-- ("hazard", "weekly_report"). It is now contracts' AuditEntityType: the snake_case table name.
-- Rewrite the rows written before; the audit trail keeps every row, only the spelling changes.
UPDATE "AuditEvent" SET "entityType" = 'api_key' WHERE "entityType" = 'ApiKey';
UPDATE "AuditEvent" SET "entityType" = 'attachment' WHERE "entityType" = 'Attachment';
UPDATE "AuditEvent" SET "entityType" = 'ccc_certificate' WHERE "entityType" = 'CccCertificate';
UPDATE "AuditEvent" SET "entityType" = 'hazard' WHERE "entityType" = 'Hazard';
UPDATE "AuditEvent" SET "entityType" = 'inspection_record' WHERE "entityType" = 'InspectionRecord';
UPDATE "AuditEvent" SET "entityType" = 'invitation' WHERE "entityType" = 'Invitation';
UPDATE "AuditEvent" SET "entityType" = 'major_risk_report' WHERE "entityType" = 'MajorRiskReport';
UPDATE "AuditEvent" SET "entityType" = 'membership' WHERE "entityType" = 'Membership';
UPDATE "AuditEvent" SET "entityType" = 'organization' WHERE "entityType" = 'Organization';
UPDATE "AuditEvent" SET "entityType" = 'product' WHERE "entityType" = 'Product';
UPDATE "AuditEvent" SET "entityType" = 'production_licence' WHERE "entityType" = 'ProductionLicence';
UPDATE "AuditEvent" SET "entityType" = 'risk_control_item' WHERE "entityType" = 'RiskControlItem';
UPDATE "AuditEvent" SET "entityType" = 'risk_control_list' WHERE "entityType" = 'RiskControlList';
UPDATE "AuditEvent" SET "entityType" = 'risk_list_version' WHERE "entityType" = 'RiskListVersion';
UPDATE "AuditEvent" SET "entityType" = 'role_assignment' WHERE "entityType" = 'RoleAssignment';
UPDATE "AuditEvent" SET "entityType" = 'site' WHERE "entityType" = 'Site';
UPDATE "AuditEvent" SET "entityType" = 'staff_proposal' WHERE "entityType" = 'StaffProposal';
UPDATE "AuditEvent" SET "entityType" = 'supplier' WHERE "entityType" = 'Supplier';
UPDATE "AuditEvent" SET "entityType" = 'training_record' WHERE "entityType" = 'TrainingRecord';
UPDATE "AuditEvent" SET "entityType" = 'user' WHERE "entityType" = 'User';
