// 今日检查 — the officer's phone-first daily check: one card per item (OK / problem / not
// applicable, note, camera photos, a hazard opened from the same card), progress "3/12", and a
// sticky bar to sign: 签字提交, 全部正常并签字 (explicitly confirmed), 其余正常, or 今日未生产.
// Every form posts to this route's action, so it works without JavaScript.
import type { RouterInputs } from "@anzhi/api";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { addDays, type CheckResult, type HazardSeverity } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { attempt } from "../lib/forms.server.ts";
import { formatAt, text } from "../lib/routines.server.ts";
import { filesOf, readUploadForm } from "../lib/uploads.server.ts";
import { FormAlert } from "../components/Field.tsx";
import { ItemCard } from "../components/routines/ItemCard.tsx";
import styles from "../styles/routines.css?url";
import { usePendingForm } from "../lib/pending.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "今日检查 — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org, user } = await requireMember(request);
  const date = new URL(request.url).searchParams.get("date") ?? undefined;
  const [day, people] = await Promise.all([
    caller.routines.daily.day(date ? { date } : undefined),
    caller.routines.people(),
  ]);
  return {
    day: {
      ...day,
      sheets: day.sheets.map((s) => ({
        ...s,
        signedAtText: s.run?.signedAt ? formatAt(s.run.signedAt, org.timeZone) : "",
      })),
    },
    owners: people.filter((p) => !p.roles.every((r) => r === "viewer")).map((p) => ({ id: p.id, name: p.name })),
    defaultDue: addDays(day.today, 7),
    userName: user.name,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { caller } = await requireMember(request);
  const { form, refused } = await readUploadForm(request);
  const intent = String(form.get("intent") ?? "");
  const key = { siteId: String(form.get("siteId") ?? ""), checkDate: String(form.get("checkDate") ?? "") };
  const riskItemId = text(form, "riskItemId") ?? null;
  if (refused) return { ok: false as const, intent, riskItemId, hazardNo: null, error: refused };
  const result = await attempt(request, async (): Promise<{ hazardNo: string | null }> => {
    if (intent === "answer") {
      // Values go as posted (typed as the input only to compile): the procedure's schema checks them.
      const res = String(form.get("result") ?? "") as CheckResult;
      const hazard = res === "problem" && form.get("openHazard") === "on";
      const saved = await caller.routines.daily.answer({
        ...key,
        riskItemId: riskItemId ?? "",
        result: res,
        note: text(form, "note"),
        naReason: res === "not_applicable" ? text(form, "naReason") : undefined,
        immediateAction: res === "problem" ? text(form, "immediateAction") : undefined,
        photos: await filesOf(form, "photos"),
        openHazard: hazard
          ? {
              severity: (text(form, "severity") ?? "general") as HazardSeverity,
              dueDate: text(form, "hazardDue") ?? "",
              ownerUserId: text(form, "ownerUserId"),
            }
          : undefined,
      });
      return { hazardNo: saved.hazard?.hazardNo ?? null };
    }
    if (intent === "submit") {
      await caller.routines.daily.submit({
        ...key,
        reportedTo: text(form, "reportedTo"),
        remarks: text(form, "remarks"),
      } as RouterInputs["routines"]["daily"]["submit"]);
      return { hazardNo: null };
    }
    if (intent === "allOk") {
      await caller.routines.daily.signAllOk({
        ...key,
        confirm: form.get("confirm") === "on" ? true : undefined,
      } as RouterInputs["routines"]["daily"]["signAllOk"]);
      return { hazardNo: null };
    }
    if (intent === "restOk") {
      await caller.routines.daily.restOk(key);
      return { hazardNo: null };
    }
    if (intent === "notOperating") {
      await caller.routines.daily.notOperating({ ...key, reason: text(form, "reason") ?? "" });
      return { hazardNo: null };
    }
    throw new Response("Unknown intent", { status: 400 });
  });
  if (result.ok) {
    return { ok: true as const, intent, riskItemId, hazardNo: result.value.hazardNo, error: null };
  }
  return { ok: false as const, intent, riskItemId, hazardNo: null, error: result.error };
}

export default function Today() {
  const { day, owners, defaultDue, userName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const pendingIntent = usePendingForm()?.get("intent");
  const busy = (intent: string) => pendingIntent === intent;
  return (
    <div className="stack routines-today">
      <div className="page-head">
        <div>
          <h1>{t("routines.today.title")}</h1>
          <p className="muted">{t("routines.today.lead")}</p>
        </div>
        <span className={`day-status day-${day.status}`} data-testid="day-status">
          {day.date} · {t(`routines.dayStatus.${day.status}`)}
        </span>
      </div>
      {!day.workingDay ? <p className="note">{t("routines.today.restDay")}</p> : null}
      {day.sheets.length === 0 ? <p className="muted">{t("routines.today.noItems")}</p> : null}
      {day.sheets.map((sheet) => {
        const entryOf = new Map(sheet.entries.map((e) => [e.riskItemId, e]));
        const total = sheet.items.length;
        const done = sheet.items.filter((i) => entryOf.has(i.riskItemId)).length;
        const problems = sheet.entries.filter((e) => e.result === "problem").length;
        const signed = sheet.run !== null && sheet.run.status !== "draft";
        const hidden = (
          <>
            <input type="hidden" name="siteId" value={sheet.siteId} />
            <input type="hidden" name="checkDate" value={day.date} />
          </>
        );
        const sheetError = actionData && !actionData.ok && actionData.riskItemId === null ? actionData.error : null;
        return (
          <section key={sheet.siteId} className="sheet" aria-labelledby={`sheet-${sheet.siteId}`}>
            <h2 id={`sheet-${sheet.siteId}`}>
              {t("routines.today.dateLine", { date: day.date, site: sheet.siteName })}
            </h2>
            {signed && sheet.run ? (
              <div className="card signed-banner" role="status" data-testid="signed-banner">
                <p>
                  {sheet.run.operatingStatus === "not_operating" ? t("routines.dayStatus.not_operating") : null}{" "}
                  {t("routines.today.signed", { name: userName, at: sheet.signedAtText })}{" "}
                  {sheet.run.late ? (
                    <strong className="badge badge-warn">{t("routines.today.signedLate")}</strong>
                  ) : null}
                </p>
                <Link className="button" to={`/app/daily/${sheet.run.id}`}>
                  {t("routines.today.viewRecord")}
                </Link>
              </div>
            ) : (
              <>
                <p className="progress" role="status" data-testid="progress">
                  {t("routines.today.progress", { done, total })}
                </p>
                <progress max={total} value={done} aria-hidden="true" />
                <ol className="item-cards">
                  {sheet.items.map((item) => (
                    <ItemCard
                      key={item.riskItemId}
                      item={item}
                      entry={entryOf.get(item.riskItemId) ?? null}
                      siteId={sheet.siteId}
                      checkDate={day.date}
                      owners={owners}
                      defaultDue={defaultDue}
                      result={actionData && actionData.riskItemId === item.riskItemId ? actionData : null}
                    />
                  ))}
                </ol>
                <FormAlert message={sheetError?.message} />
                {sheetError && Object.keys(sheetError.fields).some((k) => k.startsWith("items.")) ? (
                  <div className="form-alert" role="alert" data-testid="incomplete">
                    <p>
                      {t("routines.today.incomplete", {
                        count: Object.keys(sheetError.fields).filter((k) => k.startsWith("items.")).length,
                      })}
                    </p>
                    <ul>
                      {Object.entries(sheetError.fields)
                        .filter(([k]) => k.startsWith("items."))
                        .map(([k, v]) => (
                          <li key={k}>{v}</li>
                        ))}
                    </ul>
                  </div>
                ) : null}
                <div className="sign-more">
                  {done < total ? (
                    <Form method="post">
                      {hidden}
                      <input type="hidden" name="intent" value="restOk" />
                      <button
                        type="submit"
                        className="big"
                        disabled={busy("restOk")}
                        title={t("routines.today.restOkHint")}
                      >
                        {t("routines.today.restOk")}
                      </button>
                    </Form>
                  ) : null}
                  {problems === 0 ? (
                    <details className="confirm">
                      <summary className="button big">{t("routines.today.allOk")}</summary>
                      <Form method="post">
                        {hidden}
                        <input type="hidden" name="intent" value="allOk" />
                        <p className="hint">{t("routines.today.allOkHint")}</p>
                        <label className="choice">
                          <input type="checkbox" name="confirm" required />
                          {t("routines.today.allOkConfirm")}
                        </label>
                        <button type="submit" className="primary big" disabled={busy("allOk")} data-testid="all-ok">
                          {busy("allOk") ? t("routines.common.signing") : t("routines.today.allOk")}
                        </button>
                      </Form>
                    </details>
                  ) : null}
                  {sheet.entries.length === 0 ? (
                    <details className="confirm">
                      <summary className="button big">{t("routines.today.notOperating")}</summary>
                      <Form method="post">
                        {hidden}
                        <input type="hidden" name="intent" value="notOperating" />
                        <label htmlFor={`reason-${sheet.siteId}`}>{t("routines.today.notOperatingReason")}</label>
                        <input id={`reason-${sheet.siteId}`} name="reason" required maxLength={500} />
                        <button type="submit" className="primary big" disabled={busy("notOperating")}>
                          {t("routines.today.recordNotOperating")}
                        </button>
                      </Form>
                    </details>
                  ) : null}
                </div>
                <div className="sign-bar" aria-label={t("routines.today.submitTitle")}>
                  <Form method="post" className="sign-main">
                    {hidden}
                    <input type="hidden" name="intent" value="submit" />
                    {problems > 0 ? (
                      <label className="inline-field">
                        {t("routines.today.reportedTo")}
                        <select name="reportedTo" defaultValue="director">
                          <option value="director">{t("routines.reportedTo.director")}</option>
                          <option value="principal">{t("routines.reportedTo.principal")}</option>
                        </select>
                      </label>
                    ) : null}
                    <button type="submit" className="primary big" disabled={busy("submit")} data-testid="sign-submit">
                      {busy("submit")
                        ? t("routines.common.signing")
                        : `${t("routines.common.sign")}（${done}/${total}）`}
                    </button>
                  </Form>
                </div>
              </>
            )}
          </section>
        );
      })}
      <Form method="get" className="other-day">
        <label htmlFor="other-date">{t("routines.today.otherDay")}</label>
        <input id="other-date" type="date" name="date" max={day.today} defaultValue={day.date} />
        <button type="submit">{t("routines.today.go")}</button>
      </Form>
    </div>
  );
}
