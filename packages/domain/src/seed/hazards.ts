// Inserts the planned hazards (with the source ids the earlier steps filled in) and their
// lifecycle events, links the daily entries, and adds the veto proposals, the major-risk report
// and the in-app reminders that follow from them.
import type { Prisma } from "@anzhi/db";
import { hazardStepContentHash, type HazardStep } from "../audit/record-hash.ts";
import { writeRecordSignature } from "../signatures/record-signatures.ts";
import { hazardStatus, type HazardSpec } from "./hazard-plan.ts";
import type { RegulatorSeed } from "./regulator.ts";
import type { OrgSeed, RiskListSeed, SeedCtx } from "./types.ts";
import { addDays, at, atLocal, json, newId, sha256 } from "./util.ts";

export async function createHazards(
  ctx: SeedCtx,
  orgs: OrgSeed[],
  lists: Map<string, RiskListSeed>,
  hazards: HazardSpec[],
): Promise<Map<string, string>> {
  const { tx } = ctx;
  const ids = new Map<string, string>();
  const rows: Prisma.HazardCreateManyInput[] = [];
  const events: Prisma.HazardEventCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  for (const h of hazards) {
    const org = orgs.find((o) => o.key === h.orgKey);
    if (!org) throw new Error(`seed: org ${h.orgKey}`);
    const id = newId();
    ids.set(h.hazardNo + h.orgKey, id);
    const riskItem = lists.get(org.id)?.items.find((i) => i.catalogItemId === h.riskCatalogItemId);
    const status = hazardStatus(h);
    const byApi = h.createdByUserId === null;
    const steps: Array<{
      from: string | null;
      to: string;
      action: string;
      actor: string | null;
      at: Date | null;
      note: string | null;
    }> = [
      { from: null, to: "open", action: "create", actor: h.createdByUserId, at: h.detectedAt, note: h.description },
      {
        from: "open",
        to: "rectifying",
        action: "start",
        actor: h.ownerUserId,
        at: h.startedAt,
        note: h.containment ?? h.correctiveAction,
      },
      {
        from: "rectifying",
        to: "awaiting_verification",
        action: "submit_rectification",
        actor: h.rectifiedBy,
        at: h.rectifiedAt,
        note: h.rectificationNote,
      },
      {
        from: "awaiting_verification",
        to: "closed",
        action: "verify_pass",
        actor: h.verifiedBy,
        at: h.verifiedAt,
        note: "验证整改有效，同意销号",
      },
    ];
    let last = h.detectedAt;
    for (const s of steps) {
      if (!s.at) break;
      last = s.at;
      const kind = s.actor === null ? (byApi ? "api_key" : "system") : "user";
      events.push({
        organizationId: org.id,
        hazardId: id,
        fromStatus: s.from,
        toStatus: s.to,
        action: s.action,
        actorUserId: s.actor,
        actorKind: kind,
        note: s.note,
        at: s.at,
      });
      audits.push({
        organizationId: org.id,
        actorUserId: s.actor,
        actorKind: kind,
        apiKeyId: kind === "api_key" ? org.apiKeyId : null,
        action: `hazard.${s.action}`,
        entityType: "hazard",
        entityId: id,
        dataJson: json({ hazardNo: h.hazardNo, from: s.from, to: s.to }),
        at: s.at,
      });
    }
    rows.push({
      id,
      organizationId: org.id,
      hazardNo: h.hazardNo,
      source: h.source,
      dailyEntryId: h.refs.dailyEntryId ?? null,
      weeklyReportId: h.refs.weeklyReportId ?? null,
      meetingDecisionId: h.refs.meetingDecisionId ?? null,
      inspectionRecordId: h.refs.inspectionRecordId ?? null,
      samplingResultId: h.refs.samplingResultId ?? null,
      title: h.title,
      description: h.description,
      stage: h.stage,
      riskItemId: riskItem?.id ?? null,
      productId: h.productKey ? (org.products.get(h.productKey) ?? null) : null,
      siteId: h.siteId,
      severity: h.severity,
      ownerUserId: h.ownerUserId,
      dueDate: h.dueDate,
      status,
      containment: h.containment,
      rootCause: h.rootCause,
      correctiveAction: h.correctiveAction,
      rectifiedByUserId: h.rectifiedBy,
      rectifiedAt: h.rectifiedAt,
      rectificationNote: h.rectificationNote,
      verifiedByUserId: h.verifiedBy,
      verifiedAt: h.verifiedAt,
      verificationNote: h.verifiedAt ? "现场复核整改有效" : null,
      closedAt: h.verifiedAt,
      reportedToRegulator: h.severity === "major" || h.source === "supervision_sampling",
      createdByUserId: h.createdByUserId,
      createdByApiKeyId: byApi ? org.apiKeyId : null,
      createdAt: h.detectedAt,
      updatedAt: last,
    });
  }
  const missingSource = hazards.find((x) => Object.values(x.refs).every((v) => v === undefined));
  if (missingSource)
    throw new Error(`seed: hazard ${missingSource.orgKey}/${missingSource.hazardNo} has no source record`);
  await tx.hazard.createMany({ data: rows });
  await tx.hazardEvent.createMany({ data: events });
  await tx.auditEvent.createMany({ data: audits });
  // The rectifier and the verifier signed their steps by typed name (docs/decisions/032), through
  // the product's own path: each signature bound to the hash of its step as the lifecycle writes it.
  for (const [i, spec] of hazards.entries()) {
    const hazardId = rows[i]?.id;
    const org = orgs.find((o) => o.key === spec.orgKey);
    if (!hazardId || !org) continue;
    const signed: Array<[HazardStep, string | null, Date | null]> = [
      ["rectification", spec.rectifiedBy, spec.rectifiedAt],
      ["verification", spec.verifiedBy, spec.verifiedAt],
    ];
    for (const [step, signer, when] of signed) {
      if (signer === null || when === null) continue;
      await writeRecordSignature(
        tx,
        {
          organizationId: org.id,
          recordType: "hazard",
          recordId: hazardId,
          step,
          contentHash: await hazardStepContentHash(tx, hazardId, step),
        },
        signer,
        { method: "typed", typedName: org.people.names.get(signer) ?? "" },
        when,
      );
    }
  }
  for (const [i, spec] of hazards.entries()) {
    const hazardId = rows[i]?.id;
    if (spec.refs.dailyEntryId && hazardId)
      await tx.dailyCheckEntry.update({
        where: { id: spec.refs.dailyEntryId },
        data: { hazardId, updatedAt: spec.detectedAt },
      });
  }
  return ids;
}

/** Veto proposals (one adopted, one rejected with its reason), the major-risk report and reminders. */
export async function createFollowUps(
  ctx: SeedCtx,
  battery: OrgSeed,
  hardware: OrgSeed,
  hazards: HazardSpec[],
  hazardIds: Map<string, string>,
  regulator: RegulatorSeed,
): Promise<void> {
  const { tx } = ctx;
  const idOf = (spec: HazardSpec | undefined) => (spec ? (hazardIds.get(spec.hazardNo + spec.orgKey) ?? null) : null);
  const major = hazards.find((x) => x.orgKey === "battery" && x.severity === "major");
  const majorId = idOf(major);
  if (major && majorId) {
    const day = major.detectedAt;
    const proposalId = newId();
    const proposal = {
      type: "stop_production",
      productIds: [battery.products.get("pack20")],
      defect: "成品电池组中混有非认证型号电芯，存在热失控起火风险",
      at: new Date(day.getTime() + 30 * 60_000),
    };
    await tx.staffProposal.create({
      data: {
        id: proposalId,
        organizationId: battery.id,
        proposedByUserId: battery.people.director,
        proposerRole: "director",
        type: proposal.type,
        productIdsJson: json(proposal.productIds),
        batchNosJson: json([`LH4820-${ctx.workingDays.at(-2)?.slice(2).replaceAll("-", "") ?? ""}-00`]),
        hazardId: majorId,
        defectDescription: proposal.defect,
        proposedAt: proposal.at,
        contentHash: sha256(json(proposal)),
        status: "decided",
        createdAt: proposal.at,
      },
    });
    const decidedAt = new Date(day.getTime() + 90 * 60_000);
    const decision = { decision: "adopted", reason: "同意立即停止LH-4820T生产并隔离库存，组织供方追溯排查", decidedAt };
    await signSeeded(ctx, battery, "staff_proposal", proposalId, "record", battery.people.director, proposal.at);
    const batteryDecision = await tx.proposalDecision.create({
      data: {
        organizationId: battery.id,
        proposalId,
        decision: decision.decision,
        reason: decision.reason,
        actionsTaken: major.containment,
        decidedAt,
        decidedByUserId: battery.people.principal,
        contentHash: sha256(json(decision)),
        createdAt: decidedAt,
      },
      select: { id: true },
    });
    await signSeeded(
      ctx,
      battery,
      "proposal_decision",
      batteryDecision.id,
      "decision",
      battery.people.principal,
      decidedAt,
    );
    const submittedAt = atLocal(at(ctx.workingDays, -2), 17, 0);
    await tx.majorRiskReport.create({
      data: {
        organizationId: battery.id,
        hazardId: majorId,
        agencyId: regulator.agencyId,
        status: "submitted",
        title: "关于LH-4820T电池组混入非认证型号电芯的重大质量安全风险报告",
        content: `${major.description}\n已采取措施：${major.containment ?? ""}\n下一步：追溯电芯供方批次，完成全部库存逐只核查，结果另行报告。`,
        createdByUserId: battery.people.director,
        submittedByUserId: battery.people.principal,
        submittedAt,
        createdAt: new Date(day.getTime() + 3 * 3600_000),
        updatedAt: submittedAt,
      },
    });
  }
  // Seller: a stop-sales proposal the principal rejected, with the reason on file.
  const sellerProposalAt = atLocal(at(ctx.workingDays, -20), 11, 0);
  const sellerProposal = {
    type: "stop_sales",
    product: hardware.products.get("ebike"),
    defect: "疑似旧国标车型混入在售库存",
  };
  const sellerProposalId = newId();
  await tx.staffProposal.create({
    data: {
      id: sellerProposalId,
      organizationId: hardware.id,
      proposedByUserId: at(hardware.people.officers, 0).userId,
      proposerRole: "officer",
      type: "stop_sales",
      productIdsJson: json([sellerProposal.product]),
      batchNosJson: json(["YQ2510-0387"]),
      defectDescription: "门店库存YQ-TDT1258Z车辆铭牌执行标准显示为GB 17761-2018，疑似旧国标车型，建议停止销售该型号。",
      proposedAt: sellerProposalAt,
      contentHash: sha256(json(sellerProposal)),
      status: "decided",
      createdAt: sellerProposalAt,
    },
  });
  const rejectedAt = atLocal(at(ctx.workingDays, -19), 9, 30);
  const rejection = {
    decision: "rejected",
    reason: "经核查该批车辆已取得GB 17761-2024新标准CCC证书，铭牌为门店临时标签打印错误，已更换正确铭牌，无需停售。",
  };
  const sellerOfficer = at(hardware.people.officers, 0).userId;
  await signSeeded(ctx, hardware, "staff_proposal", sellerProposalId, "record", sellerOfficer, sellerProposalAt);
  const hardwareDecision = await tx.proposalDecision.create({
    data: {
      organizationId: hardware.id,
      proposalId: sellerProposalId,
      decision: rejection.decision,
      reason: rejection.reason,
      actionsTaken: "更换门店临时标签；供货者出具新标准CCC证书复印件（盖章）存档",
      decidedAt: rejectedAt,
      decidedByUserId: hardware.people.principal,
      contentHash: sha256(json(rejection)),
      createdAt: rejectedAt,
    },
    select: { id: true },
  });
  await signSeeded(
    ctx,
    hardware,
    "proposal_decision",
    hardwareDecision.id,
    "decision",
    hardware.people.principal,
    rejectedAt,
  );

  const find = (org: "battery" | "hardware", status: string, overdue = false) =>
    hazards.find((x) => x.orgKey === org && hazardStatus(x) === status && (!overdue || x.dueDate < ctx.today));
  const overdue = find("battery", "open", true);
  const toVerify = find("battery", "awaiting_verification");
  const sellerToVerify = find("hardware", "awaiting_verification");
  const reminders: Prisma.NotificationCreateManyInput[] = [];
  const remind = (
    org: OrgSeed,
    userId: string,
    kind: string,
    title: string,
    spec: HazardSpec | undefined,
    dueAt: Date | null,
  ) => {
    const entityId = idOf(spec);
    reminders.push({
      organizationId: org.id,
      userId,
      kind,
      title,
      entityType: entityId ? "hazard" : null,
      entityId,
      dedupeKey: `${kind}:${entityId ?? title}`,
      dueAt,
      createdAt: ctx.now,
    });
  };
  if (overdue)
    remind(
      battery,
      overdue.ownerUserId,
      "hazard_overdue",
      `隐患${overdue.hazardNo}已超过整改期限`,
      overdue,
      atLocal(overdue.dueDate, 23, 59),
    );
  if (toVerify)
    remind(battery, battery.people.director, "hazard_verify", `隐患${toVerify.hazardNo}待验证`, toVerify, null);
  if (sellerToVerify)
    remind(
      hardware,
      hardware.people.director,
      "hazard_verify",
      `隐患${sellerToVerify.hazardNo}待验证`,
      sellerToVerify,
      null,
    );
  remind(
    battery,
    battery.people.director,
    "certificate_expiring",
    "CCC证书（LH-4824T）将于20天后到期",
    undefined,
    atLocal(addDays(ctx.today, 20), 23, 59),
  );
  for (const o of battery.people.officers)
    remind(
      battery,
      o.userId,
      "daily_missing",
      "今日每日质量安全检查记录尚未提交",
      undefined,
      atLocal(ctx.today, 23, 59),
    );
  await tx.notification.createMany({
    // Demo reminders are shown in the app only: marked planned, the outbox sends nothing for them.
    data: reminders.map((r) => ({
      ...r,
      dedupeKey: `${r.dedupeKey ?? ""}:${r.userId}:${ctx.today}`,
      deliveryPlannedAt: ctx.now,
    })),
  });
}

/**
 * The seeded proposal's or decision's typed-name signature (docs/decisions/032), bound to the hash
 * stored on the row — filing or deciding without one is no longer something the product does.
 */
async function signSeeded(
  ctx: SeedCtx,
  org: OrgSeed,
  recordType: "staff_proposal" | "proposal_decision",
  recordId: string,
  step: "record" | "decision",
  signerUserId: string,
  signedAt: Date,
): Promise<void> {
  const { tx } = ctx;
  const row =
    recordType === "staff_proposal"
      ? await tx.staffProposal.findUniqueOrThrow({ where: { id: recordId }, select: { contentHash: true } })
      : await tx.proposalDecision.findUniqueOrThrow({ where: { id: recordId }, select: { contentHash: true } });
  await writeRecordSignature(
    tx,
    { organizationId: org.id, recordType, recordId, step, contentHash: row.contentHash },
    signerUserId,
    { method: "typed", typedName: org.people.names.get(signerUserId) ?? "" },
    signedAt,
  );
}
