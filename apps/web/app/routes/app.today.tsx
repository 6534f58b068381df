// 今日检查 — the officer's phone-first daily check: one card per item (OK / problem / not
// applicable, note, camera photos, a hazard opened from the same card), progress "3/12", and a
// sticky bar to sign: 签字提交, 全部正常并签字 (explicitly confirmed), 其余正常 (first, above the
// cards), or 今日未生产. Every form posts to this route's action, so it works without JavaScript;
// with it, an item's save and 其余正常 go through fetchers and the page stays as typed. Without a
// network an item's save is kept on the device and replayed when it returns (docs/decisions/034).
import type { ClientActionFunctionArgs, ShouldRevalidateFunction } from "@remix-run/react";
import type { LinksFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useFetcher,
  useFetchers,
  useLoaderData,
  useNavigation,
  useRevalidator,
} from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "../components/Field.tsx";
import { ItemCard } from "../components/routines/ItemCard.tsx";
import { SignatureField } from "../components/signatures/SignatureField.tsx";
import { MissingForDaily } from "../components/home/MissingPrerequisite.tsx";
import styles from "../styles/routines.css?url";
import {
  askSignOutAfterSync,
  enqueue,
  isUnsent,
  lineOf,
  settle,
  signOutNow,
  useOfflineQueue,
  useSignOutAfterSync,
} from "../lib/offline-queue.ts";
import { usePendingForm } from "../lib/pending.ts";
import type { TodayIntent } from "./app.today.form.ts";
import type { action, loader } from "./app.today.server.ts";
import { pageTitle } from "../lib/meta.ts";

export { action, loader } from "./app.today.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("today");

/**
 * In the browser every post passes here first. An item's save without a network (none at all, or
 * lost on the way) is kept on the device and answered as queued; any other post is answered
 * "offline" (signing needs the server). The server's answer to a save settles its queued copy.
 */
export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  const form = await request.clone().formData();
  const intent = String(form.get("intent") ?? "");
  const answer = intent === "answer";
  const unsent = async () => {
    if (!answer)
      return { ok: false as const, offline: true as const, intent, riskItemId: null, batchRef: "", error: null };
    await enqueue(form);
    const [, , riskItemId = "", batchRef = ""] = lineOf(form).split("|");
    return { ok: true as const, queued: true as const, intent, riskItemId, batchRef, error: null };
  };
  if (!navigator.onLine) return unsent();
  try {
    const result = await serverAction<typeof action>();
    if (answer) await settle(form, result.ok ? null : result.error);
    return result;
  } catch (error) {
    // A failed fetch is a TypeError; a redirect (signed out) or a server error goes on as it came.
    if (error instanceof TypeError || !navigator.onLine) return unsent();
    throw error;
  }
}

/** Nothing was sent, so there is nothing new to load (and no network to load it with). */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  isUnsent(actionResult) ? false : defaultShouldRevalidate;

/** Registers the service worker that keeps this page and its assets for opening offline (production builds). */
function useServiceWorker() {
  useEffect(() => {
    if (import.meta.env.PROD && "serviceWorker" in navigator)
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);
}

export default function Today() {
  const { day, owners, defaultDue, userName, reportTargets, reportedAtDefault, dailyBlockedBy, savedBy } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof clientAction>();
  const restOk = useFetcher<typeof clientAction>({ key: "today-rest-ok" });
  const { t } = useTranslation();
  const pendingIntent = usePendingForm()?.get("intent");
  const busy = (intent: TodayIntent) => pendingIntent === intent || (intent === "restOk" && restOk.state !== "idle");
  const queue = useOfflineQueue(savedBy);
  useServiceWorker();
  const queuedOf = new Map(queue.saves.map((s) => [s.line, s]));
  const waiting = queue.saves.filter((s) => !s.refused);
  const refusedCount = queue.saves.length - waiting.length;
  const nextReplay = queue.online ? waiting[0]?.line : undefined;
  // Asked in the account menu: sign out once every waiting save is on the server. A refused one
  // keeps the officer here, on its card, until it is corrected or discarded.
  const signOutAfterSync = useSignOutAfterSync();
  const synced = queue.loaded && queue.online && waiting.length === 0;
  // …and once nothing is in flight: a page load answered after the device is cleared would put
  // today's page back into the service worker's copy.
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const fetchers = useFetchers();
  const settled =
    navigation.state === "idle" && revalidator.state === "idle" && fetchers.every((f) => f.state === "idle");
  useEffect(() => {
    if (signOutAfterSync && synced && settled && refusedCount === 0) void signOutNow();
  }, [signOutAfterSync, synced, settled, refusedCount]);
  const offlineNote = (r: unknown) => (isUnsent(r) ? t("routines.today.offlineAction") : undefined);
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
      {waiting.length > 0 || refusedCount > 0 || !queue.online ? (
        <p className="card offline-queue" role="status" data-testid="offline-queue">
          {!queue.online ? <strong>{t("routines.today.offline")}</strong> : null}{" "}
          {waiting.length > 0 ? t("routines.today.queuePending", { count: waiting.length }) : null}{" "}
          {refusedCount > 0 ? t("routines.today.queueRefused", { count: refusedCount }) : null}
        </p>
      ) : null}
      {signOutAfterSync ? (
        <div className="card sign-out-after-sync" role="status" data-testid="sign-out-after-sync">
          <p>
            {synced && refusedCount > 0
              ? t("routines.today.signOutBlocked", { count: refusedCount })
              : t("routines.today.signOutAfterSync")}
          </p>
          <button type="button" onClick={() => askSignOutAfterSync(false)}>
            {t("routines.today.signOutCancel")}
          </button>
        </div>
      ) : null}
      {!day.workingDay ? <p className="note">{t("routines.today.restDay")}</p> : null}
      {day.sheets.length === 0 ? (
        <MissingForDaily blockedBy={dailyBlockedBy}>
          <p className="muted">{t("routines.today.noItems")}</p>
        </MissingForDaily>
      ) : null}
      {day.sheets.map((sheet) => {
        const keyOf = (l: { riskItemId: string; batchRef: string }) => `${l.riskItemId}|${l.batchRef}`;
        const entryOf = new Map(sheet.entries.map((e) => [keyOf(e), e]));
        const total = sheet.items.length;
        const done = sheet.items.filter((i) => entryOf.has(keyOf(i))).length;
        const problems = sheet.entries.filter((e) => e.result === "problem").length;
        const signed = sheet.run !== null && sheet.run.status !== "draft";
        const hidden = (
          <>
            <input type="hidden" name="siteId" value={sheet.siteId} />
            <input type="hidden" name="checkDate" value={day.date} />
          </>
        );
        const sheetError = actionData && !actionData.ok && actionData.riskItemId === null ? actionData.error : null;
        const restOkError = restOk.data && !restOk.data.ok ? restOk.data.error : null;
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
                {done < total ? (
                  <restOk.Form method="post" className="fast-path">
                    {hidden}
                    <input type="hidden" name="intent" value="restOk" />
                    <button
                      type="submit"
                      className="big"
                      disabled={busy("restOk")}
                      aria-describedby={`rest-ok-${sheet.siteId}`}
                    >
                      {busy("restOk") ? t("routines.common.saving") : t("routines.today.restOk")}
                    </button>
                    <small className="hint" id={`rest-ok-${sheet.siteId}`}>
                      {t("routines.today.restOkHint")}
                    </small>
                    <FormAlert message={restOkError?.message ?? offlineNote(restOk.data)} />
                  </restOk.Form>
                ) : null}
                <ol className="item-cards">
                  {sheet.items.map((item) => (
                    <ItemCard
                      key={keyOf(item)}
                      item={item}
                      entry={entryOf.get(keyOf(item)) ?? null}
                      siteId={sheet.siteId}
                      checkDate={day.date}
                      owners={owners}
                      defaultDue={defaultDue}
                      savedBy={savedBy}
                      queueLoaded={queue.loaded}
                      queued={queuedOf.get(lineOf(lineFields(sheet.siteId, day.date, item))) ?? null}
                      replayRound={nextReplay === lineOf(lineFields(sheet.siteId, day.date, item)) ? queue.round : null}
                    />
                  ))}
                </ol>
                <FormAlert message={sheetError?.message ?? offlineNote(actionData)} />
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
                        <SignatureField id={`sig-allok-${sheet.siteId}`} signerName={userName} />
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
                        <SignatureField id={`sig-off-${sheet.siteId}`} signerName={userName} />
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
                      <>
                        <label className="inline-field">
                          {t("routines.today.reportedTo")}
                          <select name="reportedToUserId" defaultValue="" required data-testid="reported-to">
                            <option value="" disabled>
                              {t("routines.today.reportedToChoose")}
                            </option>
                            {reportTargets.map((p) => (
                              <option key={p.userId} value={p.userId}>
                                {p.name}
                                {t("app.paren", { text: t(`routines.reportedTo.${p.role}`) })}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label className="inline-field">
                          {t("routines.today.reportedAt")}
                          <input
                            type="datetime-local"
                            name="reportedAtLocal"
                            defaultValue={reportedAtDefault}
                            required
                            data-testid="reported-at"
                          />
                        </label>
                      </>
                    ) : null}
                    <SignatureField id={`sig-${sheet.siteId}`} signerName={userName} />
                    <button type="submit" className="primary big" disabled={busy("submit")} data-testid="sign-submit">
                      {busy("submit")
                        ? t("routines.common.signing")
                        : `${t("routines.common.sign")}${t("app.paren", { text: `${done}/${total}` })}`}
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

/** The fields that name an item's line, as its card posts them. */
function lineFields(siteId: string, checkDate: string, item: { riskItemId: string; batchRef: string }) {
  const fields: Record<string, string> = { siteId, checkDate, riskItemId: item.riskItemId, batchRef: item.batchRef };
  return { get: (name: string) => fields[name] ?? null };
}
