// The statutory sheet of a seller ledger (进货台账 / 销售台账) as printed: title, the enterprise and
// period, and the Chinese columns of the model template — the same table the XLSX and the
// regulator's view carry.
import type { RouterOutputs } from "../../lib/api-types.ts";
import { cellZh } from "../regulator/ledger-cell.ts";

/** Both ledgers' sheets have this shape (`sellers.purchases.sheet`, `sellers.sales.sheet`). */
type Sheet = RouterOutputs["sellers"]["purchases"]["sheet"] | RouterOutputs["sellers"]["sales"]["sheet"];

export function LedgerSheet({ sheet, testId }: { sheet: Sheet; testId: string }) {
  return (
    <article className="print-sheet seller-sheet" data-testid={testId}>
      <h1>{sheet.title}</h1>
      <p>{sheet.subtitle}</p>
      <div className="seller-table-wrap">
        <table className="seller-table">
          <thead>
            <tr>
              {sheet.table.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.zh}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.table.rows.map((r) => (
              <tr key={r.id}>
                {r.cells.map((cell, i) => (
                  <td key={sheet.table.columns[i]?.key ?? i}>{cellZh(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="seller-signatures">
        <span>查验人/记录人签字：</span>
        <span>质量安全员：</span>
        <span>日期：</span>
      </p>
    </article>
  );
}
