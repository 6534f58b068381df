// 日管控记录: every officer × working day of a date range — on time, late, not operating or
// MISSED (never blank) — with links to the signed records and the XLSX export of the range; for the
// director (or the principal carrying the director's duties) the records awaiting 阅, one tap each.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { addDays } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { formatInstant } from "../lib/format.ts";
import { FormAlert } from "../components/Field.tsx";
import { UnreadList, postedIds } from "../components/routines/UnreadList.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("dailyList");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const params = new URL(request.url).searchParams;
  const today = org.today;
  const from = params.get("from") || addDays(today, -13);
  const to = params.get("to") || today;
  const result = await attempt(request, () => caller.routines.daily.ledger({ from, to }));
  const unread = hasRole(org, "director", "principal")
    ? (await caller.routines.daily.unread()).map((u) => ({ ...u, signedText: formatInstant(u.signedAt, org.timeZone) }))
    : null;
  return {
    from,
    to,
    rows: result.ok ? result.value.slice().reverse() : [],
    error: result.ok ? null : result.error,
    unread,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () => caller.routines.daily.readSign({ ids: postedIds(form) }));
  return result.ok ? { signed: result.value.signed, error: null } : { signed: null, error: result.error };
}

export default function DailyLedger() {
  const { from, to, rows, error, unread } = useLoaderData<typeof loader>();
  const done = useActionData<typeof action>();
  const { t } = useTranslation();
  const loading = useIsPending({}, { state: "loading" });
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1>{t("routines.daily.title")}</h1>
          <p className="muted">{t("routines.daily.lead")}</p>
        </div>
      </div>
      <Form method="get" className="other-day" aria-label={t("routines.daily.filter")}>
        <label htmlFor="d-from">{t("routines.common.from")}</label>
        <input id="d-from" type="date" name="from" defaultValue={from} />
        <label htmlFor="d-to">{t("routines.common.to")}</label>
        <input id="d-to" type="date" name="to" defaultValue={to} />
        <button type="submit" disabled={loading}>
          {t("routines.daily.filter")}
        </button>
        <a className="button" href={`/app/daily/export.xlsx?from=${from}&to=${to}`} download>
          {t("routines.common.export")}
        </a>
      </Form>
      {unread ? (
        <UnreadList
          title={t("routines.daily.unreadTitle")}
          lead={t("routines.daily.unreadLead")}
          empty={t("routines.daily.unreadEmpty")}
          readLabel={t("routines.daily.readSign")}
          readAllLabel={t("routines.daily.readSignAll", { count: unread.length })}
          doneMessage={done?.signed != null ? t("routines.daily.readSigned", { count: done.signed }) : null}
          error={done?.error?.message}
          rows={unread.map((u) => ({
            id: u.id,
            href: `/app/daily/${u.id}`,
            label: `${u.checkDate} · ${u.siteName} · ${u.officerName}`,
            detail: [
              u.operatingStatus === "not_operating"
                ? t("routines.dayStatus.not_operating")
                : u.zeroRisk
                  ? t("routines.daily.zeroRisk")
                  : t("routines.daily.hazardSummary"),
              u.late ? t("routines.common.late") : "",
              u.signedText,
            ]
              .filter(Boolean)
              .join(" · "),
          }))}
        />
      ) : null}
      <FormAlert message={error?.message} />
      <div className="table-wrap">
        <table className="routine-table" data-testid="daily-ledger">
          <thead>
            <tr>
              <th scope="col">{t("routines.daily.date")}</th>
              <th scope="col">{t("routines.daily.officer")}</th>
              <th scope="col">{t("routines.common.status")}</th>
              <th scope="col">{t("routines.daily.site")}</th>
              <th scope="col">{t("routines.daily.problems")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.date}-${r.officerUserId}`}>
                <td>{r.date}</td>
                <td>{r.officerName}</td>
                <td className={`status-${r.status}`}>{t(`routines.dayStatus.${r.status}`)}</td>
                <td>
                  {r.runs.map((run) => (
                    <Link key={run.id} to={`/app/daily/${run.id}`}>
                      {run.siteName}
                      {run.status === "amended" ? `（${t("routines.common.amended")}）` : ""}
                    </Link>
                  ))}
                </td>
                <td>{r.runs.reduce((s, run) => s + run.problems, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
