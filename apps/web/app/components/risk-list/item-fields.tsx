// The content fields of a control item (shared by add and edit). Server-side errors arrive keyed
// by the procedure's paths ("item.riskPoint").
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../../i18n/index.ts";
import { CheckMethod, Frequency, RiskLevel, RiskStage, ResponsibleRole } from "@anzhi/contracts";
import type { RiskListAssignee, RiskListItem } from "../../lib/api-types.ts";

interface Props {
  item: RiskListItem | null;
  values: Record<string, string> | null;
  errors: Record<string, string>;
  assignees: readonly RiskListAssignee[];
}

function Wrap({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={`f-${name}`}>{label}</label>
      {children}
      {error ? (
        <p id={`f-${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function RiskItemFields({ item, values, errors, assignees }: Props) {
  const { t } = useTranslation();
  const initial: Record<string, string> = values ?? {
    stage: item?.stage ?? "process",
    riskCategory: item?.riskCategory ?? "",
    riskPoint: item?.riskPoint ?? "",
    hazardConsequence: item?.consequence ?? "",
    riskLevel: item?.riskLevel ?? "",
    controlMeasure: item?.controlMeasure ?? "",
    checkMethod: item?.checkMethod ?? "",
    acceptanceCriterion: item?.acceptanceCriterion ?? "",
    frequency: item?.frequency ?? "daily",
    responsibleRole: item?.responsibleRole ?? "officer",
    responsibleUserId: item?.responsibleUserId ?? "",
    basis: item?.basis ?? "",
    trigger: item?.trigger ?? "",
    siteId: item?.siteId ?? "",
  };
  const err = (name: string) => errors[`item.${name}`];
  const a11y = (name: string) => ({
    id: `f-${name}`,
    name,
    defaultValue: initial[name] ?? "",
    "aria-invalid": err(name) ? true : undefined,
    "aria-describedby": err(name) ? `f-${name}-error` : undefined,
  });
  return (
    <fieldset>
      {/* Kept as they were: the catalogue trigger (每批…) and the site are not edited here. */}
      <input type="hidden" name="trigger" value={initial.trigger ?? ""} />
      <input type="hidden" name="siteId" value={initial.siteId ?? ""} />
      <div className="form-grid">
        <Wrap name="stage" label={t("riskList.columns.stage")} error={err("stage")}>
          <select {...a11y("stage")}>
            {RiskStage.options.map((s) => (
              <option key={s} value={s}>
                {t(`riskList.stages.${s}`)}
              </option>
            ))}
          </select>
        </Wrap>
        <Wrap name="riskCategory" label={t("riskList.form.riskCategory")} error={err("riskCategory")}>
          <input {...a11y("riskCategory")} required maxLength={100} />
        </Wrap>
      </div>
      <Wrap name="riskPoint" label={t("riskList.columns.riskPoint")} error={err("riskPoint")}>
        <textarea {...a11y("riskPoint")} required maxLength={1000} />
      </Wrap>
      <Wrap name="controlMeasure" label={t("riskList.columns.controlMeasure")} error={err("controlMeasure")}>
        <textarea {...a11y("controlMeasure")} required maxLength={2000} />
      </Wrap>
      <div className="form-grid">
        <Wrap name="frequency" label={t("riskList.columns.frequency")} error={err("frequency")}>
          <select {...a11y("frequency")}>
            {Frequency.options.map((f) => (
              <option key={f} value={f}>
                {t(`riskList.frequencies.${f}`)}
              </option>
            ))}
          </select>
        </Wrap>
        <Wrap name="responsibleRole" label={t("riskList.columns.role")} error={err("responsibleRole")}>
          <select {...a11y("responsibleRole")}>
            {ResponsibleRole.options.map((r) => (
              <option key={r} value={r}>
                {t(`riskList.roles.${r}`)}
              </option>
            ))}
          </select>
        </Wrap>
        <Wrap name="responsibleUserId" label={t("riskList.form.person")} error={err("responsibleUserId")}>
          <select {...a11y("responsibleUserId")}>
            <option value="">{t("riskList.unassigned")}</option>
            {assignees.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
                {t("app.paren", {
                  text: p.roles.map((r) => t(`riskList.roles.${r as KeyIn<"riskList.roles">}`)).join(t("app.listSep")),
                })}
              </option>
            ))}
          </select>
        </Wrap>
      </div>
      <Wrap name="basis" label={t("riskList.columns.basis")} error={err("basis")}>
        <textarea {...a11y("basis")} aria-describedby={err("basis") ? "f-basis-hint f-basis-error" : "f-basis-hint"} />
        <small id="f-basis-hint" className="hint">
          {t("riskList.form.basisHint")}
        </small>
      </Wrap>
      <div className="form-grid">
        <Wrap name="riskLevel" label={t("riskList.form.riskLevel")} error={err("riskLevel")}>
          <select {...a11y("riskLevel")}>
            <option value="">{t("riskList.form.noLevel")}</option>
            {RiskLevel.options.map((l) => (
              <option key={l} value={l}>
                {t(`riskList.riskLevels.${l}`)}
              </option>
            ))}
          </select>
        </Wrap>
        <Wrap name="checkMethod" label={t("riskList.form.checkMethod")} error={err("checkMethod")}>
          <select {...a11y("checkMethod")}>
            <option value="">—</option>
            {CheckMethod.options.map((m) => (
              <option key={m} value={m}>
                {t(`riskList.checkMethods.${m}`)}
              </option>
            ))}
          </select>
        </Wrap>
      </div>
      <Wrap name="hazardConsequence" label={t("riskList.form.consequence")} error={err("hazardConsequence")}>
        <input {...a11y("hazardConsequence")} maxLength={1000} />
      </Wrap>
      <Wrap
        name="acceptanceCriterion"
        label={t("riskList.form.acceptanceCriterion")}
        error={err("acceptanceCriterion")}
      >
        <input {...a11y("acceptanceCriterion")} maxLength={500} />
      </Wrap>
    </fieldset>
  );
}
