-- anzhi-schema-sha256: de64221ca0ae39ed7d209e7bb1a41129df048d0ab23cbcbd014822871c537e47
-- anzhi-sqlite-through: 20261202074526_add_webhooks
-- Baseline written by scripts/new-migration.mjs.
-- The whole schema as of the SQLite migrations through the one named above, with the triggers and hand-written indexes those migrations leave in place.

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "employeeCount" INTEGER NOT NULL,
    "annualRevenueWanYuan" DOUBLE PRECISION NOT NULL,
    "salesChannel" TEXT,
    "sizeClass" TEXT NOT NULL,
    "scopeRoutesJson" TEXT NOT NULL DEFAULT '[]',
    "legalRepresentative" TEXT,
    "plan" TEXT NOT NULL DEFAULT 'free',
    "workingWeekdays" INTEGER NOT NULL DEFAULT 31,
    "followsPublicHolidays" BOOLEAN NOT NULL DEFAULT true,
    "calendarOverridesJson" TEXT NOT NULL DEFAULT '{"workingDays":[],"restDays":[]}',
    "activatedOn" TEXT,
    "settingsJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgSizeFigure" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "employeeCount" INTEGER NOT NULL,
    "annualRevenueWanYuan" DOUBLE PRECISION NOT NULL,
    "reason" TEXT,
    "recordedByUserId" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgSizeFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastLoginAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "activeOrganizationId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "ip" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "issuedVia" TEXT NOT NULL,
    "issuedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT,
    "rolesJson" TEXT NOT NULL DEFAULT '[]',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedByUserId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "rolesJson" TEXT NOT NULL DEFAULT '[]',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "deactivatedAt" TIMESTAMP(3),
    "deactivatedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "userId" TEXT,
    "employment" TEXT NOT NULL,
    "phoneEnc" TEXT NOT NULL,
    "idNumberEnc" TEXT,
    "appointedOn" TEXT NOT NULL,
    "endedOn" TEXT,
    "endReason" TEXT,
    "education" TEXT,
    "professionalTitle" TEXT,
    "yearsExperience" INTEGER,
    "dutyDocAckAt" TIMESTAMP(3),
    "dutyDocVersion" TEXT,
    "supersedesId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentScope" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "roleAssignmentId" TEXT NOT NULL,
    "siteId" TEXT,
    "productId" TEXT,
    "riskItemId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentScope_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'training',
    "trainingDate" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "trainer" TEXT,
    "hours" DOUBLE PRECISION,
    "assessmentMethod" TEXT,
    "authority" TEXT,
    "authorityRef" TEXT,
    "followUp" TEXT,
    "nextDueAt" TEXT,
    "notes" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendee" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "trainingRecordId" TEXT NOT NULL,
    "roleAssignmentId" TEXT,
    "userId" TEXT,
    "personName" TEXT NOT NULL,
    "score" DOUBLE PRECISION,
    "passed" BOOLEAN,
    "result" TEXT,

    CONSTRAINT "TrainingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffProposal" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "proposedByUserId" TEXT NOT NULL,
    "roleAssignmentId" TEXT,
    "proposerRole" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "productIdsJson" TEXT NOT NULL DEFAULT '[]',
    "batchNosJson" TEXT NOT NULL DEFAULT '[]',
    "hazardId" TEXT,
    "defectDescription" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "signatureMethod" TEXT NOT NULL DEFAULT 'account_confirm',
    "contentHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalDecision" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "actionsTaken" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "decidedByUserId" TEXT NOT NULL,
    "signatureMethod" TEXT NOT NULL DEFAULT 'account_confirm',
    "contentHash" TEXT NOT NULL,
    "supersedesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "type" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "regionCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "model" TEXT NOT NULL,
    "productGroupId" TEXT NOT NULL,
    "subProductId" TEXT,
    "isCustom" BOOLEAN NOT NULL DEFAULT false,
    "siteId" TEXT,
    "scopeRoutesJson" TEXT NOT NULL DEFAULT '[]',
    "standardsJson" TEXT NOT NULL DEFAULT '[]',
    "releaseItemsJson" TEXT NOT NULL DEFAULT '[]',
    "serviceLife" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionLicence" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "licenceNo" TEXT NOT NULL,
    "province" TEXT,
    "categoryNo" TEXT NOT NULL,
    "productNo" TEXT NOT NULL,
    "serialNo" TEXT NOT NULL,
    "productScope" TEXT NOT NULL,
    "scopeJson" TEXT NOT NULL DEFAULT '[]',
    "holderName" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issueDate" TEXT NOT NULL,
    "expiryDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "lastVerifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "ProductionLicence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceProduct" (
    "organizationId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceProduct_pkey" PRIMARY KEY ("licenceId","productId")
);

-- CreateTable
CREATE TABLE "CccCertificate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "certNo" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "modelsJson" TEXT NOT NULL DEFAULT '[]',
    "holderName" TEXT NOT NULL,
    "manufacturerName" TEXT NOT NULL,
    "factoryName" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issueDate" TEXT NOT NULL,
    "expiryDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "standardsJson" TEXT NOT NULL DEFAULT '[]',
    "lastVerifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "CccCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CccCertificateProduct" (
    "organizationId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CccCertificateProduct_pkey" PRIMARY KEY ("certificateId","productId")
);

-- CreateTable
CREATE TABLE "RiskControlList" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "nextReviewDue" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RiskControlList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskListVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewTriggersJson" TEXT NOT NULL DEFAULT '[]',
    "effectiveFrom" TEXT NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "approvedByUserId" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskListVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskControlItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "riskCategory" TEXT NOT NULL,
    "riskPoint" TEXT NOT NULL,
    "consequence" TEXT,
    "riskLevel" TEXT,
    "controlMeasure" TEXT NOT NULL,
    "checkMethod" TEXT,
    "acceptanceCriterion" TEXT,
    "frequency" TEXT NOT NULL,
    "trigger" TEXT,
    "responsibleRole" TEXT NOT NULL,
    "responsibleUserId" TEXT,
    "basis" TEXT NOT NULL,
    "catalogItemId" TEXT,
    "productGroupId" TEXT,
    "siteId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "introducedInVersion" INTEGER NOT NULL,
    "retiredInVersion" INTEGER,
    "retiredAt" TIMESTAMP(3),
    "supersedesId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RiskControlItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyCheckRun" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "officerUserId" TEXT NOT NULL,
    "checkDate" TEXT NOT NULL,
    "listVersion" INTEGER NOT NULL,
    "operatingStatus" TEXT NOT NULL DEFAULT 'operating',
    "notOperatingReason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "zeroRisk" BOOLEAN NOT NULL DEFAULT true,
    "hazardSummary" TEXT,
    "measuresTaken" TEXT,
    "reportedTo" TEXT,
    "reportedToUserId" TEXT,
    "reportedAt" TIMESTAMP(3),
    "remarks" TEXT,
    "signedByUserId" TEXT,
    "signedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedByUserId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailyCheckRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyCheckEntry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "riskItemId" TEXT NOT NULL,
    "batchRef" TEXT NOT NULL DEFAULT '',
    "batchLabel" TEXT,
    "seq" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "riskCategory" TEXT NOT NULL,
    "riskPoint" TEXT NOT NULL,
    "controlMeasure" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "note" TEXT,
    "naReason" TEXT,
    "immediateAction" TEXT,
    "hazardId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DailyCheckEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordAmendment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changesJson" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "amendedByUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarAmendment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "wasWorking" BOOLEAN NOT NULL,
    "nowWorking" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "amendedByUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeeklyReport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "isoYear" INTEGER NOT NULL,
    "isoWeek" INTEGER NOT NULL,
    "periodStart" TEXT NOT NULL,
    "periodEnd" TEXT NOT NULL,
    "screeningDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "statsJson" TEXT NOT NULL DEFAULT '{}',
    "participantsJson" TEXT NOT NULL DEFAULT '[]',
    "lastWeekFollowUp" TEXT,
    "hazardsSummary" TEXT,
    "noHazardStatement" TEXT,
    "assessment" TEXT,
    "overallRating" TEXT,
    "measures" TEXT,
    "nextWeekFocus" TEXT,
    "signedByUserId" TEXT,
    "signedAsRole" TEXT,
    "signedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "ackByUserId" TEXT,
    "ackAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeeklyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyMeeting" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "meetingDate" TEXT NOT NULL,
    "meetingAt" TIMESTAMP(3),
    "place" TEXT NOT NULL,
    "chairUserId" TEXT NOT NULL,
    "recorderName" TEXT NOT NULL,
    "reviewJson" TEXT NOT NULL DEFAULT '{}',
    "directorReport" TEXT,
    "mainProblems" TEXT,
    "rectificationProgress" TEXT,
    "unresolvedIssues" TEXT,
    "schedulingMatters" TEXT,
    "otherMatters" TEXT,
    "nextMonthPlan" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "signedByUserId" TEXT,
    "signedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "signedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerName" TEXT,
    "dueDate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTask" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "progressNote" TEXT,
    "progressAt" TIMESTAMP(3),
    "closingNote" TEXT,
    "closedByUserId" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingPlanItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "forMonth" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HazardCounter" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "HazardCounter_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateTable
CREATE TABLE "Hazard" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "hazardNo" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "ruleKey" TEXT,
    "dailyEntryId" TEXT,
    "weeklyReportId" TEXT,
    "meetingDecisionId" TEXT,
    "inspectionRecordId" TEXT,
    "samplingResultId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "stage" TEXT,
    "riskItemId" TEXT,
    "productId" TEXT,
    "siteId" TEXT,
    "severity" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "containment" TEXT,
    "rootCause" TEXT,
    "correctiveAction" TEXT,
    "rectifiedByUserId" TEXT,
    "rectifiedAt" TIMESTAMP(3),
    "rectificationNote" TEXT,
    "evidenceException" TEXT,
    "verifiedByUserId" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verificationNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "reportedToRegulator" BOOLEAN NOT NULL DEFAULT false,
    "createdByUserId" TEXT,
    "createdByApiKeyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hazard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HazardEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "hazardId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorKind" TEXT NOT NULL DEFAULT 'user',
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HazardEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "uscc" TEXT,
    "legacyRegNo" TEXT,
    "type" TEXT NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "address" TEXT,
    "mainProducts" TEXT,
    "evaluation" TEXT,
    "approvedOn" TEXT,
    "lastAuditDate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierDocument" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "productScope" TEXT,
    "validUntil" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SupplierDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PurchaseCheck" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "supplierId" TEXT NOT NULL,
    "productId" TEXT,
    "productName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "purchaseDate" TEXT NOT NULL,
    "manufacturerName" TEXT,
    "productionDate" TEXT,
    "conformityCertificate" TEXT NOT NULL,
    "inspectionReport" TEXT NOT NULL,
    "cccRequired" BOOLEAN NOT NULL DEFAULT false,
    "cccCertNo" TEXT,
    "cccValidUntil" TEXT,
    "xkRequired" BOOLEAN NOT NULL DEFAULT false,
    "xkLicenceNo" TEXT,
    "markingCheck" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "problemsJson" TEXT NOT NULL DEFAULT '[]',
    "checkedBy" TEXT NOT NULL,
    "checkedByUserId" TEXT,
    "remarks" TEXT,
    "hazardId" TEXT,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PurchaseCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SaleRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "productId" TEXT,
    "productName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "saleDate" TEXT NOT NULL,
    "buyerName" TEXT NOT NULL,
    "buyerContact" TEXT NOT NULL,
    "buyerUscc" TEXT,
    "destination" TEXT NOT NULL,
    "invoiceNo" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedByUserId" TEXT,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SaleRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "externalId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "siteId" TEXT,
    "productId" TEXT,
    "supplierId" TEXT,
    "itemName" TEXT NOT NULL,
    "specModel" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "productionDate" TEXT,
    "isKeyComponent" BOOLEAN,
    "inspectedAt" TIMESTAMP(3) NOT NULL,
    "inspectionDate" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "disposition" TEXT,
    "inspector" TEXT NOT NULL,
    "standardNo" TEXT,
    "sampleSize" TEXT,
    "remarks" TEXT,
    "detailsJson" TEXT NOT NULL DEFAULT '{}',
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "event" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "shippedOn" TEXT NOT NULL,
    "consignee" TEXT,
    "inspectionRecordId" TEXT,
    "uninspected" BOOLEAN NOT NULL,
    "hazardId" TEXT,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionImportMapping" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "columnsJson" TEXT NOT NULL DEFAULT '{}',
    "updatedByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionRecordRevision" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshotJson" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "changedByUserId" TEXT,
    "reason" TEXT,
    "supersededAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionRecordRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionLine" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "measured" TEXT NOT NULL,
    "unit" TEXT,
    "result" TEXT NOT NULL,

    CONSTRAINT "InspectionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SamplingResult" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "samplingType" TEXT NOT NULL,
    "organizingAuthority" TEXT NOT NULL,
    "taskNo" TEXT,
    "testingInstitution" TEXT NOT NULL,
    "samplingDate" TEXT NOT NULL,
    "samplingFormNo" TEXT NOT NULL,
    "sampledPartyName" TEXT NOT NULL,
    "sampledPartyUscc" TEXT,
    "samplingStage" TEXT NOT NULL,
    "samplingLocation" TEXT,
    "nominalProducer" TEXT NOT NULL,
    "productId" TEXT,
    "productName" TEXT NOT NULL,
    "brand" TEXT,
    "specModel" TEXT NOT NULL,
    "batchNoOrDate" TEXT NOT NULL,
    "samplingBase" TEXT,
    "sampleQty" TEXT,
    "backupQty" TEXT,
    "sealIntact" BOOLEAN,
    "inspectionBasis" TEXT NOT NULL,
    "reportNo" TEXT NOT NULL,
    "reportDate" TEXT NOT NULL,
    "resultReceivedOn" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "failedItemsJson" TEXT NOT NULL DEFAULT '[]',
    "objectionDeadline" TEXT,
    "objectionFiled" BOOLEAN NOT NULL DEFAULT false,
    "objectionFiledOn" TEXT,
    "objectionResult" TEXT,
    "regulatorOrderNo" TEXT,
    "rectificationDeadline" TEXT,
    "stopSaleOfSameProduct" BOOLEAN,
    "recheckResult" TEXT,
    "publicDisclosureDate" TEXT,
    "publicDisclosureChannel" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SamplingResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MajorRiskReport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "hazardId" TEXT,
    "agencyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "submittedByUserId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "acknowledgedByRegulatorUserId" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "regulatorNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MajorRiskReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulatorAgency" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "RegulatorAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulatorUser" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "RegulatorUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessGrant" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "ledgers" TEXT NOT NULL,
    "grantedByUserId" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedByUserId" TEXT,
    "note" TEXT,

    CONSTRAINT "AccessGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulatorReadLog" (
    "id" TEXT NOT NULL,
    "regulatorUserId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ledger" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "format" TEXT,
    "filtersJson" TEXT NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulatorReadLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopesJson" TEXT NOT NULL DEFAULT '[]',
    "siteId" TEXT,
    "createdByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "revokedByUserId" TEXT,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "key" TEXT NOT NULL,
    "method" TEXT,
    "path" TEXT,
    "requestHash" TEXT NOT NULL,
    "responseStatus" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "purpose" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedByUserId" TEXT,

    CONSTRAINT "AttachmentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "actorUserId" TEXT,
    "actorKind" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "dataJson" TEXT NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" INTEGER,
    "prevHash" TEXT,
    "hash" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingAccount" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "stripeCustomerId" TEXT,
    "stripeSubscriptionId" TEXT,
    "subscriptionStatus" TEXT,
    "plan" TEXT,
    "stripeItemId" TEXT,
    "quantity" INTEGER,
    "collectionMethod" TEXT,
    "currentPeriodEnd" TIMESTAMP(3),
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "pastDueSince" TIMESTAMP(3),
    "invoiceTitle" TEXT,
    "invoiceTaxId" TEXT,
    "invoiceAddressPhone" TEXT,
    "invoiceBankAccount" TEXT,
    "invoiceType" TEXT,
    "invoiceEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BillingAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingInvoice" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "stripeInvoiceId" TEXT NOT NULL,
    "number" TEXT,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "amountDue" INTEGER NOT NULL,
    "amountPaid" INTEGER NOT NULL,
    "hostedInvoiceUrl" TEXT,
    "invoicePdf" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "BillingInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingWebhookEvent" (
    "id" TEXT NOT NULL,
    "stripeEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "organizationId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "error" TEXT,

    CONSTRAINT "BillingWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingGrant" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "sites" INTEGER NOT NULL,
    "validUntil" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BillingGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "refsJson" TEXT NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "dueAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveryPlannedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationDelivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgRobotChannel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "webhookUrlEnc" TEXT NOT NULL,
    "secretEnc" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgRobotChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "eventsJson" TEXT NOT NULL,
    "secretEnc" TEXT NOT NULL,
    "previousSecretEnc" TEXT,
    "previousSecretExpiresAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "fannedOutAt" TIMESTAMP(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "responseStatus" INTEGER,
    "deliveredAt" TIMESTAMP(3),
    "claimToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_uscc_key" ON "Organization"("uscc");

-- CreateIndex
CREATE INDEX "OrgSizeFigure_organizationId_year_recordedAt_idx" ON "OrgSizeFigure"("organizationId", "year", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_userId_createdAt_idx" ON "PasswordReset"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_createdAt_idx" ON "Invitation"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Membership_organizationId_status_idx" ON "Membership"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_supersedesId_key" ON "RoleAssignment"("supersedesId");

-- CreateIndex
CREATE INDEX "RoleAssignment_organizationId_role_endedOn_idx" ON "RoleAssignment"("organizationId", "role", "endedOn");

-- CreateIndex
CREATE INDEX "RoleAssignment_organizationId_userId_idx" ON "RoleAssignment"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "AppointmentScope_organizationId_idx" ON "AppointmentScope"("organizationId");

-- CreateIndex
CREATE INDEX "AppointmentScope_roleAssignmentId_idx" ON "AppointmentScope"("roleAssignmentId");

-- CreateIndex
CREATE INDEX "AppointmentScope_siteId_idx" ON "AppointmentScope"("siteId");

-- CreateIndex
CREATE INDEX "TrainingRecord_organizationId_trainingDate_idx" ON "TrainingRecord"("organizationId", "trainingDate");

-- CreateIndex
CREATE INDEX "TrainingAttendee_organizationId_idx" ON "TrainingAttendee"("organizationId");

-- CreateIndex
CREATE INDEX "TrainingAttendee_trainingRecordId_idx" ON "TrainingAttendee"("trainingRecordId");

-- CreateIndex
CREATE INDEX "TrainingAttendee_roleAssignmentId_idx" ON "TrainingAttendee"("roleAssignmentId");

-- CreateIndex
CREATE INDEX "StaffProposal_organizationId_proposedAt_idx" ON "StaffProposal"("organizationId", "proposedAt");

-- CreateIndex
CREATE INDEX "StaffProposal_organizationId_status_idx" ON "StaffProposal"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalDecision_supersedesId_key" ON "ProposalDecision"("supersedesId");

-- CreateIndex
CREATE INDEX "ProposalDecision_organizationId_decidedAt_idx" ON "ProposalDecision"("organizationId", "decidedAt");

-- CreateIndex
CREATE INDEX "ProposalDecision_proposalId_idx" ON "ProposalDecision"("proposalId");

-- CreateIndex
CREATE INDEX "Site_organizationId_idx" ON "Site"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Site_organizationId_code_key" ON "Site"("organizationId", "code");

-- CreateIndex
CREATE INDEX "Product_organizationId_productGroupId_idx" ON "Product"("organizationId", "productGroupId");

-- CreateIndex
CREATE INDEX "Product_organizationId_siteId_idx" ON "Product"("organizationId", "siteId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organizationId_code_key" ON "Product"("organizationId", "code");

-- CreateIndex
CREATE INDEX "ProductionLicence_organizationId_expiryDate_idx" ON "ProductionLicence"("organizationId", "expiryDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProductionLicence_organizationId_licenceNo_key" ON "ProductionLicence"("organizationId", "licenceNo");

-- CreateIndex
CREATE INDEX "LicenceProduct_organizationId_idx" ON "LicenceProduct"("organizationId");

-- CreateIndex
CREATE INDEX "LicenceProduct_productId_idx" ON "LicenceProduct"("productId");

-- CreateIndex
CREATE INDEX "CccCertificate_organizationId_expiryDate_idx" ON "CccCertificate"("organizationId", "expiryDate");

-- CreateIndex
CREATE INDEX "CccCertificate_organizationId_status_idx" ON "CccCertificate"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CccCertificate_organizationId_certNo_key" ON "CccCertificate"("organizationId", "certNo");

-- CreateIndex
CREATE INDEX "CccCertificateProduct_organizationId_idx" ON "CccCertificateProduct"("organizationId");

-- CreateIndex
CREATE INDEX "CccCertificateProduct_productId_idx" ON "CccCertificateProduct"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskControlList_organizationId_key" ON "RiskControlList"("organizationId");

-- CreateIndex
CREATE INDEX "RiskListVersion_organizationId_idx" ON "RiskListVersion"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskListVersion_listId_version_key" ON "RiskListVersion"("listId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "RiskControlItem_supersedesId_key" ON "RiskControlItem"("supersedesId");

-- CreateIndex
CREATE INDEX "RiskControlItem_organizationId_status_idx" ON "RiskControlItem"("organizationId", "status");

-- CreateIndex
CREATE INDEX "RiskControlItem_listId_introducedInVersion_idx" ON "RiskControlItem"("listId", "introducedInVersion");

-- CreateIndex
CREATE INDEX "RiskControlItem_organizationId_siteId_idx" ON "RiskControlItem"("organizationId", "siteId");

-- CreateIndex
CREATE INDEX "DailyCheckRun_organizationId_checkDate_idx" ON "DailyCheckRun"("organizationId", "checkDate");

-- CreateIndex
CREATE INDEX "DailyCheckRun_organizationId_status_checkDate_idx" ON "DailyCheckRun"("organizationId", "status", "checkDate");

-- CreateIndex
CREATE INDEX "DailyCheckRun_organizationId_siteId_checkDate_idx" ON "DailyCheckRun"("organizationId", "siteId", "checkDate");

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheckRun_organizationId_officerUserId_checkDate_siteId_key" ON "DailyCheckRun"("organizationId", "officerUserId", "checkDate", "siteId");

-- CreateIndex
CREATE INDEX "DailyCheckEntry_organizationId_result_idx" ON "DailyCheckEntry"("organizationId", "result");

-- CreateIndex
CREATE INDEX "DailyCheckEntry_riskItemId_idx" ON "DailyCheckEntry"("riskItemId");

-- CreateIndex
CREATE UNIQUE INDEX "DailyCheckEntry_runId_riskItemId_batchRef_key" ON "DailyCheckEntry"("runId", "riskItemId", "batchRef");

-- CreateIndex
CREATE INDEX "RecordAmendment_organizationId_at_idx" ON "RecordAmendment"("organizationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "RecordAmendment_entityType_entityId_version_key" ON "RecordAmendment"("entityType", "entityId", "version");

-- CreateIndex
CREATE INDEX "CalendarAmendment_organizationId_day_idx" ON "CalendarAmendment"("organizationId", "day");

-- CreateIndex
CREATE INDEX "WeeklyReport_organizationId_status_idx" ON "WeeklyReport"("organizationId", "status");

-- CreateIndex
CREATE INDEX "WeeklyReport_organizationId_periodStart_idx" ON "WeeklyReport"("organizationId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyReport_organizationId_isoYear_isoWeek_key" ON "WeeklyReport"("organizationId", "isoYear", "isoWeek");

-- CreateIndex
CREATE INDEX "MonthlyMeeting_organizationId_status_idx" ON "MonthlyMeeting"("organizationId", "status");

-- CreateIndex
CREATE INDEX "MonthlyMeeting_organizationId_meetingDate_idx" ON "MonthlyMeeting"("organizationId", "meetingDate");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyMeeting_organizationId_month_key" ON "MonthlyMeeting"("organizationId", "month");

-- CreateIndex
CREATE INDEX "MeetingAttendee_organizationId_idx" ON "MeetingAttendee"("organizationId");

-- CreateIndex
CREATE INDEX "MeetingAttendee_meetingId_idx" ON "MeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_organizationId_dueDate_idx" ON "MeetingDecision"("organizationId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_seq_key" ON "MeetingDecision"("meetingId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingTask_decisionId_key" ON "MeetingTask"("decisionId");

-- CreateIndex
CREATE INDEX "MeetingTask_organizationId_status_dueDate_idx" ON "MeetingTask"("organizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "MeetingTask_organizationId_month_idx" ON "MeetingTask"("organizationId", "month");

-- CreateIndex
CREATE INDEX "MeetingPlanItem_organizationId_forMonth_idx" ON "MeetingPlanItem"("organizationId", "forMonth");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingPlanItem_meetingId_seq_key" ON "MeetingPlanItem"("meetingId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Hazard_meetingDecisionId_key" ON "Hazard"("meetingDecisionId");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_status_dueDate_idx" ON "Hazard"("organizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_dueDate_idx" ON "Hazard"("organizationId", "dueDate");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_createdAt_idx" ON "Hazard"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_siteId_idx" ON "Hazard"("organizationId", "siteId");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_severity_idx" ON "Hazard"("organizationId", "severity");

-- CreateIndex
CREATE INDEX "Hazard_dailyEntryId_idx" ON "Hazard"("dailyEntryId");

-- CreateIndex
CREATE INDEX "Hazard_inspectionRecordId_idx" ON "Hazard"("inspectionRecordId");

-- CreateIndex
CREATE INDEX "Hazard_samplingResultId_idx" ON "Hazard"("samplingResultId");

-- CreateIndex
CREATE INDEX "Hazard_organizationId_ruleKey_productId_idx" ON "Hazard"("organizationId", "ruleKey", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "Hazard_organizationId_hazardNo_key" ON "Hazard"("organizationId", "hazardNo");

-- CreateIndex
CREATE INDEX "HazardEvent_hazardId_at_idx" ON "HazardEvent"("hazardId", "at");

-- CreateIndex
CREATE INDEX "HazardEvent_organizationId_at_idx" ON "HazardEvent"("organizationId", "at");

-- CreateIndex
CREATE INDEX "Supplier_organizationId_name_idx" ON "Supplier"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_organizationId_externalId_key" ON "Supplier"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "SupplierDocument_organizationId_supplierId_idx" ON "SupplierDocument"("organizationId", "supplierId");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_purchaseDate_idx" ON "PurchaseCheck"("organizationId", "purchaseDate");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_batchNo_idx" ON "PurchaseCheck"("organizationId", "batchNo");

-- CreateIndex
CREATE INDEX "PurchaseCheck_organizationId_supplierId_idx" ON "PurchaseCheck"("organizationId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseCheck_organizationId_externalId_key" ON "PurchaseCheck"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "SaleRecord_organizationId_saleDate_idx" ON "SaleRecord"("organizationId", "saleDate");

-- CreateIndex
CREATE INDEX "SaleRecord_organizationId_batchNo_idx" ON "SaleRecord"("organizationId", "batchNo");

-- CreateIndex
CREATE UNIQUE INDEX "SaleRecord_organizationId_externalId_key" ON "SaleRecord"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_kind_inspectionDate_idx" ON "InspectionRecord"("organizationId", "kind", "inspectionDate");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_result_idx" ON "InspectionRecord"("organizationId", "result");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_updatedAt_idx" ON "InspectionRecord"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_kind_updatedAt_id_idx" ON "InspectionRecord"("organizationId", "kind", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_batchNo_idx" ON "InspectionRecord"("organizationId", "batchNo");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_supplierId_idx" ON "InspectionRecord"("organizationId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecord_organizationId_kind_externalId_key" ON "InspectionRecord"("organizationId", "kind", "externalId");

-- CreateIndex
CREATE INDEX "Shipment_organizationId_productId_batchNo_idx" ON "Shipment"("organizationId", "productId", "batchNo");

-- CreateIndex
CREATE INDEX "Shipment_organizationId_shippedOn_idx" ON "Shipment"("organizationId", "shippedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_organizationId_externalId_key" ON "Shipment"("organizationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionImportMapping_organizationId_kind_key" ON "InspectionImportMapping"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "InspectionRecordRevision_organizationId_idx" ON "InspectionRecordRevision"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecordRevision_recordId_revision_key" ON "InspectionRecordRevision"("recordId", "revision");

-- CreateIndex
CREATE INDEX "InspectionLine_organizationId_idx" ON "InspectionLine"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionLine_recordId_revision_seq_key" ON "InspectionLine"("recordId", "revision", "seq");

-- CreateIndex
CREATE INDEX "SamplingResult_organizationId_samplingDate_idx" ON "SamplingResult"("organizationId", "samplingDate");

-- CreateIndex
CREATE INDEX "SamplingResult_organizationId_conclusion_idx" ON "SamplingResult"("organizationId", "conclusion");

-- CreateIndex
CREATE UNIQUE INDEX "SamplingResult_organizationId_reportNo_key" ON "SamplingResult"("organizationId", "reportNo");

-- CreateIndex
CREATE INDEX "MajorRiskReport_organizationId_status_idx" ON "MajorRiskReport"("organizationId", "status");

-- CreateIndex
CREATE INDEX "MajorRiskReport_agencyId_status_idx" ON "MajorRiskReport"("agencyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "RegulatorAgency_name_key" ON "RegulatorAgency"("name");

-- CreateIndex
CREATE INDEX "RegulatorAgency_regionCode_idx" ON "RegulatorAgency"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "RegulatorUser_userId_key" ON "RegulatorUser"("userId");

-- CreateIndex
CREATE INDEX "RegulatorUser_agencyId_idx" ON "RegulatorUser"("agencyId");

-- CreateIndex
CREATE INDEX "AccessGrant_organizationId_revokedAt_idx" ON "AccessGrant"("organizationId", "revokedAt");

-- CreateIndex
CREATE INDEX "AccessGrant_agencyId_revokedAt_idx" ON "AccessGrant"("agencyId", "revokedAt");

-- CreateIndex
CREATE INDEX "RegulatorReadLog_organizationId_at_idx" ON "RegulatorReadLog"("organizationId", "at");

-- CreateIndex
CREATE INDEX "RegulatorReadLog_regulatorUserId_at_idx" ON "RegulatorReadLog"("regulatorUserId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_idx" ON "ApiKey"("organizationId");

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_apiKeyId_key_key" ON "IdempotencyKey"("apiKeyId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_organizationId_createdAt_idx" ON "Attachment"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_organizationId_sha256_idx" ON "Attachment"("organizationId", "sha256");

-- CreateIndex
CREATE INDEX "AttachmentLink_organizationId_entityType_entityId_idx" ON "AttachmentLink"("organizationId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AttachmentLink_attachmentId_idx" ON "AttachmentLink"("attachmentId");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_at_idx" ON "AuditEvent"("organizationId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_idx" ON "AuditEvent"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_seq_idx" ON "AuditEvent"("organizationId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "BillingAccount_organizationId_key" ON "BillingAccount"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingAccount_stripeCustomerId_key" ON "BillingAccount"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingAccount_stripeSubscriptionId_key" ON "BillingAccount"("stripeSubscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingInvoice_stripeInvoiceId_key" ON "BillingInvoice"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "BillingInvoice_organizationId_issuedAt_idx" ON "BillingInvoice"("organizationId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BillingWebhookEvent_stripeEventId_key" ON "BillingWebhookEvent"("stripeEventId");

-- CreateIndex
CREATE INDEX "BillingWebhookEvent_organizationId_receivedAt_idx" ON "BillingWebhookEvent"("organizationId", "receivedAt");

-- CreateIndex
CREATE INDEX "BillingGrant_organizationId_validUntil_idx" ON "BillingGrant"("organizationId", "validUntil");

-- CreateIndex
CREATE INDEX "Notification_organizationId_userId_createdAt_idx" ON "Notification"("organizationId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_deliveryPlannedAt_idx" ON "Notification"("deliveryPlannedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "NotificationDelivery_status_nextAttemptAt_idx" ON "NotificationDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "NotificationDelivery_notificationId_idx" ON "NotificationDelivery"("notificationId");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationDelivery_organizationId_channel_key_key" ON "NotificationDelivery"("organizationId", "channel", "key");

-- CreateIndex
CREATE UNIQUE INDEX "OrgRobotChannel_organizationId_channel_key" ON "OrgRobotChannel"("organizationId", "channel");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_organizationId_idx" ON "WebhookEndpoint"("organizationId");

-- CreateIndex
CREATE INDEX "WebhookEvent_fannedOutAt_idx" ON "WebhookEvent"("fannedOutAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_organizationId_createdAt_idx" ON "WebhookEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_claimToken_idx" ON "WebhookDelivery"("claimToken");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_organizationId_createdAt_idx" ON "WebhookDelivery"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- AddForeignKey
ALTER TABLE "OrgSizeFigure" ADD CONSTRAINT "OrgSizeFigure_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgSizeFigure" ADD CONSTRAINT "OrgSizeFigure_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_activeOrganizationId_fkey" FOREIGN KEY ("activeOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginAttempt" ADD CONSTRAINT "LoginAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_issuedByUserId_fkey" FOREIGN KEY ("issuedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_acceptedByUserId_fkey" FOREIGN KEY ("acceptedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_deactivatedByUserId_fkey" FOREIGN KEY ("deactivatedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "RoleAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentScope" ADD CONSTRAINT "AppointmentScope_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentScope" ADD CONSTRAINT "AppointmentScope_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentScope" ADD CONSTRAINT "AppointmentScope_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentScope" ADD CONSTRAINT "AppointmentScope_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentScope" ADD CONSTRAINT "AppointmentScope_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffProposal" ADD CONSTRAINT "StaffProposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffProposal" ADD CONSTRAINT "StaffProposal_proposedByUserId_fkey" FOREIGN KEY ("proposedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffProposal" ADD CONSTRAINT "StaffProposal_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffProposal" ADD CONSTRAINT "StaffProposal_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "StaffProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_decidedByUserId_fkey" FOREIGN KEY ("decidedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "ProposalDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionLicence" ADD CONSTRAINT "ProductionLicence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceProduct" ADD CONSTRAINT "LicenceProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceProduct" ADD CONSTRAINT "LicenceProduct_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "ProductionLicence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceProduct" ADD CONSTRAINT "LicenceProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CccCertificate" ADD CONSTRAINT "CccCertificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CccCertificateProduct" ADD CONSTRAINT "CccCertificateProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CccCertificateProduct" ADD CONSTRAINT "CccCertificateProduct_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "CccCertificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CccCertificateProduct" ADD CONSTRAINT "CccCertificateProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlList" ADD CONSTRAINT "RiskControlList_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskListVersion" ADD CONSTRAINT "RiskListVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskListVersion" ADD CONSTRAINT "RiskListVersion_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RiskControlList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskListVersion" ADD CONSTRAINT "RiskListVersion_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskListVersion" ADD CONSTRAINT "RiskListVersion_approvedByUserId_fkey" FOREIGN KEY ("approvedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RiskControlList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "RiskControlItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskControlItem" ADD CONSTRAINT "RiskControlItem_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_officerUserId_fkey" FOREIGN KEY ("officerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_reportedToUserId_fkey" FOREIGN KEY ("reportedToUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckRun" ADD CONSTRAINT "DailyCheckRun_reviewedByUserId_fkey" FOREIGN KEY ("reviewedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckEntry" ADD CONSTRAINT "DailyCheckEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckEntry" ADD CONSTRAINT "DailyCheckEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DailyCheckRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckEntry" ADD CONSTRAINT "DailyCheckEntry_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyCheckEntry" ADD CONSTRAINT "DailyCheckEntry_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordAmendment" ADD CONSTRAINT "RecordAmendment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordAmendment" ADD CONSTRAINT "RecordAmendment_amendedByUserId_fkey" FOREIGN KEY ("amendedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarAmendment" ADD CONSTRAINT "CalendarAmendment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarAmendment" ADD CONSTRAINT "CalendarAmendment_amendedByUserId_fkey" FOREIGN KEY ("amendedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReport" ADD CONSTRAINT "WeeklyReport_ackByUserId_fkey" FOREIGN KEY ("ackByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyMeeting" ADD CONSTRAINT "MonthlyMeeting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyMeeting" ADD CONSTRAINT "MonthlyMeeting_chairUserId_fkey" FOREIGN KEY ("chairUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyMeeting" ADD CONSTRAINT "MonthlyMeeting_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTask" ADD CONSTRAINT "MeetingTask_closedByUserId_fkey" FOREIGN KEY ("closedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlanItem" ADD CONSTRAINT "MeetingPlanItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlanItem" ADD CONSTRAINT "MeetingPlanItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingPlanItem" ADD CONSTRAINT "MeetingPlanItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HazardCounter" ADD CONSTRAINT "HazardCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_dailyEntryId_fkey" FOREIGN KEY ("dailyEntryId") REFERENCES "DailyCheckEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_weeklyReportId_fkey" FOREIGN KEY ("weeklyReportId") REFERENCES "WeeklyReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_meetingDecisionId_fkey" FOREIGN KEY ("meetingDecisionId") REFERENCES "MeetingDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_inspectionRecordId_fkey" FOREIGN KEY ("inspectionRecordId") REFERENCES "InspectionRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_samplingResultId_fkey" FOREIGN KEY ("samplingResultId") REFERENCES "SamplingResult"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_rectifiedByUserId_fkey" FOREIGN KEY ("rectifiedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_verifiedByUserId_fkey" FOREIGN KEY ("verifiedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_createdByApiKeyId_fkey" FOREIGN KEY ("createdByApiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HazardEvent" ADD CONSTRAINT "HazardEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HazardEvent" ADD CONSTRAINT "HazardEvent_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HazardEvent" ADD CONSTRAINT "HazardEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supplier" ADD CONSTRAINT "Supplier_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierDocument" ADD CONSTRAINT "SupplierDocument_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierDocument" ADD CONSTRAINT "SupplierDocument_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_checkedByUserId_fkey" FOREIGN KEY ("checkedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseCheck" ADD CONSTRAINT "PurchaseCheck_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleRecord" ADD CONSTRAINT "SaleRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleRecord" ADD CONSTRAINT "SaleRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleRecord" ADD CONSTRAINT "SaleRecord_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SaleRecord" ADD CONSTRAINT "SaleRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecord" ADD CONSTRAINT "InspectionRecord_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_inspectionRecordId_fkey" FOREIGN KEY ("inspectionRecordId") REFERENCES "InspectionRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionImportMapping" ADD CONSTRAINT "InspectionImportMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionImportMapping" ADD CONSTRAINT "InspectionImportMapping_updatedByUserId_fkey" FOREIGN KEY ("updatedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecordRevision" ADD CONSTRAINT "InspectionRecordRevision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecordRevision" ADD CONSTRAINT "InspectionRecordRevision_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "InspectionRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecordRevision" ADD CONSTRAINT "InspectionRecordRevision_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionRecordRevision" ADD CONSTRAINT "InspectionRecordRevision_changedByUserId_fkey" FOREIGN KEY ("changedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionLine" ADD CONSTRAINT "InspectionLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionLine" ADD CONSTRAINT "InspectionLine_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "InspectionRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingResult" ADD CONSTRAINT "SamplingResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingResult" ADD CONSTRAINT "SamplingResult_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SamplingResult" ADD CONSTRAINT "SamplingResult_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_submittedByUserId_fkey" FOREIGN KEY ("submittedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorRiskReport" ADD CONSTRAINT "MajorRiskReport_acknowledgedByRegulatorUserId_fkey" FOREIGN KEY ("acknowledgedByRegulatorUserId") REFERENCES "RegulatorUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorAgency" ADD CONSTRAINT "RegulatorAgency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "RegulatorAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorUser" ADD CONSTRAINT "RegulatorUser_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorUser" ADD CONSTRAINT "RegulatorUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_grantedByUserId_fkey" FOREIGN KEY ("grantedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessGrant" ADD CONSTRAINT "AccessGrant_revokedByUserId_fkey" FOREIGN KEY ("revokedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorReadLog" ADD CONSTRAINT "RegulatorReadLog_regulatorUserId_fkey" FOREIGN KEY ("regulatorUserId") REFERENCES "RegulatorUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorReadLog" ADD CONSTRAINT "RegulatorReadLog_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulatorReadLog" ADD CONSTRAINT "RegulatorReadLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_revokedByUserId_fkey" FOREIGN KEY ("revokedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedByUserId_fkey" FOREIGN KEY ("uploadedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentLink" ADD CONSTRAINT "AttachmentLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentLink" ADD CONSTRAINT "AttachmentLink_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentLink" ADD CONSTRAINT "AttachmentLink_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentLink" ADD CONSTRAINT "AttachmentLink_removedByUserId_fkey" FOREIGN KEY ("removedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingAccount" ADD CONSTRAINT "BillingAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingInvoice" ADD CONSTRAINT "BillingInvoice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingGrant" ADD CONSTRAINT "BillingGrant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDelivery" ADD CONSTRAINT "NotificationDelivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgRobotChannel" ADD CONSTRAINT "OrgRobotChannel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgRobotChannel" ADD CONSTRAINT "OrgRobotChannel_updatedByUserId_fkey" FOREIGN KEY ("updatedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One chain position per organisation (the null organisation is a chain of its own; written by hand
-- in the SQLite migration chain_audit_events).
CREATE UNIQUE INDEX "AuditEvent_chain_seq_key" ON "AuditEvent"(COALESCE("organizationId", ''), "seq");

-- Triggers (translated from the SQLite migration)
CREATE OR REPLACE FUNCTION "AuditEvent_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only: AuditEvent rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "AuditEvent_no_delete" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_no_delete_fn"();

CREATE OR REPLACE FUNCTION "AuditEvent_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (
    OLD."hash" IS NULL AND OLD."seq" IS NULL AND OLD."prevHash" IS NULL
      AND NEW."hash" IS NOT NULL AND NEW."seq" IS NOT NULL AND NEW."prevHash" IS NOT NULL
      AND NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."actorUserId" IS NOT DISTINCT FROM OLD."actorUserId"
      AND NEW."actorKind" IS NOT DISTINCT FROM OLD."actorKind"
      AND NEW."apiKeyId" IS NOT DISTINCT FROM OLD."apiKeyId"
      AND NEW."action" IS NOT DISTINCT FROM OLD."action"
      AND NEW."entityType" IS NOT DISTINCT FROM OLD."entityType"
      AND NEW."entityId" IS NOT DISTINCT FROM OLD."entityId"
      AND NEW."dataJson" IS NOT DISTINCT FROM OLD."dataJson"
      AND NEW."ip" IS NOT DISTINCT FROM OLD."ip"
      AND NEW."at" IS NOT DISTINCT FROM OLD."at"
  ) THEN
    RAISE EXCEPTION 'append-only: AuditEvent rows are never changed';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "AuditEvent_no_update" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "AuditEvent_no_update_fn"();

CREATE OR REPLACE FUNCTION "DailyCheckEntry_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: DailyCheckEntry rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "DailyCheckEntry_no_delete" ON "DailyCheckEntry";
CREATE TRIGGER "DailyCheckEntry_no_delete" BEFORE DELETE ON "DailyCheckEntry" FOR EACH ROW EXECUTE FUNCTION "DailyCheckEntry_no_delete_fn"();

CREATE OR REPLACE FUNCTION "DailyCheckEntry_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT r."status" FROM "DailyCheckRun" r WHERE r."id" = OLD."runId") <> 'draft' AND NOT (
    NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."runId" IS NOT DISTINCT FROM OLD."runId"
      AND NEW."riskItemId" IS NOT DISTINCT FROM OLD."riskItemId"
      AND NEW."batchRef" IS NOT DISTINCT FROM OLD."batchRef"
      AND NEW."batchLabel" IS NOT DISTINCT FROM OLD."batchLabel"
      AND NEW."seq" IS NOT DISTINCT FROM OLD."seq"
      AND NEW."stage" IS NOT DISTINCT FROM OLD."stage"
      AND NEW."riskCategory" IS NOT DISTINCT FROM OLD."riskCategory"
      AND NEW."riskPoint" IS NOT DISTINCT FROM OLD."riskPoint"
      AND NEW."controlMeasure" IS NOT DISTINCT FROM OLD."controlMeasure"
      AND NEW."result" IS NOT DISTINCT FROM OLD."result"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
      AND ((
        NEW."hazardId" IS NOT DISTINCT FROM OLD."hazardId"
          AND EXISTS (
            SELECT 1 FROM "RecordAmendment" a JOIN "DailyCheckRun" r ON r."id" = OLD."runId"
            WHERE a."entityType" = 'daily_check_run' AND a."entityId" = r."id" AND a."version" = r."revision" + 1
          )
      ) OR (
        OLD."hazardId" IS NULL
          AND EXISTS (SELECT 1 FROM "Hazard" h WHERE h."id" = NEW."hazardId" AND h."dailyEntryId" = OLD."id")
          AND NEW."note" IS NOT DISTINCT FROM OLD."note" AND NEW."naReason" IS NOT DISTINCT FROM OLD."naReason" AND NEW."immediateAction" IS NOT DISTINCT FROM OLD."immediateAction"
      ))
  ) THEN
    RAISE EXCEPTION 'signed record: DailyCheckEntry changes only by a recorded amendment';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "DailyCheckEntry_signed_immutable" ON "DailyCheckEntry";
CREATE TRIGGER "DailyCheckEntry_signed_immutable" BEFORE UPDATE ON "DailyCheckEntry" FOR EACH ROW EXECUTE FUNCTION "DailyCheckEntry_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "DailyCheckRun_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: DailyCheckRun rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "DailyCheckRun_no_delete" ON "DailyCheckRun";
CREATE TRIGGER "DailyCheckRun_no_delete" BEFORE DELETE ON "DailyCheckRun" FOR EACH ROW EXECUTE FUNCTION "DailyCheckRun_no_delete_fn"();

CREATE OR REPLACE FUNCTION "DailyCheckRun_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'draft' AND NOT (
    NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
      AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'daily_check_run' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
      AND NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."siteId" IS NOT DISTINCT FROM OLD."siteId"
      AND NEW."officerUserId" IS NOT DISTINCT FROM OLD."officerUserId"
      AND NEW."checkDate" IS NOT DISTINCT FROM OLD."checkDate"
      AND NEW."listVersion" IS NOT DISTINCT FROM OLD."listVersion"
      AND NEW."operatingStatus" IS NOT DISTINCT FROM OLD."operatingStatus"
      AND NEW."notOperatingReason" IS NOT DISTINCT FROM OLD."notOperatingReason"
      AND NEW."zeroRisk" IS NOT DISTINCT FROM OLD."zeroRisk"
      AND NEW."reportedTo" IS NOT DISTINCT FROM OLD."reportedTo"
      AND NEW."reportedToUserId" IS NOT DISTINCT FROM OLD."reportedToUserId"
      AND NEW."reportedAt" IS NOT DISTINCT FROM OLD."reportedAt"
      AND NEW."signedByUserId" IS NOT DISTINCT FROM OLD."signedByUserId"
      AND NEW."signedAt" IS NOT DISTINCT FROM OLD."signedAt"
      AND NEW."submittedAt" IS NOT DISTINCT FROM OLD."submittedAt"
      AND NEW."late" IS NOT DISTINCT FROM OLD."late"
      AND NEW."reviewedByUserId" IS NOT DISTINCT FROM OLD."reviewedByUserId"
      AND NEW."reviewedAt" IS NOT DISTINCT FROM OLD."reviewedAt"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
  ) AND NOT (
    NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."siteId" IS NOT DISTINCT FROM OLD."siteId"
      AND NEW."officerUserId" IS NOT DISTINCT FROM OLD."officerUserId"
      AND NEW."checkDate" IS NOT DISTINCT FROM OLD."checkDate"
      AND NEW."listVersion" IS NOT DISTINCT FROM OLD."listVersion"
      AND NEW."operatingStatus" IS NOT DISTINCT FROM OLD."operatingStatus"
      AND NEW."notOperatingReason" IS NOT DISTINCT FROM OLD."notOperatingReason"
      AND NEW."status" IS NOT DISTINCT FROM OLD."status"
      AND NEW."zeroRisk" IS NOT DISTINCT FROM OLD."zeroRisk"
      AND NEW."hazardSummary" IS NOT DISTINCT FROM OLD."hazardSummary"
      AND NEW."measuresTaken" IS NOT DISTINCT FROM OLD."measuresTaken"
      AND NEW."reportedTo" IS NOT DISTINCT FROM OLD."reportedTo"
      AND NEW."reportedToUserId" IS NOT DISTINCT FROM OLD."reportedToUserId"
      AND NEW."reportedAt" IS NOT DISTINCT FROM OLD."reportedAt"
      AND NEW."remarks" IS NOT DISTINCT FROM OLD."remarks"
      AND NEW."signedByUserId" IS NOT DISTINCT FROM OLD."signedByUserId"
      AND NEW."signedAt" IS NOT DISTINCT FROM OLD."signedAt"
      AND NEW."submittedAt" IS NOT DISTINCT FROM OLD."submittedAt"
      AND NEW."late" IS NOT DISTINCT FROM OLD."late"
      AND NEW."revision" IS NOT DISTINCT FROM OLD."revision"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
      AND OLD."reviewedByUserId" IS NULL AND NEW."reviewedByUserId" IS NOT NULL AND NEW."reviewedAt" IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'signed record: DailyCheckRun changes only by a recorded amendment';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "DailyCheckRun_signed_immutable" ON "DailyCheckRun";
CREATE TRIGGER "DailyCheckRun_signed_immutable" BEFORE UPDATE ON "DailyCheckRun" FOR EACH ROW EXECUTE FUNCTION "DailyCheckRun_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "HazardEvent_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: HazardEvent rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "HazardEvent_no_delete" ON "HazardEvent";
CREATE TRIGGER "HazardEvent_no_delete" BEFORE DELETE ON "HazardEvent" FOR EACH ROW EXECUTE FUNCTION "HazardEvent_no_delete_fn"();

CREATE OR REPLACE FUNCTION "HazardEvent_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: HazardEvent rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "HazardEvent_no_update" ON "HazardEvent";
CREATE TRIGGER "HazardEvent_no_update" BEFORE UPDATE ON "HazardEvent" FOR EACH ROW EXECUTE FUNCTION "HazardEvent_no_update_fn"();

CREATE OR REPLACE FUNCTION "Hazard_closed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'closed' AND NOT (
    NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."hazardNo" IS NOT DISTINCT FROM OLD."hazardNo"
      AND NEW."source" IS NOT DISTINCT FROM OLD."source"
      AND NEW."dailyEntryId" IS NOT DISTINCT FROM OLD."dailyEntryId"
      AND NEW."weeklyReportId" IS NOT DISTINCT FROM OLD."weeklyReportId"
      AND NEW."meetingDecisionId" IS NOT DISTINCT FROM OLD."meetingDecisionId"
      AND NEW."inspectionRecordId" IS NOT DISTINCT FROM OLD."inspectionRecordId"
      AND NEW."samplingResultId" IS NOT DISTINCT FROM OLD."samplingResultId"
      AND NEW."title" IS NOT DISTINCT FROM OLD."title"
      AND NEW."description" IS NOT DISTINCT FROM OLD."description"
      AND NEW."stage" IS NOT DISTINCT FROM OLD."stage"
      AND NEW."riskItemId" IS NOT DISTINCT FROM OLD."riskItemId"
      AND NEW."productId" IS NOT DISTINCT FROM OLD."productId"
      AND NEW."siteId" IS NOT DISTINCT FROM OLD."siteId"
      AND NEW."severity" IS NOT DISTINCT FROM OLD."severity"
      AND NEW."ownerUserId" IS NOT DISTINCT FROM OLD."ownerUserId"
      AND NEW."dueDate" IS NOT DISTINCT FROM OLD."dueDate"
      AND NEW."status" IS NOT DISTINCT FROM OLD."status"
      AND NEW."containment" IS NOT DISTINCT FROM OLD."containment"
      AND NEW."rootCause" IS NOT DISTINCT FROM OLD."rootCause"
      AND NEW."correctiveAction" IS NOT DISTINCT FROM OLD."correctiveAction"
      AND NEW."rectifiedByUserId" IS NOT DISTINCT FROM OLD."rectifiedByUserId"
      AND NEW."rectifiedAt" IS NOT DISTINCT FROM OLD."rectifiedAt"
      AND NEW."rectificationNote" IS NOT DISTINCT FROM OLD."rectificationNote"
      AND NEW."verifiedByUserId" IS NOT DISTINCT FROM OLD."verifiedByUserId"
      AND NEW."verifiedAt" IS NOT DISTINCT FROM OLD."verifiedAt"
      AND NEW."verificationNote" IS NOT DISTINCT FROM OLD."verificationNote"
      AND NEW."closedAt" IS NOT DISTINCT FROM OLD."closedAt"
      AND NEW."createdByUserId" IS NOT DISTINCT FROM OLD."createdByUserId"
      AND NEW."createdByApiKeyId" IS NOT DISTINCT FROM OLD."createdByApiKeyId"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
  ) THEN
    RAISE EXCEPTION 'signed record: a closed Hazard is never changed';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "Hazard_closed_immutable" ON "Hazard";
CREATE TRIGGER "Hazard_closed_immutable" BEFORE UPDATE ON "Hazard" FOR EACH ROW EXECUTE FUNCTION "Hazard_closed_immutable_fn"();

CREATE OR REPLACE FUNCTION "Hazard_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: Hazard rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "Hazard_no_delete" ON "Hazard";
CREATE TRIGGER "Hazard_no_delete" BEFORE DELETE ON "Hazard" FOR EACH ROW EXECUTE FUNCTION "Hazard_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MeetingAttendee_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: MeetingAttendee rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingAttendee_no_delete" ON "MeetingAttendee";
CREATE TRIGGER "MeetingAttendee_no_delete" BEFORE DELETE ON "MeetingAttendee" FOR EACH ROW EXECUTE FUNCTION "MeetingAttendee_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MeetingAttendee_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft' THEN
    RAISE EXCEPTION 'signed record: MeetingAttendee rows of signed minutes are never changed';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingAttendee_signed_immutable" ON "MeetingAttendee";
CREATE TRIGGER "MeetingAttendee_signed_immutable" BEFORE UPDATE ON "MeetingAttendee" FOR EACH ROW EXECUTE FUNCTION "MeetingAttendee_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "MeetingDecision_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: MeetingDecision rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingDecision_no_delete" ON "MeetingDecision";
CREATE TRIGGER "MeetingDecision_no_delete" BEFORE DELETE ON "MeetingDecision" FOR EACH ROW EXECUTE FUNCTION "MeetingDecision_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MeetingDecision_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft' THEN
    RAISE EXCEPTION 'signed record: MeetingDecision rows of signed minutes are never changed';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingDecision_signed_immutable" ON "MeetingDecision";
CREATE TRIGGER "MeetingDecision_signed_immutable" BEFORE UPDATE ON "MeetingDecision" FOR EACH ROW EXECUTE FUNCTION "MeetingDecision_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "MeetingPlanItem_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: MeetingPlanItem rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingPlanItem_no_delete" ON "MeetingPlanItem";
CREATE TRIGGER "MeetingPlanItem_no_delete" BEFORE DELETE ON "MeetingPlanItem" FOR EACH ROW EXECUTE FUNCTION "MeetingPlanItem_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MeetingPlanItem_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT m."status" FROM "MonthlyMeeting" m WHERE m."id" = OLD."meetingId") <> 'draft' THEN
    RAISE EXCEPTION 'signed record: MeetingPlanItem rows of signed minutes are never changed';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingPlanItem_signed_immutable" ON "MeetingPlanItem";
CREATE TRIGGER "MeetingPlanItem_signed_immutable" BEFORE UPDATE ON "MeetingPlanItem" FOR EACH ROW EXECUTE FUNCTION "MeetingPlanItem_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "MeetingTask_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: MeetingTask rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "MeetingTask_no_delete" ON "MeetingTask";
CREATE TRIGGER "MeetingTask_no_delete" BEFORE DELETE ON "MeetingTask" FOR EACH ROW EXECUTE FUNCTION "MeetingTask_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MonthlyMeeting_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: MonthlyMeeting rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "MonthlyMeeting_no_delete" ON "MonthlyMeeting";
CREATE TRIGGER "MonthlyMeeting_no_delete" BEFORE DELETE ON "MonthlyMeeting" FOR EACH ROW EXECUTE FUNCTION "MonthlyMeeting_no_delete_fn"();

CREATE OR REPLACE FUNCTION "MonthlyMeeting_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'draft' AND NOT (
    NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
      AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'monthly_meeting' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
      AND NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."month" IS NOT DISTINCT FROM OLD."month"
      AND NEW."meetingDate" IS NOT DISTINCT FROM OLD."meetingDate"
      AND NEW."meetingAt" IS NOT DISTINCT FROM OLD."meetingAt"
      AND NEW."place" IS NOT DISTINCT FROM OLD."place"
      AND NEW."chairUserId" IS NOT DISTINCT FROM OLD."chairUserId"
      AND NEW."recorderName" IS NOT DISTINCT FROM OLD."recorderName"
      AND NEW."reviewJson" IS NOT DISTINCT FROM OLD."reviewJson"
      AND NEW."signedByUserId" IS NOT DISTINCT FROM OLD."signedByUserId"
      AND NEW."signedAt" IS NOT DISTINCT FROM OLD."signedAt"
      AND NEW."submittedAt" IS NOT DISTINCT FROM OLD."submittedAt"
      AND NEW."late" IS NOT DISTINCT FROM OLD."late"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
  ) THEN
    RAISE EXCEPTION 'signed record: MonthlyMeeting changes only by a recorded amendment';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "MonthlyMeeting_signed_immutable" ON "MonthlyMeeting";
CREATE TRIGGER "MonthlyMeeting_signed_immutable" BEFORE UPDATE ON "MonthlyMeeting" FOR EACH ROW EXECUTE FUNCTION "MonthlyMeeting_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "ProposalDecision_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: ProposalDecision rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "ProposalDecision_no_delete" ON "ProposalDecision";
CREATE TRIGGER "ProposalDecision_no_delete" BEFORE DELETE ON "ProposalDecision" FOR EACH ROW EXECUTE FUNCTION "ProposalDecision_no_delete_fn"();

CREATE OR REPLACE FUNCTION "ProposalDecision_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: ProposalDecision rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "ProposalDecision_no_update" ON "ProposalDecision";
CREATE TRIGGER "ProposalDecision_no_update" BEFORE UPDATE ON "ProposalDecision" FOR EACH ROW EXECUTE FUNCTION "ProposalDecision_no_update_fn"();

CREATE OR REPLACE FUNCTION "RecordAmendment_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RecordAmendment rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "RecordAmendment_no_delete" ON "RecordAmendment";
CREATE TRIGGER "RecordAmendment_no_delete" BEFORE DELETE ON "RecordAmendment" FOR EACH ROW EXECUTE FUNCTION "RecordAmendment_no_delete_fn"();

CREATE OR REPLACE FUNCTION "RecordAmendment_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RecordAmendment rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "RecordAmendment_no_update" ON "RecordAmendment";
CREATE TRIGGER "RecordAmendment_no_update" BEFORE UPDATE ON "RecordAmendment" FOR EACH ROW EXECUTE FUNCTION "RecordAmendment_no_update_fn"();

CREATE OR REPLACE FUNCTION "RegulatorReadLog_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RegulatorReadLog rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "RegulatorReadLog_no_delete" ON "RegulatorReadLog";
CREATE TRIGGER "RegulatorReadLog_no_delete" BEFORE DELETE ON "RegulatorReadLog" FOR EACH ROW EXECUTE FUNCTION "RegulatorReadLog_no_delete_fn"();

CREATE OR REPLACE FUNCTION "RegulatorReadLog_no_update_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: RegulatorReadLog rows are never changed';
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "RegulatorReadLog_no_update" ON "RegulatorReadLog";
CREATE TRIGGER "RegulatorReadLog_no_update" BEFORE UPDATE ON "RegulatorReadLog" FOR EACH ROW EXECUTE FUNCTION "RegulatorReadLog_no_update_fn"();

CREATE OR REPLACE FUNCTION "StaffProposal_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: StaffProposal rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "StaffProposal_no_delete" ON "StaffProposal";
CREATE TRIGGER "StaffProposal_no_delete" BEFORE DELETE ON "StaffProposal" FOR EACH ROW EXECUTE FUNCTION "StaffProposal_no_delete_fn"();

CREATE OR REPLACE FUNCTION "StaffProposal_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (
    NEW."status" = 'decided'
      AND NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."proposedByUserId" IS NOT DISTINCT FROM OLD."proposedByUserId"
      AND NEW."roleAssignmentId" IS NOT DISTINCT FROM OLD."roleAssignmentId"
      AND NEW."proposerRole" IS NOT DISTINCT FROM OLD."proposerRole"
      AND NEW."type" IS NOT DISTINCT FROM OLD."type"
      AND NEW."productIdsJson" IS NOT DISTINCT FROM OLD."productIdsJson"
      AND NEW."batchNosJson" IS NOT DISTINCT FROM OLD."batchNosJson"
      AND NEW."hazardId" IS NOT DISTINCT FROM OLD."hazardId"
      AND NEW."defectDescription" IS NOT DISTINCT FROM OLD."defectDescription"
      AND NEW."proposedAt" IS NOT DISTINCT FROM OLD."proposedAt"
      AND NEW."signatureMethod" IS NOT DISTINCT FROM OLD."signatureMethod"
      AND NEW."contentHash" IS NOT DISTINCT FROM OLD."contentHash"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
  ) THEN
    RAISE EXCEPTION 'signed record: StaffProposal changes only from pending to decided';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "StaffProposal_signed_immutable" ON "StaffProposal";
CREATE TRIGGER "StaffProposal_signed_immutable" BEFORE UPDATE ON "StaffProposal" FOR EACH ROW EXECUTE FUNCTION "StaffProposal_signed_immutable_fn"();

CREATE OR REPLACE FUNCTION "WeeklyReport_no_delete_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'statutory record: WeeklyReport rows are never deleted';
  RETURN OLD;
END;
$$;
DROP TRIGGER IF EXISTS "WeeklyReport_no_delete" ON "WeeklyReport";
CREATE TRIGGER "WeeklyReport_no_delete" BEFORE DELETE ON "WeeklyReport" FOR EACH ROW EXECUTE FUNCTION "WeeklyReport_no_delete_fn"();

CREATE OR REPLACE FUNCTION "WeeklyReport_signed_immutable_fn"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'draft' AND NOT (
    NEW."status" = 'amended' AND NEW."revision" = OLD."revision" + 1
      AND EXISTS (SELECT 1 FROM "RecordAmendment" a WHERE a."entityType" = 'weekly_report' AND a."entityId" = OLD."id" AND a."version" = NEW."revision")
      AND NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."isoYear" IS NOT DISTINCT FROM OLD."isoYear"
      AND NEW."isoWeek" IS NOT DISTINCT FROM OLD."isoWeek"
      AND NEW."periodStart" IS NOT DISTINCT FROM OLD."periodStart"
      AND NEW."periodEnd" IS NOT DISTINCT FROM OLD."periodEnd"
      AND NEW."screeningDate" IS NOT DISTINCT FROM OLD."screeningDate"
      AND NEW."statsJson" IS NOT DISTINCT FROM OLD."statsJson"
      AND NEW."participantsJson" IS NOT DISTINCT FROM OLD."participantsJson"
      AND NEW."overallRating" IS NOT DISTINCT FROM OLD."overallRating"
      AND NEW."signedByUserId" IS NOT DISTINCT FROM OLD."signedByUserId"
      AND NEW."signedAt" IS NOT DISTINCT FROM OLD."signedAt"
      AND NEW."submittedAt" IS NOT DISTINCT FROM OLD."submittedAt"
      AND NEW."late" IS NOT DISTINCT FROM OLD."late"
      AND NEW."ackByUserId" IS NOT DISTINCT FROM OLD."ackByUserId"
      AND NEW."ackAt" IS NOT DISTINCT FROM OLD."ackAt"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
      AND NEW."signedAsRole" IS NOT DISTINCT FROM OLD."signedAsRole"
  ) AND NOT (
    NEW."id" IS NOT DISTINCT FROM OLD."id"
      AND NEW."organizationId" IS NOT DISTINCT FROM OLD."organizationId"
      AND NEW."isoYear" IS NOT DISTINCT FROM OLD."isoYear"
      AND NEW."isoWeek" IS NOT DISTINCT FROM OLD."isoWeek"
      AND NEW."periodStart" IS NOT DISTINCT FROM OLD."periodStart"
      AND NEW."periodEnd" IS NOT DISTINCT FROM OLD."periodEnd"
      AND NEW."screeningDate" IS NOT DISTINCT FROM OLD."screeningDate"
      AND NEW."status" IS NOT DISTINCT FROM OLD."status"
      AND NEW."statsJson" IS NOT DISTINCT FROM OLD."statsJson"
      AND NEW."participantsJson" IS NOT DISTINCT FROM OLD."participantsJson"
      AND NEW."lastWeekFollowUp" IS NOT DISTINCT FROM OLD."lastWeekFollowUp"
      AND NEW."hazardsSummary" IS NOT DISTINCT FROM OLD."hazardsSummary"
      AND NEW."noHazardStatement" IS NOT DISTINCT FROM OLD."noHazardStatement"
      AND NEW."assessment" IS NOT DISTINCT FROM OLD."assessment"
      AND NEW."overallRating" IS NOT DISTINCT FROM OLD."overallRating"
      AND NEW."measures" IS NOT DISTINCT FROM OLD."measures"
      AND NEW."nextWeekFocus" IS NOT DISTINCT FROM OLD."nextWeekFocus"
      AND NEW."signedByUserId" IS NOT DISTINCT FROM OLD."signedByUserId"
      AND NEW."signedAt" IS NOT DISTINCT FROM OLD."signedAt"
      AND NEW."submittedAt" IS NOT DISTINCT FROM OLD."submittedAt"
      AND NEW."late" IS NOT DISTINCT FROM OLD."late"
      AND NEW."revision" IS NOT DISTINCT FROM OLD."revision"
      AND NEW."createdAt" IS NOT DISTINCT FROM OLD."createdAt"
      AND NEW."signedAsRole" IS NOT DISTINCT FROM OLD."signedAsRole"
      AND OLD."ackByUserId" IS NULL AND NEW."ackByUserId" IS NOT NULL AND NEW."ackAt" IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'signed record: WeeklyReport changes only by a recorded amendment';
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER IF EXISTS "WeeklyReport_signed_immutable" ON "WeeklyReport";
CREATE TRIGGER "WeeklyReport_signed_immutable" BEFORE UPDATE ON "WeeklyReport" FOR EACH ROW EXECUTE FUNCTION "WeeklyReport_signed_immutable_fn"();
