// 月调度: the last six months with their minutes or their state (due today, overdue), the
// principal's way in to file this month's minutes, and the XLSX export.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { PeriodListHead, PeriodRowAction, PeriodStatusCell } from "../components/routines/PeriodList.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("monthlyList");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  return { months: await caller.routines.monthly.list(), canFile: hasRole(org, "principal") };
}

export default function MonthlyList() {
  const { months, canFile } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const first = months.at(-1);
  const last = months[0];
  return (
    <div className="stack">
      <PeriodListHead
        title={t("routines.monthly.title")}
        lead={t("routines.monthly.lead")}
        exportHref={
          first && last
            ? `/app/monthly/export.xlsx?from=${first.month}-01&to=${last.dueDate ?? `${last.month}-28`}`
            : null
        }
      />
      <div className="table-wrap">
        <table className="routine-table" data-testid="monthly-list">
          <thead>
            <tr>
              <th scope="col">{t("routines.monthly.month")}</th>
              <th scope="col">{t("routines.common.dueDate")}</th>
              <th scope="col">{t("routines.common.status")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <td>{m.month}</td>
                <td>{m.dueDate ?? ""}</td>
                <PeriodStatusCell status={m.status} />
                <PeriodRowAction
                  recordHref={m.meeting ? `/app/monthly/${m.meeting.id}` : null}
                  fileHref={canFile ? `/app/monthly/new?month=${m.month}` : null}
                  fileLabel={t("routines.monthly.fileMonth", { month: m.month })}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
