// Version picker, the shown version's who/when/why, and the stage/frequency filters (plain GET
// forms, so they work without JavaScript and give shareable URLs).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Frequency, RiskStage } from "@anzhi/contracts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";

type VersionInfo = NonNullable<RouterOutputs["riskList"]["get"]["version"]>;

interface Props {
  doc: {
    currentVersion: number;
    inForceVersion: number;
    canApprove: boolean;
    version: VersionInfo | null;
    versions: readonly { version: number; state: VersionInfo["state"] }[];
  };
  stage: string | null;
  frequency: string | null;
}

export function VersionBar({ doc, stage, frequency }: Props) {
  const { t } = useTranslation();
  const approving = useIsPending({ intent: "approve" });
  const v = doc.version;
  if (!v) return null;
  return (
    <section aria-label={t("riskList.version", { version: v.version })}>
      {v.state !== "in_force" ? (
        <p className="notice" role="status" data-testid="not-in-force">
          {doc.inForceVersion > 0 ? (
            <>
              {t("riskList.notInForce", { version: doc.inForceVersion })}{" "}
              <Link to={`/app/risk-list?v=${doc.inForceVersion}`}>{t("riskList.viewCurrent")}</Link>
            </>
          ) : (
            t("riskList.noneInForce")
          )}
        </p>
      ) : null}
      <Form method="get" className="toolbar no-print">
        <div className="field">
          <label htmlFor="f-v">{t("riskList.versionPicker")}</label>
          <select id="f-v" name="v" defaultValue={String(v.version)}>
            {doc.versions.map((x) => (
              <option key={x.version} value={x.version}>
                {t("riskList.version", { version: x.version })}
                {t("app.paren", { text: t(`riskList.states.${x.state}`) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t("riskList.columns.stage")}</label>
          <select id="f-stage" name="stage" defaultValue={stage ?? ""}>
            <option value="">{t("riskList.allStages")}</option>
            {RiskStage.options.map((s) => (
              <option key={s} value={s}>
                {t(`riskList.stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-frequency">{t("riskList.columns.frequency")}</label>
          <select id="f-frequency" name="frequency" defaultValue={frequency ?? ""}>
            <option value="">{t("riskList.allFrequencies")}</option>
            {Frequency.options.map((f) => (
              <option key={f} value={f}>
                {t(`riskList.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("riskList.apply")}
        </button>
      </Form>
      <dl className="version-meta">
        <div>
          <dt>{t("riskList.versionPicker")}</dt>
          <dd>
            <span data-testid="shown-version">{t("riskList.version", { version: v.version })}</span>
            <span data-testid="shown-state">{t("app.paren", { text: t(`riskList.states.${v.state}`) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t("riskList.effectiveFrom")}</dt>
          <dd>{v.effectiveFrom}</dd>
        </div>
        <div>
          <dt>{t("riskList.preparedBy")}</dt>
          <dd>
            {v.preparedBy.name}
            {v.preparedBy.role ? t("app.paren", { text: t(`riskList.preparedByRole.${v.preparedBy.role}`) }) : ""}
          </dd>
        </div>
        <div>
          <dt>{t("riskList.approvedBy")}</dt>
          <dd>
            {v.approvedBy?.name ?? t("riskList.notApproved")}
            {!v.approvedBy && doc.canApprove ? (
              <Form method="post" className="no-print">
                <input type="hidden" name="intent" value="approve" />
                <input type="hidden" name="version" value={v.version} />
                <button type="submit" className="primary" disabled={approving}>
                  {approving ? t("riskList.approving") : t("riskList.approve")}
                </button>
              </Form>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("riskList.reason")}</dt>
          <dd>{v.reason}</dd>
        </div>
      </dl>
    </section>
  );
}
