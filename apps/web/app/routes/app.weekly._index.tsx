// 周排查: the last twelve ISO weeks with their report or their state (due today, overdue), the
// director's way in to file this week's report (or the principal's, where the unit has no director),
// the reports awaiting the principal's 阅 (one tap each), and the XLSX export.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { PeriodListHead, PeriodRowAction, PeriodStatusCell } from "../components/routines/PeriodList.tsx";
import { UnreadList, postedIds } from "../components/routines/UnreadList.tsx";
import styles from "../styles/routines.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("weeklyList");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const unread = hasRole(org, "principal")
    ? (await caller.routines.weekly.unread()).map((u) => ({
        ...u,
        signedText: formatInstant(u.signedAt, org.timeZone),
      }))
    : null;
  return {
    weeks: await caller.routines.weekly.list(),
    canFile: hasRole(org, "director", "principal"),
    unread,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () => caller.routines.weekly.readSign({ ids: postedIds(form) }));
  return result.ok ? { signed: result.value.signed, error: null } : { signed: null, error: result.error };
}

export default function WeeklyList() {
  const { weeks, canFile, unread } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const { t } = useTranslation();
  const first = weeks.at(-1);
  const last = weeks[0];
  return (
    <div className="stack">
      <PeriodListHead
        title={t("routines.weekly.title")}
        lead={t("routines.weekly.lead")}
        exportHref={first && last ? `/app/weekly/export.xlsx?from=${first.start}&to=${last.end}` : null}
      />
      {unread ? (
        <UnreadList
          title={t("routines.weekly.unreadTitle")}
          lead={t("routines.weekly.unreadLead")}
          empty={t("routines.weekly.unreadEmpty")}
          readLabel={t("routines.weekly.readSign")}
          readAllLabel={t("routines.weekly.readSignAll", { count: unread.length })}
          doneMessage={done?.signed != null ? t("routines.weekly.readSigned", { count: done.signed }) : null}
          error={done?.error?.message}
          rows={unread.map((u) => ({
            id: u.id,
            href: `/app/weekly/${u.id}`,
            label: `${u.week}（${u.periodStart} ~ ${u.periodEnd}）`,
            detail: [u.signedByName ?? "", u.signedText].filter(Boolean).join(" · "),
          }))}
        />
      ) : null}
      <div className="table-wrap">
        <table className="routine-table" data-testid="weekly-list">
          <thead>
            <tr>
              <th scope="col">{t("routines.weekly.week")}</th>
              <th scope="col">{t("routines.weekly.period")}</th>
              <th scope="col">{t("routines.common.dueDate")}</th>
              <th scope="col">{t("routines.common.status")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <td>{w.week}</td>
                <td>
                  {w.start} ~ {w.end}
                </td>
                <td>{w.dueDate ?? ""}</td>
                <PeriodStatusCell status={w.status} />
                <PeriodRowAction
                  recordHref={w.report && w.report.status !== "draft" ? `/app/weekly/${w.report.id}` : null}
                  fileHref={canFile && w.status !== "no_working_day" ? `/app/weekly/new?week=${w.week}` : null}
                  fileLabel={t("routines.weekly.fileWeek", { week: w.week })}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
