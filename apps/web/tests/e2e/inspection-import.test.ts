// An officer on a phone imports the ERP's CSV export of outgoing inspections: the check names the
// bad row and column and stores nothing, the import stores the good record, which the records
// page then lists; then records an incoming inspection of a supplier's lot (docs/decisions/021).
import { describe, expect, it } from "vitest";
import { PHONE } from "./harness.ts";
import { noHorizontalOverflow, startDemoApp } from "./demo.ts";

const app = startDemoApp();

const HEAD =
  "记录编号,产品编码,型号规格,批次号,数量,单位,检验时间,检验结论,检验员,审核人,放行决定,标志核对,检验依据,检验项目,技术要求,实测值,单项判定";
const record = (id: string, qty: string) =>
  [
    `${id},LH4820T,LH-4820T 48V20Ah,${id}-B,${qty},只,2026-11-20 15:00,合格,蒋涛,周建华,放行,合格,GB 43854-2024,外观,无破损,无破损,合格`,
    `${id},LH4820T,LH-4820T 48V20Ah,${id}-B,${qty},只,2026-11-20 15:00,合格,蒋涛,周建华,放行,合格,GB 43854-2024,开路电压,52.0–54.6 V,53.4,合格`,
  ].join("\n");

describe("inspection records from a file, and an incoming record, on a phone", () => {
  it("checks the file naming the bad row, imports the good record, records an incoming lot", async () => {
    const page = await app.signedIn("officer1@demo-battery.anzhi.local", PHONE);
    await page.goto(`${app.baseUrl}/app/inspections/import`);
    const csv = `${HEAD}\n${record("E2E-IMP-1", "120")}\n${record("E2E-IMP-2", "很多")}\n`;
    await page.locator("#imp-file").setInputFiles({ name: "erp.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "检查（不保存）" }).click();
    await page.getByText("检查完成：读取 4 行，共 2 条记录。").waitFor();
    const row = page.getByRole("row", { name: /E2E-IMP-2/ });
    await expect(row.getByRole("cell").allInnerTexts()).resolves.toEqual(["4", "数量", "E2E-IMP-2", "类型不正确"]);
    expect(await noHorizontalOverflow(page)).toBe(true);

    await page.getByRole("button", { name: "导入", exact: true }).click();
    await page.getByText(/导入完成：读取 4 行，共 2 条记录。 新增 1 条/).waitFor();

    await page.goto(`${app.baseUrl}/app/inspections`);
    await page.getByText("E2E-IMP-1-B").first().waitFor();

    await page.goto(`${app.baseUrl}/app/inspections/incoming`);
    await page.getByText("填写进货检验记录").click();
    await page.locator("#in-supplier").selectOption({ label: "江苏恒锐电芯科技有限公司" });
    await page.locator("#in-materialName").fill("21700锂离子电芯");
    await page.locator("#in-specModel").fill("INR21700-50E");
    await page.locator("#in-batchNo").fill("E2E-IN-1");
    await page.locator("#in-quantity").fill("2000");
    await page.locator("#in-unit").fill("只");
    await page.locator("#in-receiptDate").fill("2026-11-19");
    await page.locator("#in-inspectedAt").fill("2026-11-20T09:00");
    await page.locator("#in-standardNo").fill("GB 31241-2022");
    await page.locator("#l0-item").fill("外观");
    await page.locator("#line-result-0").selectOption("fail");
    await page.locator("#in-result").selectOption("fail");
    await page.locator("#in-inspector").fill("蒋涛");
    await page.getByRole("button", { name: "保存记录" }).click();
    await page.getByText("不合格时请选择处置方式").first().waitFor();
    await page.locator("#in-handling").selectOption("return");
    await page.getByRole("button", { name: "保存记录" }).click();
    await page.getByText(/已保存。检验不合格，已生成隐患 YH-/).waitFor();
    await page.getByText("E2E-IN-1").first().waitFor();
    expect(await noHorizontalOverflow(page)).toBe(true);
  });
});
