// The routines end to end in Chromium on the demo data (password anzhi-demo-2026): on a phone the
// officer completes today's check with a photo and one problem, and the hazard appears in the
// ledger; on a desktop the director files the weekly report with that hazard pre-filled, the
// principal signs the monthly minutes with four decisions (rows added and removed on the page), one
// of which becomes a task, and the print views of the three records render. The server runs on the real clock, so "today" is the real date.
import { describe, expect, it } from "vitest";
import { DESKTOP, PHONE } from "./harness.ts";
import { drawSignature, drawSignatureWithFinger, shellReady, typeSignature } from "./flows.ts";
import { PNG_1PX as PNG, startDemoApp } from "./demo.ts";

const app = startDemoApp();
const ORG = "demo-battery.anzhi.local";
const problemNote = "E2E：成品库湿度 82%，超出 ≤75% 要求";
let hazardNo = "";

describe("daily control on a phone", () => {
  it("the officer checks every item with a photo and one problem, signs, and the hazard is in the ledger", async () => {
    const page = await app.signedIn(`officer1@${ORG}`, PHONE);
    await page.goto(`${app.baseUrl}/app/today`);
    await shellReady(page);
    const cards = page.getByTestId("item-card");
    const total = await cards.count();
    expect(total).toBeGreaterThan(2);
    await expect(page.getByTestId("progress").first().textContent()).resolves.toBe(`已完成 0/${total}`);

    const first = cards.nth(0);
    await first.getByRole("radio", { name: "正常" }).check();
    await first.getByLabel("现场照片").setInputFiles({ name: "scene.png", mimeType: "image/png", buffer: PNG });
    await first.getByRole("button", { name: "保存此项" }).click();
    await page.getByTestId("photo-count").first().waitFor();
    await expect(page.getByTestId("photo-count").first().textContent()).resolves.toBe("已上传 1 张照片");

    const second = page.getByTestId("item-card").nth(1);
    await second.getByRole("radio", { name: "发现问题" }).check();
    await second.getByLabel("检查情况").fill(problemNote);
    await second.getByLabel("采取的防范措施").fill("开启除湿机，隔离受潮批次");
    await second.getByRole("button", { name: "保存此项" }).click();
    const opened = page.getByRole("link", { name: /已登记隐患 YH-\d{4}-\d{4}/ });
    await opened.waitFor();
    hazardNo = /YH-\d{4}-\d{4}/.exec((await opened.textContent()) ?? "")?.[0] ?? "";
    expect(hazardNo).not.toBe("");

    await page.getByRole("button", { name: "其余项目全部正常" }).click();
    await page
      .getByTestId("progress")
      .first()
      .filter({ hasText: `${total}/${total}` })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // With a problem the officer names whom it was reported to (the report time is shown, now).
    await page.getByTestId("reported-to").first().selectOption({ index: 1 });
    // 签字 is a handwritten signature: drawn with a finger on the pad in the sign bar, on the
    // 390 px phone, without the stroke scrolling the page.
    const signed = await drawSignatureWithFinger(page, page.locator(".sign-bar").first());
    expect(signed.svg).toMatch(/^<svg[\s\S]*<path/);
    expect(signed.scrolled).toBe(0);
    await page.getByTestId("sign-submit").first().click();
    await page.getByTestId("signed-banner").first().waitFor();

    // the signed record in its statutory layout (the print view)
    await page.getByRole("link", { name: "查看记录" }).first().click();
    await page.getByTestId("print-doc").waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("每日质量安全检查记录");
    await expect(page.getByTestId("print-doc").textContent()).resolves.toContain(hazardNo);
    // the drawn signature is on the officer's signature line, covering the record as signed
    const mark = page.getByTestId("signature-mark").first();
    await expect(mark.getByRole("img", { name: /的手写签名$/ }).getAttribute("src")).resolves.toMatch(
      /^data:image\/svg\+xml/,
    );
    expect(await mark.textContent()).not.toContain("不覆盖当前内容");

    await page.goto(`${app.baseUrl}/app/hazards`);
    await expect(page.getByTestId("hazard-ledger").textContent()).resolves.toContain(hazardNo);
    await page.context().close();
  });
});

/** The director's form for the first week still to file, its figures loaded. */
async function openWeeklyForm() {
  const page = await app.signedIn(`director@${ORG}`, DESKTOP);
  await page.goto(`${app.baseUrl}/app/weekly`);
  await page
    .getByRole("link", { name: /^填写 \d{4}-W\d{2} 报告$/ })
    .first()
    .click();
  await page.getByTestId("week-figures").waitFor();
  return page;
}

describe("weekly screening and monthly scheduling on a desktop", () => {
  it("the browser checks the weekly form with its intent schema before posting: a blank section is named, nothing is sent", async () => {
    const page = await openWeeklyForm();
    await shellReady(page);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await page.getByLabel("本周质量安全管理情况评价").fill("总体受控");
    await page.getByRole("button", { name: "签字提交" }).click();
    const field = page.locator(".field", { has: page.getByLabel("上周问题整改核实情况") });
    await expect(field.getByRole("alert").textContent()).resolves.toBe("必填");
    await expect(
      page
        .locator(".field", { has: page.getByLabel("下周工作重点") })
        .getByRole("alert")
        .textContent(),
    ).resolves.toBe("必填");
    expect(page.url()).toMatch(/\/app\/weekly\/new\?week=/);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("the director files this week's report with the officer's hazard pre-filled, and its print view renders", async () => {
    expect(hazardNo).not.toBe("");
    const page = await openWeeklyForm();
    await expect(page.getByTestId("week-problems").textContent()).resolves.toContain(hazardNo);
    await page.getByLabel("上周问题整改核实情况").fill("上周问题已全部复核");
    // The week has a finding, so the form asks for no "nothing found" statement (docs/decisions/024).
    expect(await page.getByLabel(/未发现风险隐患的说明/).count()).toBe(0);
    await page.getByLabel("本周质量安全管理情况评价").fill("总体受控");
    await page.getByLabel("下周工作重点").fill("跟踪成品库湿度整改");
    // two hazards found in the screening: rows added on the page, each a hazard of its own
    const addHazard = page.getByRole("button", { name: "添加一项新发现的隐患" });
    for (const [i, text] of ["消防通道堆放纸箱", "灭火器压力不足"].entries()) {
      await addHazard.click();
      const row = page.getByTestId("hazard-rows").locator("li").nth(i);
      await row.getByLabel("隐患描述").fill(text);
      await row.getByLabel("整改措施").fill("当班清理并复查");
      await row.getByLabel("整改期限").fill("2099-12-31");
    }
    // the director signs by hand (pointer events on the pad), and the print view shows it
    expect(await drawSignature(page, page.getByTestId("signature-field"))).toMatch(/^<svg[\s\S]*<path/);
    await page.getByRole("button", { name: "签字提交" }).click();
    await page.waitForURL(/\/app\/weekly\/(?!new)[^/?]+$/);
    await page.getByTestId("print-doc").waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("每周质量安全排查治理报告");
    const doc = (await page.getByTestId("print-doc").textContent()) ?? "";
    expect(doc).toContain(hazardNo);
    expect(doc).toContain("消防通道堆放纸箱");
    expect(doc).toContain("灭火器压力不足");
    expect(doc).toContain("王立新");
    await expect(
      page
        .getByTestId("signature-mark")
        .first()
        .getByRole("img", { name: /^王立新 的手写签名$/ })
        .getAttribute("src"),
    ).resolves.toMatch(/^data:image\/svg\+xml/);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-bar").isVisible()).toBe(false);
    expect(await page.getByTestId("print-doc").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    // a signed report is corrected only by an amendment that keeps the original and says why
    await page.locator("summary", { hasText: "提交更正" }).click();
    await page.getByLabel("下周工作重点").fill("跟踪成品库湿度整改，并复查包装线");
    await page.getByLabel("更正原因").fill("补充下周重点");
    await page.getByRole("button", { name: "提交更正" }).click();
    await page.getByTestId("amendment").first().waitFor();
    const amendment = (await page.getByTestId("amendment").first().textContent()) ?? "";
    expect(amendment).toContain("补充下周重点");
    expect(amendment).toContain("跟踪成品库湿度整改");
    expect(amendment).toContain("并复查包装线");

    // the weekly row is now signed; the reminders list opens from the header
    await page.goto(`${app.baseUrl}/app/weekly`);
    await expect(page.getByTestId("weekly-list").textContent()).resolves.toMatch(/已签字/);
    await page.getByTestId("reminders-badge").click();
    await page.getByRole("heading", { level: 1, name: "提醒" }).waitFor();
    await page.context().close();
  });

  it("the principal signs the monthly minutes; a decision with an owner becomes a task in the task ledger, not a hazard", async () => {
    const page = await app.signedIn(`principal@${ORG}`, DESKTOP);
    await page.goto(`${app.baseUrl}/app/monthly`);
    await page
      .getByRole("link", { name: /^填写 \d{4}-\d{2} 会议纪要$/ })
      .first()
      .click();
    await page.getByTestId("month-review").waitFor();
    await page.getByLabel("会议地点").fill("一号会议室");
    await page.getByLabel("记录人").fill("王记录");
    await page.getByLabel("质量安全总监工作汇报").fill("本月日管控基本落实");
    await page.getByLabel("本月排查主要问题").fill("成品库湿度超标");
    await page.getByLabel("本月整改方案落实情况").fill("除湿机已安装");
    await page.getByLabel("决定 1", { exact: true }).fill("成品库加装温湿度在线监测");
    await page.getByLabel("责任人（指定后进入调度任务台账）").first().selectOption({ label: "王立新" });
    await page.getByLabel("完成期限").first().fill("2099-12-31");
    await page.getByLabel("下月重点工作安排（每行一项）").fill("每周抽查成品库温湿度记录\n组织消防演练");
    // Decisions are a list the principal grows and shrinks, from the keyboard too: "add" moves the
    // focus into the new row, "remove" takes out that row only.
    const add = page.getByRole("button", { name: "添加一项决定" });
    await add.focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("d1-content");
    await page.keyboard.type("修订成品库管理制度");
    await add.click();
    await page.getByLabel("决定 3", { exact: true }).fill("临时动议（撤回）");
    await add.click();
    await page.getByRole("button", { name: "删除决定 3" }).click();
    await add.click();
    await expect(page.getByTestId("decision-rows").locator("li").count()).resolves.toBe(4);
    await page.getByLabel("决定 3", { exact: true }).fill("组织全员质量安全培训");
    // the fourth row is still blank: it is named, nothing is posted
    await page.getByRole("button", { name: "签字提交" }).click();
    await expect(page.getByTestId("decision-rows").locator("li").nth(3).getByRole("alert").textContent()).resolves.toBe(
      "必填",
    );
    expect(page.url()).toMatch(/\/app\/monthly\/new/);
    await page.getByLabel("决定 4", { exact: true }).fill("更换过期灭火器");
    await typeSignature(page.getByTestId("signature-field"), "周建华");
    await page.getByRole("button", { name: "签字提交" }).click();
    await page.waitForURL(/\/app\/monthly\/(?!new)[^/?]+$/);
    await page.getByTestId("print-doc").waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("每月质量安全调度会议纪要");
    const decisions = await page.getByTestId("decisions").locator("li").allTextContents();
    expect(decisions.map((d) => d.split("（")[0])).toEqual([
      "成品库加装温湿度在线监测",
      "修订成品库管理制度",
      "组织全员质量安全培训",
      "更换过期灭火器",
    ]);
    await expect(page.getByTestId("print-doc").textContent()).resolves.toContain("周建华");
    await expect(page.getByTestId("signature-mark").first().textContent()).resolves.toContain("周建华");
    await page.goto(`${app.baseUrl}/app/tasks`);
    await page.getByTestId("tasks").waitFor();
    await expect(page.getByTestId("tasks").textContent()).resolves.toContain("成品库加装温湿度在线监测");
    await page.goto(`${app.baseUrl}/app/hazards`);
    await expect(page.getByTestId("hazard-ledger").textContent()).resolves.not.toContain("成品库加装温湿度在线监测");
    await page.context().close();
  });
});
