// XLSX of the 进货台账 and 销售台账 for a filter: the statutory Chinese columns, a title and the
// enterprise and period above them, an RFC 5987 file name.
import type { PurchaseLedgerQuery, SaleLedgerQuery } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { contentDisposition } from "../hazards/xlsx.ts";
import { tableToXlsx } from "../regulator/export.ts";
import { purchaseLedger, purchaseTable, saleLedger, saleTable } from "./ledgers.ts";

export const PURCHASE_LEDGER_TITLE = "进货查验记录（进货台账）";
export const SALE_LEDGER_TITLE = "销售台账";

export interface LedgerFile {
  bytes: Buffer;
  fileName: string;
  contentDisposition: string;
}

/** The statutory sheet of a ledger (title, enterprise and period line, Chinese columns) for the print view. */
export async function purchaseSheet(db: Db, organizationId: string, q: PurchaseLedgerQuery) {
  const table = purchaseTable(await purchaseLedger(db, organizationId, q));
  return { title: PURCHASE_LEDGER_TITLE, subtitle: await orgLine(db, organizationId, q.from, q.to), table };
}

export async function saleSheet(db: Db, organizationId: string, q: SaleLedgerQuery) {
  const table = saleTable(await saleLedger(db, organizationId, q));
  return { title: SALE_LEDGER_TITLE, subtitle: await orgLine(db, organizationId, q.from, q.to), table };
}

async function orgLine(db: Db, organizationId: string, from: string, to: string) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, uscc: true },
  });
  return `企业名称：${org.name}（${org.uscc}）    期间：${from} 至 ${to}`;
}

export async function purchaseLedgerXlsx(db: Db, organizationId: string, q: PurchaseLedgerQuery): Promise<LedgerFile> {
  const table = purchaseTable(await purchaseLedger(db, organizationId, q));
  const bytes = await tableToXlsx(table, PURCHASE_LEDGER_TITLE, await orgLine(db, organizationId, q.from, q.to));
  const fileName = `进货台账_${q.from}_${q.to}.xlsx`;
  return {
    bytes,
    fileName,
    contentDisposition: contentDisposition(fileName, `purchase-ledger_${q.from}_${q.to}.xlsx`),
  };
}

export async function saleLedgerXlsx(db: Db, organizationId: string, q: SaleLedgerQuery): Promise<LedgerFile> {
  const table = saleTable(await saleLedger(db, organizationId, q));
  const bytes = await tableToXlsx(table, SALE_LEDGER_TITLE, await orgLine(db, organizationId, q.from, q.to));
  const fileName = `销售台账_${q.from}_${q.to}.xlsx`;
  return { bytes, fileName, contentDisposition: contentDisposition(fileName, `sales-ledger_${q.from}_${q.to}.xlsx`) };
}
