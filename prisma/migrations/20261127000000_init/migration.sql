-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "employeeCount" INTEGER NOT NULL,
    "annualRevenueWanYuan" REAL NOT NULL,
    "salesChannel" TEXT,
    "sizeClass" TEXT NOT NULL,
    "scopeRoutesJson" TEXT NOT NULL DEFAULT '[]',
    "legalRepresentative" TEXT,
    "plan" TEXT NOT NULL DEFAULT 'free',
    "workingWeekdays" INTEGER NOT NULL DEFAULT 31,
    "followsPublicHolidays" BOOLEAN NOT NULL DEFAULT true,
    "calendarOverridesJson" TEXT NOT NULL DEFAULT '{"workingDays":[],"restDays":[]}',
    "settingsJson" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deactivatedAt" DATETIME
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastLoginAt" DATETIME,
    "disabledAt" DATETIME
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "activeOrganizationId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "ip" TEXT,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_activeOrganizationId_fkey" FOREIGN KEY ("activeOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "userId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "email" TEXT,
    "rolesJson" TEXT NOT NULL DEFAULT '[]',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "acceptedByUserId" TEXT,
    "revokedAt" DATETIME,
    "createdByUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invitation_acceptedByUserId_fkey" FOREIGN KEY ("acceptedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Invitation_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "rolesJson" TEXT NOT NULL DEFAULT '[]',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "deactivatedAt" DATETIME,
    "deactivatedByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_deactivatedByUserId_fkey" FOREIGN KEY ("deactivatedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "dutyDocAckAt" DATETIME,
    "dutyDocVersion" TEXT,
    "supersedesId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RoleAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleAssignment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "RoleAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RoleAssignment_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppointmentScope" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "roleAssignmentId" TEXT NOT NULL,
    "siteId" TEXT,
    "productId" TEXT,
    "riskItemId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AppointmentScope_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppointmentScope_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppointmentScope_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppointmentScope_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppointmentScope_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'training',
    "trainingDate" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "trainer" TEXT,
    "hours" REAL,
    "assessmentMethod" TEXT,
    "authority" TEXT,
    "authorityRef" TEXT,
    "followUp" TEXT,
    "notes" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingRecord_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingAttendee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "trainingRecordId" TEXT NOT NULL,
    "roleAssignmentId" TEXT,
    "userId" TEXT,
    "personName" TEXT NOT NULL,
    "score" REAL,
    "passed" BOOLEAN,
    "result" TEXT,
    CONSTRAINT "TrainingAttendee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendee_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendee_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "proposedByUserId" TEXT NOT NULL,
    "roleAssignmentId" TEXT,
    "proposerRole" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "productIdsJson" TEXT NOT NULL DEFAULT '[]',
    "batchNosJson" TEXT NOT NULL DEFAULT '[]',
    "hazardId" TEXT,
    "defectDescription" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "signatureMethod" TEXT NOT NULL DEFAULT 'account_confirm',
    "contentHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StaffProposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffProposal_proposedByUserId_fkey" FOREIGN KEY ("proposedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffProposal_roleAssignmentId_fkey" FOREIGN KEY ("roleAssignmentId") REFERENCES "RoleAssignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StaffProposal_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "actionsTaken" TEXT,
    "decidedAt" DATETIME NOT NULL,
    "decidedByUserId" TEXT NOT NULL,
    "signatureMethod" TEXT NOT NULL DEFAULT 'account_confirm',
    "contentHash" TEXT NOT NULL,
    "supersedesId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProposalDecision_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "StaffProposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProposalDecision_decidedByUserId_fkey" FOREIGN KEY ("decidedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProposalDecision_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "ProposalDecision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Site" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "regionCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Site_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "productGroupId" TEXT NOT NULL,
    "subProductId" TEXT,
    "isCustom" BOOLEAN NOT NULL DEFAULT false,
    "siteId" TEXT,
    "scopeRoute" TEXT NOT NULL,
    "standardsJson" TEXT NOT NULL DEFAULT '[]',
    "serviceLife" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Product_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Product_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProductionLicence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "licenceNo" TEXT NOT NULL,
    "province" TEXT,
    "categoryNo" TEXT NOT NULL,
    "productNo" TEXT NOT NULL,
    "serialNo" TEXT NOT NULL,
    "productScope" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issueDate" TEXT NOT NULL,
    "expiryDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "lastVerifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "ProductionLicence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LicenceProduct" (
    "organizationId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("licenceId", "productId"),
    CONSTRAINT "LicenceProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LicenceProduct_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "ProductionLicence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LicenceProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CccCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "certNo" TEXT NOT NULL,
    "productName" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "manufacturerName" TEXT NOT NULL,
    "factoryName" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issueDate" TEXT NOT NULL,
    "expiryDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "standardsJson" TEXT NOT NULL DEFAULT '[]',
    "lastVerifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "CccCertificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CccCertificateProduct" (
    "organizationId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("certificateId", "productId"),
    CONSTRAINT "CccCertificateProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CccCertificateProduct_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "CccCertificate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CccCertificateProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RiskControlList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "nextReviewDue" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RiskControlList_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RiskListVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewTriggersJson" TEXT NOT NULL DEFAULT '[]',
    "effectiveFrom" TEXT NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "approvedByUserId" TEXT,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RiskListVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskListVersion_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RiskControlList" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskListVersion_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskListVersion_approvedByUserId_fkey" FOREIGN KEY ("approvedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RiskControlItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "retiredAt" DATETIME,
    "supersedesId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RiskControlItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskControlItem_listId_fkey" FOREIGN KEY ("listId") REFERENCES "RiskControlList" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskControlItem_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskControlItem_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskControlItem_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "RiskControlItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RiskControlItem_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyCheckRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "reportedAt" DATETIME,
    "remarks" TEXT,
    "signedByUserId" TEXT,
    "signedAt" DATETIME,
    "submittedAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedByUserId" TEXT,
    "reviewedAt" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DailyCheckRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckRun_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckRun_officerUserId_fkey" FOREIGN KEY ("officerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckRun_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckRun_reviewedByUserId_fkey" FOREIGN KEY ("reviewedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyCheckEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "riskItemId" TEXT NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DailyCheckEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckEntry_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DailyCheckRun" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckEntry_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DailyCheckEntry_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecordAmendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changesJson" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "amendedByUserId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecordAmendment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RecordAmendment_amendedByUserId_fkey" FOREIGN KEY ("amendedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WeeklyReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "signedAt" DATETIME,
    "submittedAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "ackByUserId" TEXT,
    "ackAt" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WeeklyReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WeeklyReport_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WeeklyReport_ackByUserId_fkey" FOREIGN KEY ("ackByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MonthlyMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "meetingDate" TEXT NOT NULL,
    "meetingAt" DATETIME,
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
    "signedAt" DATETIME,
    "submittedAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MonthlyMeeting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MonthlyMeeting_chairUserId_fkey" FOREIGN KEY ("chairUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MonthlyMeeting_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "signedAt" DATETIME,
    CONSTRAINT "MeetingAttendee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerName" TEXT,
    "dueDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingDecision_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingPlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "forMonth" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingPlanItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingPlanItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MonthlyMeeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MeetingPlanItem_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Hazard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "hazardNo" TEXT NOT NULL,
    "source" TEXT NOT NULL,
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
    "rectifiedAt" DATETIME,
    "rectificationNote" TEXT,
    "verifiedByUserId" TEXT,
    "verifiedAt" DATETIME,
    "verificationNote" TEXT,
    "closedAt" DATETIME,
    "reportedToRegulator" BOOLEAN NOT NULL DEFAULT false,
    "createdByUserId" TEXT,
    "createdByApiKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Hazard_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_dailyEntryId_fkey" FOREIGN KEY ("dailyEntryId") REFERENCES "DailyCheckEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_weeklyReportId_fkey" FOREIGN KEY ("weeklyReportId") REFERENCES "WeeklyReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_meetingDecisionId_fkey" FOREIGN KEY ("meetingDecisionId") REFERENCES "MeetingDecision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_inspectionRecordId_fkey" FOREIGN KEY ("inspectionRecordId") REFERENCES "InspectionRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_samplingResultId_fkey" FOREIGN KEY ("samplingResultId") REFERENCES "SamplingResult" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskControlItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_rectifiedByUserId_fkey" FOREIGN KEY ("rectifiedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_verifiedByUserId_fkey" FOREIGN KEY ("verifiedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Hazard_createdByApiKeyId_fkey" FOREIGN KEY ("createdByApiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HazardEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "hazardId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorKind" TEXT NOT NULL DEFAULT 'user',
    "note" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HazardEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HazardEvent_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HazardEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "externalId" TEXT,
    "name" TEXT NOT NULL,
    "uscc" TEXT,
    "type" TEXT NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "address" TEXT,
    "mainProducts" TEXT,
    "evaluation" TEXT,
    "approvedOn" TEXT,
    "lastAuditDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "Supplier_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InspectionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "quantity" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "productionDate" TEXT,
    "isKeyComponent" BOOLEAN,
    "inspectedAt" DATETIME NOT NULL,
    "inspectionDate" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "disposition" TEXT,
    "inspector" TEXT NOT NULL,
    "standardNo" TEXT,
    "sampleSize" TEXT,
    "remarks" TEXT,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InspectionRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecord_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InspectionRecordRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshotJson" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "changedByUserId" TEXT,
    "reason" TEXT,
    "supersededAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InspectionRecordRevision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecordRevision_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "InspectionRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecordRevision_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionRecordRevision_changedByUserId_fkey" FOREIGN KEY ("changedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InspectionLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "requirement" TEXT NOT NULL,
    "measured" TEXT NOT NULL,
    "unit" TEXT,
    "result" TEXT NOT NULL,
    CONSTRAINT "InspectionLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "InspectionLine_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "InspectionRecord" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SamplingResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SamplingResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SamplingResult_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SamplingResult_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MajorRiskReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "hazardId" TEXT,
    "agencyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdByUserId" TEXT NOT NULL,
    "submittedByUserId" TEXT,
    "submittedAt" DATETIME,
    "acknowledgedByRegulatorUserId" TEXT,
    "acknowledgedAt" DATETIME,
    "regulatorNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MajorRiskReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MajorRiskReport_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MajorRiskReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MajorRiskReport_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MajorRiskReport_submittedByUserId_fkey" FOREIGN KEY ("submittedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MajorRiskReport_acknowledgedByRegulatorUserId_fkey" FOREIGN KEY ("acknowledgedByRegulatorUserId") REFERENCES "RegulatorUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegulatorAgency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "parentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    CONSTRAINT "RegulatorAgency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "RegulatorAgency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegulatorUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" DATETIME,
    CONSTRAINT "RegulatorUser_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RegulatorUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "ledgers" TEXT NOT NULL,
    "grantedByUserId" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedByUserId" TEXT,
    "note" TEXT,
    CONSTRAINT "AccessGrant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AccessGrant_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AccessGrant_grantedByUserId_fkey" FOREIGN KEY ("grantedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AccessGrant_revokedByUserId_fkey" FOREIGN KEY ("revokedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegulatorReadLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "regulatorUserId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ledger" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "format" TEXT,
    "filtersJson" TEXT NOT NULL DEFAULT '{}',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegulatorReadLog_regulatorUserId_fkey" FOREIGN KEY ("regulatorUserId") REFERENCES "RegulatorUser" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RegulatorReadLog_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "RegulatorAgency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RegulatorReadLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "scopesJson" TEXT NOT NULL DEFAULT '[]',
    "siteId" TEXT,
    "createdByUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedByUserId" TEXT,
    CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiKey_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiKey_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiKey_revokedByUserId_fkey" FOREIGN KEY ("revokedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "key" TEXT NOT NULL,
    "method" TEXT,
    "path" TEXT,
    "requestHash" TEXT NOT NULL,
    "responseStatus" INTEGER NOT NULL,
    "responseBody" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "IdempotencyKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "IdempotencyKey_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedByUserId_fkey" FOREIGN KEY ("uploadedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttachmentLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "purpose" TEXT,
    "createdByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" DATETIME,
    "removedByUserId" TEXT,
    CONSTRAINT "AttachmentLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AttachmentLink_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AttachmentLink_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AttachmentLink_removedByUserId_fkey" FOREIGN KEY ("removedByUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "actorUserId" TEXT,
    "actorKind" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "dataJson" TEXT NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BillingCustomer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BillingCustomer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "stripeSubscriptionId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "priceId" TEXT,
    "currentPeriodEnd" DATETIME,
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BillingEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stripeEventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "organizationId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "refsJson" TEXT NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "dueAt" DATETIME,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_uscc_key" ON "Organization"("uscc");

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
CREATE INDEX "Product_organizationId_productGroupId_idx" ON "Product"("organizationId", "productGroupId");

-- CreateIndex
CREATE INDEX "Product_organizationId_siteId_idx" ON "Product"("organizationId", "siteId");

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
CREATE UNIQUE INDEX "DailyCheckEntry_runId_riskItemId_key" ON "DailyCheckEntry"("runId", "riskItemId");

-- CreateIndex
CREATE INDEX "RecordAmendment_organizationId_at_idx" ON "RecordAmendment"("organizationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "RecordAmendment_entityType_entityId_version_key" ON "RecordAmendment"("entityType", "entityId", "version");

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
CREATE INDEX "InspectionRecord_organizationId_kind_inspectionDate_idx" ON "InspectionRecord"("organizationId", "kind", "inspectionDate");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_result_idx" ON "InspectionRecord"("organizationId", "result");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_updatedAt_idx" ON "InspectionRecord"("organizationId", "updatedAt");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_batchNo_idx" ON "InspectionRecord"("organizationId", "batchNo");

-- CreateIndex
CREATE INDEX "InspectionRecord_organizationId_supplierId_idx" ON "InspectionRecord"("organizationId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionRecord_organizationId_kind_externalId_key" ON "InspectionRecord"("organizationId", "kind", "externalId");

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
CREATE UNIQUE INDEX "IdempotencyKey_organizationId_key_key" ON "IdempotencyKey"("organizationId", "key");

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
CREATE UNIQUE INDEX "BillingCustomer_organizationId_key" ON "BillingCustomer"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCustomer_stripeCustomerId_key" ON "BillingCustomer"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_stripeSubscriptionId_key" ON "Subscription"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "Subscription_organizationId_idx" ON "Subscription"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingEvent_stripeEventId_key" ON "BillingEvent"("stripeEventId");

-- CreateIndex
CREATE INDEX "BillingEvent_organizationId_idx" ON "BillingEvent"("organizationId");

-- CreateIndex
CREATE INDEX "Notification_organizationId_userId_createdAt_idx" ON "Notification"("organizationId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

