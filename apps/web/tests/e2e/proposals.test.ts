// 履职记录 and the major-risk report end to end in Chromium on the demo data: an officer files a
// stop-production veto with their handwritten signature (refused without one); the principal's
// rejection without a reason is refused on its field; with a reason it is signed by typed name, and
// the proposal shows both signatures and the time to answer. An officer's
// major hazard gets a pre-filled report that the principal submits; it stays, read-only.
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { drawSignature, shellReady, typeSignature } from "./flows.ts";
import { startDemoApp } from "./demo.ts";

const app = startDemoApp();

describe("proposals and vetoes", () => {
  let proposalUrl = "";

  it("an officer files a signed stop-production veto from a phone", async () => {
    const page = await app.signedIn("officer2@demo-battery.anzhi.local", PHONE);
    await page.goto(`${app.baseUrl}/app/proposals/new`);
    await shellReady(page);
    await page.getByRole("radio", { name: "否决：停止生产" }).check();
    await page.getByLabel("涉及批次").fill("LB20261120-03");
    await page
      .getByLabel("危及安全的缺陷描述 / 建议内容")
      .fill("LB20261120-03 批电芯内阻离散，存在热失控风险，建议立即停产排查");
    await page.getByRole("button", { name: "签署并提交" }).click();
    await page.getByText("请确认以本人账号签署").first().waitFor();
    // a veto is a signing: without the handwritten signature it is refused on the signature field
    await page.getByRole("checkbox", { name: "我确认以上内容属实，以本人账号签署" }).check();
    await page.getByRole("button", { name: "签署并提交" }).click();
    await page.getByTestId("signature-error").waitFor();
    expect(page.url()).toMatch(/\/app\/proposals\/new$/);
    await page.getByRole("checkbox", { name: "我确认以上内容属实，以本人账号签署" }).check();
    const svg = await drawSignature(page, page.getByTestId("signature-field"));
    expect(svg).toContain("<path");
    await page.getByRole("button", { name: "签署并提交" }).click();
    await page.waitForURL((url) => /^\/app\/proposals\/(?!new$)[^/]+$/.test(url.pathname));
    proposalUrl = page.url();
    await page.getByText("已签署，内容不可修改。").waitFor();
    expect(await page.locator("main").textContent()).toContain("待决定");
    await page.getByTestId("proposal-signature").getByRole("img").waitFor();
  });

  it("the principal must give a reason to reject, and the signed decision shows with its time to answer", async () => {
    const page = await app.signedIn("principal@demo-battery.anzhi.local");
    // The veto reached the principal at once, before any scheduler tick (ADR 023).
    await page.goto(`${app.baseUrl}/app/reminders`);
    await shellReady(page);
    await page.getByTestId("reminders").getByText("停止生产建议待你决定（须立即处理）").first().waitFor();
    await page.goto(proposalUrl);
    await shellReady(page);
    await page.getByRole("radio", { name: "不采纳" }).check();
    await page.getByRole("checkbox", { name: "我确认以上决定，以本人账号签署" }).check();
    await typeSignature(page.getByTestId("signature-field"), "周建华");
    await page.getByRole("button", { name: "签署决定" }).click();
    await page.getByText("不采纳时必须填写理由").first().waitFor();
    expect(await page.getByTestId("current-decision").count()).toBe(0);

    await page.getByRole("radio", { name: "不采纳" }).check();
    await page.getByLabel("理由").fill("该批次已由第三方复检合格（报告 CTI-2026-1187）");
    await page.getByRole("checkbox", { name: "我确认以上决定，以本人账号签署" }).check();
    const typed = page.getByTestId("signature-typed");
    if ((await typed.count()) === 0) await typeSignature(page.getByTestId("signature-field"), "周建华");
    else await typed.fill("周建华");
    await page.getByRole("button", { name: "签署决定" }).click();
    await page.getByTestId("current-decision").waitFor();
    const decision = await page.getByTestId("current-decision").textContent();
    expect(decision).toContain("不采纳");
    expect(decision).toContain("周建华");
    expect(decision).toMatch(/小时内答复/);
    expect(await page.locator("main").textContent()).toContain("CTI-2026-1187");
    // both signings show: the officer's drawing on the filing, the principal's typed name on the decision
    await page.getByTestId("proposal-signature").getByRole("img").waitFor();
    expect(await page.getByTestId("decision-signature").first().textContent()).toContain("键入姓名确认：周建华");
  });
});

describe("major-risk report", () => {
  it("a major hazard drafts a pre-filled report that the principal submits", async () => {
    const officer = await app.signedIn("officer1@demo-battery.anzhi.local");
    await officer.goto(`${app.baseUrl}/app/hazards/new`);
    await shellReady(officer);
    await officer.getByLabel("隐患名称").fill("成品电池包外壳阻燃等级不符");
    await officer.getByLabel("隐患描述").fill("抽检发现外壳材料阻燃等级为 V-2，低于 V-0 要求");
    await officer.getByRole("radio", { name: "重大" }).check();
    await officer.getByLabel("临时控制措施（停产/停售/隔离/召回）").fill("已停止该批次出厂并隔离 200 件");
    await officer.getByRole("button", { name: "保存" }).click();
    await officer.waitForURL((url) => /^\/app\/hazards\/(?!new$)[^/]+$/.test(url.pathname));
    await officer.getByRole("heading", { level: 1, name: "成品电池包外壳阻燃等级不符" }).waitFor();
    const reportLink = officer.locator("#hz-report").locator("..").getByRole("link").first();
    await reportLink.waitFor();
    const reportPath = (await reportLink.getAttribute("href")) ?? "";

    const principal = await app.signedIn("principal@demo-battery.anzhi.local");
    await principal.goto(`${app.baseUrl}${reportPath}`);
    await shellReady(principal);
    const content = principal.getByRole("textbox", { name: "报告内容" });
    // Read at once: the server-rendered draft must hold the text exactly (React 18's
    // stream once put a NUL into it, shown as U+FFFD — patches/react-dom@18.3.1.patch).
    expect(await content.inputValue()).toContain("常州锂鸿新能源科技有限公司");
    expect(await content.inputValue()).not.toContain("\u0000");
    expect(await content.inputValue()).not.toContain("\ufffd");
    expect(await content.inputValue()).toContain("已停止该批次出厂并隔离 200 件");
    // Every section must be written before it can be sent (no "（请填写）" left, docs/decisions/024).
    const draft = await content.inputValue();
    const written = draft
      .split("\n")
      .map((line) =>
        line.startsWith("六、")
          ? line.replace("（请填写）", "200 件均在厂内，未流入市场。")
          : line.startsWith("五、")
            ? line.replace("（请填写）", "改用 V-0 阻燃材料，返工批次重新检验后放行")
            : line.replace("（请填写）", "成品电池包 48V20Ah"),
      )
      .join("\n");
    expect(written).not.toContain("（请填写）");
    await content.fill(written);
    await principal.getByRole("checkbox", { name: "我确认报告内容属实，以本人账号签署报送" }).check();
    await principal.getByRole("button", { name: "确认并报送" }).click();
    await principal.getByText("已报送的报告不可修改。").waitFor();
    expect(await principal.locator("main").textContent()).toContain("未流入市场");
    expect(await principal.getByRole("button", { name: "确认并报送" }).count()).toBe(0);
  });
});
