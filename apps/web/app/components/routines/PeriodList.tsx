// The parts the weekly and the monthly list pages share: the heading with the XLSX export of the
// periods shown, a period's status cell and its way in (open the signed record, or file it).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../lib/api-types.ts";

/** A period's state in the lists (due, overdue, signed …), as `routines.weekly.list` and `.monthly.list` report it. */
export type PeriodStatus =
  | RouterOutputs["routines"]["weekly"]["list"][number]["status"]
  | RouterOutputs["routines"]["monthly"]["list"][number]["status"];

export function PeriodListHead({
  title,
  lead,
  exportHref,
}: {
  title: string;
  lead: string;
  exportHref: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        <p className="muted">{lead}</p>
      </div>
      {exportHref ? (
        <a className="button" href={exportHref} download>
          {t("routines.common.export")}
        </a>
      ) : null}
    </div>
  );
}

export function PeriodStatusCell({ status }: { status: PeriodStatus }) {
  const { t } = useTranslation();
  return <td className={`status-${status}`}>{t(`routines.periodStatus.${status}`)}</td>;
}

/** The last cell of a period's row: its record when there is one, else the way to file it (or nothing). */
export function PeriodRowAction({
  recordHref,
  fileHref,
  fileLabel,
}: {
  recordHref: string | null;
  fileHref: string | null;
  fileLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <td>
      {recordHref ? (
        <Link to={recordHref}>{t("routines.common.open")}</Link>
      ) : fileHref ? (
        <Link className="button" to={fileHref}>
          {fileLabel}
        </Link>
      ) : null}
    </td>
  );
}
