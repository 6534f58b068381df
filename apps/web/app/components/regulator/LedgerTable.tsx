// A granted ledger as a read-only table: translated headers (the Chinese statutory header is the
// cell's title), one row per record; statutory records link to their print layout. Dates and
// numbers never wrap; on a phone each row is a card whose cells carry their header (CSS).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useCellWords } from "./ledger-cell.ts";

/** A ledger as the portal reads it: column keys with their Chinese headers, and cells (ledger-cell.ts). */
export type TableData = Pick<RouterOutputs["regulator"]["ledger"], "columns" | "rows">;

/** Columns holding a date, a period or a number: kept on one line. */
const ONE_LINE = /(At|Date|date|^week|^month|^period|No|Hours)$/;

export function LedgerTable({
  table,
  caption,
  recordHref,
}: {
  table: TableData;
  caption: string;
  recordHref?: ((id: string) => string) | undefined;
}) {
  const { t } = useTranslation();
  const words = useCellWords();
  if (table.rows.length === 0) return <p className="notice">{t("regulator.detail.empty")}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="reg-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" title={c.zh}>
                {t(`regulator.col.${c.key}`, { defaultValue: c.zh })}
              </th>
            ))}
            {recordHref ? (
              <th scope="col" className="visually-hidden">
                {t("regulator.detail.openRecord")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.id}>
              {r.cells.map((c, i) => {
                const col = table.columns[i];
                return (
                  <td
                    key={col?.key ?? i}
                    data-label={col ? t(`regulator.col.${col.key}`, { defaultValue: col.zh }) : undefined}
                    className={col && ONE_LINE.test(col.key) ? "reg-nowrap" : undefined}
                  >
                    {words(c)}
                  </td>
                );
              })}
              {recordHref && r.record === false ? (
                <td />
              ) : recordHref ? (
                <td>
                  <Link
                    to={recordHref(r.id)}
                    aria-label={`${t("regulator.detail.openRecord")} ${words(r.cells[0] ?? "")}`}
                  >
                    {t("regulator.detail.openRecord")}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
