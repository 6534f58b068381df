// The empty list's first step: tick the key product groups the enterprise makes or sells; the
// action registers one product per new group and generates version 1.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { productGroups } from "@anzhi/contracts";

export function ProductPicker({ selected, busy }: { selected: readonly string[]; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="generate" />
      <fieldset>
        <legend id="pick-title">{t("riskList.pickProducts")}</legend>
        <p className="hint">{t("riskList.pickHint")}</p>
        <ul className="pick-grid">
          {productGroups.map((g) => (
            <li key={g.id}>
              <label>
                <input type="checkbox" name="productGroupId" value={g.id} defaultChecked={selected.includes(g.id)} />
                <span>
                  {en ? g.nameEn : g.nameZh}
                  {selected.includes(g.id) ? <small className="muted"> · {t("riskList.haveProduct")}</small> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("riskList.generating") : t("riskList.generate")}
        </button>
      </div>
    </Form>
  );
}
