// 适用情形与规模: the size class for this year (from the previous year's figures), the scope routes
// computed from the products, whom the Orders then require to be appointed and who is missing, and
// the yearly size figures with their history. Everyone reads; the principal or an admin records.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { text } from "../lib/routines.server.ts";
import { formatInstant } from "../lib/format.ts";
import { Field, FormAlert } from "../components/Field.tsx";
import styles from "../styles/routines.css?url";
import { useIsPending, useSettled } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("standing");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const [standing, figures] = await Promise.all([caller.profile.standing(), caller.profile.sizeFigures.list()]);
  return {
    standing,
    figures: figures.map((f) => ({ ...f, recordedText: formatInstant(f.recordedAt, org.timeZone) })),
    canRecord: hasRole(org, "principal") || org.isAdmin,
    lastYear: Number(org.today.slice(0, 4)) - 1,
  };
}

const num = (form: FormData, name: string) => {
  const v = text(form, name);
  return v === undefined || v === "" ? undefined : Number(v);
};

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const form = await request.formData();
  const result = await attempt(request, () =>
    caller.profile.sizeFigures.record({
      year: num(form, "year") as number,
      employeeCount: num(form, "employeeCount") as number,
      annualRevenueWanYuan: num(form, "annualRevenueWanYuan") as number,
      reason: text(form, "reason"),
    }),
  );
  return result.ok ? { ok: true as const, error: null } : { ok: false as const, error: result.error };
}

export default function Standing() {
  const { standing: s, figures, canRecord, lastYear } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const settled = useSettled();
  const pending = useIsPending();
  const { t } = useTranslation();
  const fields = actionData?.error?.fields ?? {};
  const routes = s.routes.filter((r) => r !== "none");
  return (
    <div className="stack">
      <h1>{t("standing.title")}</h1>
      <p className="muted">{t("standing.lead")}</p>
      <section className="card stack" data-testid="standing">
        <dl className="version-meta">
          <div>
            <dt>{t("standing.sizeClass")}</dt>
            <dd>
              {t(`standing.sizeClasses.${s.sizeClass}`)} · {t("standing.year", { year: s.year })}
              {s.figures ? `，${t("standing.figuresFrom", { year: s.figures.year })}` : ""}
            </dd>
          </div>
          <div>
            <dt>{t("standing.routes")}</dt>
            <dd>
              {routes.length > 0
                ? routes.map((r) => t(`standing.routeNames.${r}`)).join(t("app.listSep"))
                : t("standing.noRoute")}
            </dd>
          </div>
          <div>
            <dt>{t("standing.staffing")}</dt>
            <dd>
              {s.inScope ? (
                <>
                  {s.directorRequired ? t("standing.directorRequired") : t("standing.directorOptional")}；
                  {t("standing.officerRequired")}
                </>
              ) : (
                t("standing.notInScope")
              )}
            </dd>
          </div>
        </dl>
        {!s.figures ? <p className="notice">{t("standing.noFigures")}</p> : null}
        {s.figures && s.stale ? (
          <p className="notice">{t("standing.stale", { year: s.year - 1, from: s.figures.year })}</p>
        ) : null}
        {s.missing.length > 0 ? (
          <p className="form-alert" role="alert" data-testid="staffing-missing">
            {t("standing.missing", { roles: s.missing.map((r) => t(`standing.roles.${r}`)).join(t("app.listSep")) })}
            {s.sitesWithoutOfficer.length > 0
              ? ` ${t("standing.sitesWithoutOfficer", { sites: s.sitesWithoutOfficer.map((x) => x.name).join(t("app.listSep")) })}`
              : ""}{" "}
            <Link to="/app/appointments">{t("standing.toAppointments")}</Link>
          </p>
        ) : (
          <p className="muted">{t("standing.missingNone")}</p>
        )}
      </section>
      <section className="card stack" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("standing.figures")}</h2>
        <p className="muted">{t("standing.figuresLead")}</p>
        {canRecord ? (
          <Form method="post" className="routine-form">
            <FormAlert message={actionData?.error?.message} />
            {actionData?.ok && settled ? <p role="status">{t("standing.saved")}</p> : null}
            <Field
              name="year"
              label={t("standing.figureYear")}
              type="number"
              defaultValue={lastYear}
              error={fields.year}
            />
            <Field
              name="employeeCount"
              label={t("standing.employeeCount")}
              type="number"
              min={0}
              error={fields.employeeCount}
            />
            <Field
              name="annualRevenueWanYuan"
              label={t("standing.revenue")}
              type="number"
              min={0}
              step="0.01"
              error={fields.annualRevenueWanYuan}
            />
            <Field name="reason" label={t("standing.reason")} error={fields.reason} />
            <button type="submit" className="primary" disabled={pending}>
              {t("standing.record")}
            </button>
          </Form>
        ) : (
          <p className="note">{t("standing.readOnly")}</p>
        )}
        <div className="table-wrap">
          <table className="routine-table" data-testid="size-figures">
            <thead>
              <tr>
                <th scope="col">{t("standing.figureYear")}</th>
                <th scope="col">{t("standing.employeeCount")}</th>
                <th scope="col">{t("standing.revenue")}</th>
                <th scope="col">{t("standing.reason")}</th>
                <th scope="col">{t("standing.recordedBy")}</th>
                <th scope="col">{t("standing.recordedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.id} className={f.current ? undefined : "muted"}>
                  <td>
                    {f.year}
                    {f.current ? "" : `（${t("standing.superseded")}）`}
                  </td>
                  <td>{f.employeeCount}</td>
                  <td>{f.annualRevenueWanYuan}</td>
                  <td>{f.reason ?? ""}</td>
                  <td>{f.recordedByName ?? ""}</td>
                  <td>{f.recordedText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
