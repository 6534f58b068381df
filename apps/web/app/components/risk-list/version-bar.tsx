// Version picker, the shown version's who/when/why, and the table's filters — stage, frequency,
// product group, level, role, status (a plain GET form, so it works without JavaScript and gives
// shareable URLs; the chosen sort rides along).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Frequency, ResponsibleRole, RiskLevel, RiskStage } from "@anzhi/contracts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useIsPending } from "../../lib/pending.ts";
import { ItemStatus, type TableQuery } from "./table-view.ts";

type VersionInfo = NonNullable<RouterOutputs["riskList"]["get"]["version"]>;

interface Props {
  doc: {
    currentVersion: number;
    inForceVersion: number;
    canApprove: boolean;
    version: VersionInfo | null;
    versions: readonly { version: number; state: VersionInfo["state"] }[];
  };
  filters: TableQuery;
  /** The product groups of the version's items (GENERIC_GROUP for the generic ones). */
  groups: readonly { id: string; name: string }[];
}

export function VersionBar({ doc, filters, groups }: Props) {
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
          <select id="f-stage" name="stage" defaultValue={filters.stage ?? ""}>
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
          <select id="f-frequency" name="frequency" defaultValue={filters.frequency ?? ""}>
            <option value="">{t("riskList.allFrequencies")}</option>
            {Frequency.options.map((f) => (
              <option key={f} value={f}>
                {t(`riskList.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-group">{t("riskList.columns.productGroup")}</label>
          <select id="f-group" name="group" defaultValue={filters.productGroup ?? ""}>
            <option value="">{t("riskList.allGroups")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-level">{t("riskList.columns.riskLevel")}</label>
          <select id="f-level" name="level" defaultValue={filters.riskLevel ?? ""}>
            <option value="">{t("riskList.allLevels")}</option>
            {RiskLevel.options.map((l) => (
              <option key={l} value={l}>
                {t(`riskList.riskLevels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-role">{t("riskList.columns.role")}</label>
          <select id="f-role" name="role" defaultValue={filters.role ?? ""}>
            <option value="">{t("riskList.allRoles")}</option>
            {ResponsibleRole.options.map((r) => (
              <option key={r} value={r}>
                {t(`riskList.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t("riskList.columns.status")}</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("riskList.allStatuses")}</option>
            {ItemStatus.options.map((st) => (
              <option key={st} value={st}>
                {t(`riskList.itemStatusFilter.${st}`)}
              </option>
            ))}
          </select>
        </div>
        {filters.sort !== "seq" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
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
