// An officer records a factory (出厂) inspection on a phone from the demo producer's product: the
// form starts from the product's test items, an incomplete record is refused with the missing
// field named, the complete one is listed; a shipment of an uninspected batch is flagged.
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { noHorizontalOverflow, startDemoApp } from "./demo.ts";

const app = startDemoApp();

describe("outgoing inspections on a phone", () => {
  it("refuses an incomplete record naming the field, stores the complete one, flags an uninspected shipment", async () => {
    const page = await app.signedIn("officer1@demo-battery.anzhi.local", PHONE);
    await page.goto(`${app.baseUrl}/app/inspections`);
    await page.getByText("填写出厂检验记录").click();
    await page
      .getByLabel("产品", { exact: true })
      .first()
      .selectOption({ label: "电动自行车用锂离子蓄电池（LH-4820T 48V20Ah）" });
    await page.getByRole("button", { name: "载入检验项目" }).click();
    await page.locator("#i-batchNo").fill("E2E-0001");
    await page.locator("#i-quantity").fill("120");
    await page.locator("#i-unit").fill("只");
    await page.locator("#i-inspectedAt").fill("2026-11-20T15:00");
    await page.locator("#i-inspector").fill("蒋涛");
    await page.getByRole("button", { name: "保存记录" }).click();
    await page.getByText("请填写审核（批准放行）人").first().waitFor();
    await page.locator("#i-approver").fill("周建华");
    await page.getByLabel("放行决定").selectOption("released");
    await page.getByLabel("标志核对（CCC标志、型号与证书一致）").selectOption("pass");
    await page.getByRole("button", { name: "保存记录" }).click();
    await page.getByText("已保存出厂检验记录。").waitFor();
    await page.getByText("E2E-0001").first().waitFor();
    expect(await noHorizontalOverflow(page)).toBe(true);

    await page.getByText("登记放行或发货").click();
    await page.locator("#s-product").selectOption({ label: "电动自行车用锂离子蓄电池（LH-4820T 48V20Ah）" });
    await page.locator("#s-batchNo").fill("E2E-NONE");
    await page.locator("#s-quantity").fill("10");
    await page.locator("#s-unit").fill("只");
    await page.locator("#s-shippedOn").fill("2026-11-21");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText(/已标记为未检验出厂，隐患 YH-/).waitFor();
  });
});
