// One hazard: its facts, evidence, the actions open to the current user in the current state,
// owner/due-date changes for the director and the principal, the major-risk report, and the
// full history.
import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { titled } from "../lib/meta.ts";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { formatInstant } from "../lib/format.ts";
import { Field, FormAlert } from "../components/Field.tsx";
import { OverdueBadge, SeverityBadge, StatusBadge } from "../components/hazards/badges.tsx";
import { HazardActionForms } from "../components/hazards/action-forms.tsx";
import { SelectField } from "../components/hazards/inputs.tsx";
import styles from "../styles/ledger.css?url";
import { useIsPending } from "../lib/pending.ts";
import { PhotoStrip } from "../components/photos/PhotoStrip.tsx";
import { memberPhotoHref } from "../lib/photo-href.ts";
import type { action, loader } from "./app.hazards.$hazardId.server.ts";

export { action, loader } from "./app.hazards.$hazardId.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => [
  { title: titled(matches, `${d?.hazard.hazardNo ?? ""} ${d?.hazard.title ?? ""}`) },
];

export default function HazardDetail() {
  const { hazard: h, options, me, myName, timeZone, isPrincipalOrDirector, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const assigning = useIsPending({ intent: "assign" }, { state: "submitting" });
  const iRectified = h.status === "awaiting_verification" && h.rectifiedBy?.id === me;
  const f = result?.error.fields ?? {};
  return (
    <div className="hz-detail">
      <div className="page-head">
        <div>
          <p className="muted">{h.hazardNo}</p>
          <h1>{h.title}</h1>
          <div className="hz-marks">
            <SeverityBadge severity={h.severity} />
            <StatusBadge status={h.status} />
            <OverdueBadge overdue={h.overdue} />
          </div>
        </div>
        <div className="actions no-print">
          <Link className="button" to={`/app/hazards/${h.id}/print`}>
            {t("hazard.print")}
          </Link>
          <Link className="button" to="/app/hazards">
            {t("hazard.title")}
          </Link>
        </div>
      </div>
      {saved && !result ? (
        <p className="notice" role="status">
          {t("hazard.done")}
        </p>
      ) : null}
      <FormAlert message={result?.error.message} />
      <section className="card" aria-labelledby="hz-actions">
        <h2 id="hz-actions">{t("hazard.actionsTitle")}</h2>
        {iRectified ? (
          <p className="notice" role="note" data-testid="verifier-rule">
            {t("hazard.verifierRule")}
          </p>
        ) : null}
        {h.myActions.length === 0 && !iRectified ? <p className="muted">{t("hazard.noActions")}</p> : null}
        <HazardActionForms
          actions={h.myActions}
          version={h.version}
          rootCause={h.rootCause}
          correctiveAction={h.correctiveAction}
          fields={f}
          intent={result?.intent}
          signerName={myName}
        />
      </section>
      <section className="card" aria-labelledby="hz-facts">
        <h2 id="hz-facts">{t("hazard.description")}</h2>
        <dl className="hz-facts">
          <dt>{t("hazard.description")}</dt>
          <dd>{h.description}</dd>
          <dt>{t("hazard.source")}</dt>
          <dd>{t(`hazard.sources.${h.source}`)}</dd>
          <dt>{t("hazard.owner")}</dt>
          <dd>{h.owner?.name ?? t("hazard.none")}</dd>
          <dt>{t("hazard.dueDate")}</dt>
          <dd>
            {h.dueDate} {h.overdue ? `（${t("hazard.overdue")}）` : ""}
          </dd>
          {h.site ? (
            <>
              <dt>{t("hazard.site")}</dt>
              <dd>{h.site.name}</dd>
            </>
          ) : null}
          {h.product ? (
            <>
              <dt>{t("hazard.product")}</dt>
              <dd>{h.product.name}</dd>
            </>
          ) : null}
          {h.riskItem ? (
            <>
              <dt>{t("hazard.riskItem")}</dt>
              <dd>{h.riskItem.riskPoint}</dd>
            </>
          ) : null}
          {h.containment ? (
            <>
              <dt>{t("hazard.containment")}</dt>
              <dd>{h.containment}</dd>
            </>
          ) : null}
          {h.rootCause ? (
            <>
              <dt>{t("hazard.cause")}</dt>
              <dd>{h.rootCause}</dd>
            </>
          ) : null}
          {h.correctiveAction ? (
            <>
              <dt>{t("hazard.correctiveAction")}</dt>
              <dd>{h.correctiveAction}</dd>
            </>
          ) : null}
          {h.rectifiedBy ? (
            <>
              <dt>{t("hazard.rectifiedBy")}</dt>
              <dd data-testid="rectified-by">
                {h.rectifiedBy.name} {formatInstant(h.rectifiedAt, timeZone)}
              </dd>
            </>
          ) : null}
          {h.rectificationNote ? (
            <>
              <dt>{t("hazard.rectificationNote")}</dt>
              <dd>{h.rectificationNote}</dd>
            </>
          ) : null}
          {h.evidenceException ? (
            <>
              <dt>{t("hazard.evidenceException")}</dt>
              <dd data-testid="evidence-exception">{h.evidenceException}</dd>
            </>
          ) : null}
          {h.verifiedBy ? (
            <>
              <dt>{t("hazard.verifiedBy")}</dt>
              <dd data-testid="verified-by">
                {h.verifiedBy.name} {formatInstant(h.verifiedAt, timeZone)}
              </dd>
            </>
          ) : null}
          {h.verificationNote ? (
            <>
              <dt>{t("hazard.verificationNote")}</dt>
              <dd>{h.verificationNote}</dd>
            </>
          ) : null}
          {h.closedAt ? (
            <>
              <dt>{t("hazard.closedAt")}</dt>
              <dd>{formatInstant(h.closedAt, timeZone)}</dd>
            </>
          ) : null}
        </dl>
        {h.findingPhotos.length + h.attachments.length > 0 ? (
          <>
            <h3>{t("hazard.attachments")}</h3>
            <PhotoStrip photos={[...h.findingPhotos, ...h.attachments]} href={memberPhotoHref} timeZone={timeZone} />
          </>
        ) : null}
      </section>
      {h.severity === "major" ? (
        <section className="card" aria-labelledby="hz-report">
          <h2 id="hz-report">{t("hazard.majorReport")}</h2>
          {h.majorRiskReports.length > 0 ? (
            <ul>
              {h.majorRiskReports.map((r) => (
                <li key={r.id}>
                  <Link to={`/app/major-reports/${r.id}`}>{r.title}</Link> —{" "}
                  {t(`majorReport.statuses.${r.status as KeyIn<"majorReport.statuses">}`)}
                </li>
              ))}
            </ul>
          ) : isPrincipalOrDirector ? (
            <Form method="post">
              <button type="submit" name="intent" value="draft_report" className="primary">
                {t("hazard.majorReportDraft")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      {options ? (
        <section className="card" aria-labelledby="hz-assign">
          <h2 id="hz-assign">{t("hazard.assignTitle")}</h2>
          <Form method="post" className="stack">
            <SelectField
              name="ownerUserId"
              label={t("hazard.owner")}
              defaultValue={h.owner?.id ?? ""}
              options={options.owners.map((o) => ({ value: o.id, label: o.name }))}
              error={result?.intent === "assign" ? f.ownerUserId : undefined}
            />
            <Field
              name="dueDate"
              type="date"
              label={t("hazard.dueDate")}
              defaultValue={h.dueDate}
              error={result?.intent === "assign" ? f.dueDate : undefined}
            />
            <Field name="note" id="assign-note" label={t("hazard.note")} />
            <button
              type="submit"
              name="intent"
              value="assign"
              className="secondary"
              disabled={assigning}
              aria-busy={assigning}
            >
              {assigning ? t("hazard.saving") : t("hazard.assign")}
            </button>
          </Form>
        </section>
      ) : null}
      <section className="card" aria-labelledby="hz-history">
        <h2 id="hz-history">{t("hazard.history")}</h2>
        <ol className="hz-timeline" data-testid="hazard-history">
          {h.events.map((e) => (
            <li key={e.id}>
              <strong>{t(`hazard.events.${e.action as KeyIn<"hazard.events">}`)}</strong> ·{" "}
              {e.actor?.name ?? t("hazard.system")} ·{" "}
              <time dateTime={new Date(e.at).toISOString()}>{formatInstant(e.at, timeZone)}</time>
              {e.note ? <div className="hz-note">{e.note}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
