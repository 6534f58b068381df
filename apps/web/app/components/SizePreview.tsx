// Headcount, revenue and sales channel, with the size class they give (contracts sizeClassOf)
// and whether mandatory-standard products bring the company into scope (inScopeRoutes). The
// preview follows what is typed anywhere in the form (kind included) once JavaScript runs.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { KeyIn } from "../i18n/index.ts";
import { OrgKind, SalesChannel, inScopeRoutes, sizeClassOf, type SizeClass } from "@anzhi/contracts";
import type { RouterInputs } from "../lib/api-types.ts";
import { Field } from "./Field.tsx";

/** The sign-up / profile fields the preview reads, as typed (strings until the procedure parses them). */
type Values = Record<
  keyof Pick<RouterInputs["auth"]["signUp"], "kind" | "employeeCount" | "annualRevenueWanYuan" | "salesChannel">,
  string
>;

function classOf(v: Values): SizeClass | null {
  const kind = OrgKind.safeParse(v.kind);
  const employees = Number(v.employeeCount);
  const revenue = Number(v.annualRevenueWanYuan);
  if (!kind.success || v.employeeCount.trim() === "" || v.annualRevenueWanYuan.trim() === "") return null;
  if (!Number.isFinite(employees) || !Number.isFinite(revenue) || employees < 0 || revenue < 0) return null;
  const channel = SalesChannel.safeParse(v.salesChannel);
  return sizeClassOf(kind.data, channel.success ? channel.data : undefined, employees, revenue);
}

export function SizePreview({
  defaults,
  errors,
  channels,
}: {
  defaults: Values;
  errors: Partial<Record<"employeeCount" | "annualRevenueWanYuan" | "salesChannel", string | undefined>>;
  channels: readonly string[];
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(defaults);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const read = () => {
      const fd = new FormData(form);
      const get = (k: string) => String(fd.get(k) ?? "");
      setValues({
        kind: get("kind"),
        employeeCount: get("employeeCount"),
        annualRevenueWanYuan: get("annualRevenueWanYuan"),
        salesChannel: get("salesChannel"),
      });
    };
    form.addEventListener("input", read);
    form.addEventListener("change", read);
    return () => {
      form.removeEventListener("input", read);
      form.removeEventListener("change", read);
    };
  }, []);
  const size = classOf(values);
  const mandatory = size ? inScopeRoutes(size, ["mandatory_standard"]).includes("mandatory_standard") : null;
  return (
    <div ref={ref} className="stack">
      <Field
        name="employeeCount"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        label={t("signup.employeeCount")}
        required
        defaultValue={defaults.employeeCount}
        error={errors.employeeCount}
      />
      <Field
        name="annualRevenueWanYuan"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        label={t("signup.revenue")}
        required
        defaultValue={defaults.annualRevenueWanYuan}
        error={errors.annualRevenueWanYuan}
      />
      <div className={errors.salesChannel ? "field field-invalid" : "field"}>
        <label htmlFor="f-salesChannel">{t("signup.salesChannel")}</label>
        <small className="hint" id="f-salesChannel-hint">
          {t("signup.salesChannelHint")}
        </small>
        <select
          id="f-salesChannel"
          name="salesChannel"
          defaultValue={defaults.salesChannel}
          aria-describedby="f-salesChannel-hint"
          aria-invalid={errors.salesChannel ? true : undefined}
        >
          <option value="">{t("signup.choose")}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(`signup.salesChannels.${c as KeyIn<"signup.salesChannels">}`)}
            </option>
          ))}
        </select>
        {errors.salesChannel ? (
          <p className="field-error" role="alert">
            {errors.salesChannel}
          </p>
        ) : null}
      </div>
      <output className="size-preview" aria-live="polite" data-testid="size-preview">
        {size ? (
          <>
            <strong>
              {t("signup.sizeClass")}：{t(`signup.sizeClasses.${size}`)}
            </strong>
            <span>{mandatory ? t("signup.mandatoryApplies") : t("signup.mandatoryNotApplies")}</span>
          </>
        ) : null}
      </output>
    </div>
  );
}
