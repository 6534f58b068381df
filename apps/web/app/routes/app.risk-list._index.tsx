// 风险管控清单: the current (or a chosen earlier) version as one sortable, filterable table (cards on
// a phone), the version history, generation from the key products, and retire / edit / add for the
// director and the principal.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findProductGroup } from "@anzhi/contracts";
import { requireMember } from "../lib/auth.server.ts";
import { runRiskListAction } from "../lib/risk-list-actions.server.ts";
import { inputOf, parseForm } from "../lib/forms.server.ts";
import { AssignForm } from "../components/risk-list/assign-form.tsx";
import { RiskListAssignFormSchema } from "./app.risk-list._index.form.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { RiskItemTable } from "../components/risk-list/item-table.tsx";
import { GENERIC_GROUP, tableQueryOf, tableRows } from "../components/risk-list/table-view.ts";
import { ProductPicker } from "../components/risk-list/product-picker.tsx";
import { VersionBar } from "../components/risk-list/version-bar.tsx";
import styles from "../styles/risk-list.css?url";
import { useIsPending } from "../lib/pending.ts";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("riskList");

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireMember(request);
  const url = new URL(request.url);
  const v = Number(url.searchParams.get("v"));
  const doc = await orThrowResponse(caller.riskList.get(Number.isInteger(v) && v > 0 ? { version: v } : undefined));
  const query = tableQueryOf(url.searchParams);
  const products = doc.currentVersion === 0 ? await caller.profile.products.list() : [];
  const assignees = doc.canEdit ? await caller.riskList.assignees() : [];
  return { doc, query, productGroupIds: [...new Set(products.map((p) => p.productGroupId))], assignees };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  return runRiskListAction(request, form, {
    assign: (caller) => caller.riskList.assignItems(inputOf(parseForm(form, RiskListAssignFormSchema))),
  });
}

export default function RiskListPage() {
  const { doc, query: filters, productGroupIds, assignees } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const groupName = (id: string | null) => {
    const group = id === null ? undefined : findProductGroup(id);
    if (!group) return id ?? t("riskList.genericGroup");
    return i18n.language === "en" ? group.nameEn : group.nameZh;
  };
  const busy = useIsPending({ intent: "generate" }, { state: "submitting" });
  const shown = doc.version?.version ?? 0;
  const isCurrent = shown === doc.currentVersion;
  const items = tableRows(doc.items, shown, filters, groupName);
  const groups = [...new Set(doc.items.map((i) => i.productGroupId ?? GENERIC_GROUP))].map((id) => ({
    id,
    name: groupName(id === GENERIC_GROUP ? null : id),
  }));
  const query = `?v=${shown}`;
  return (
    <div className="risk-list-page">
      <div className="page-head">
        <div>
          <h1>{t("riskList.title")}</h1>
          <p className="muted">{t("riskList.lead")}</p>
        </div>
        {doc.currentVersion > 0 ? (
          <div className="actions no-print">
            {doc.canEdit && isCurrent ? (
              <Link className="button primary" to="/app/risk-list/items/new">
                {t("riskList.addItem")}
              </Link>
            ) : null}
            <Link className="button" to={`/app/risk-list/print${query}`}>
              {t("riskList.print")}
            </Link>
            <a className="button" href={`/app/risk-list/export${query}`} download>
              {t("riskList.export")}
            </a>
          </div>
        ) : null}
      </div>
      {!doc.canEdit ? <p className="muted">{t("riskList.readOnly")}</p> : null}
      {result && !result.ok && result.intent !== "retire" && result.intent !== "assign" ? (
        <p className="form-alert" role="alert">
          {result.message}
        </p>
      ) : null}

      {doc.currentVersion === 0 ? (
        <section aria-labelledby="pick-title" className="section-block">
          <p>{t("riskList.empty")}</p>
          {doc.canEdit ? <ProductPicker selected={productGroupIds} busy={busy} /> : null}
        </section>
      ) : (
        <>
          {doc.canEdit && isCurrent && doc.missingCatalogItems > 0 ? (
            <Form method="post" className="notice no-print" replace>
              <input type="hidden" name="intent" value="generate" />
              <p>{t("riskList.missing", { count: doc.missingCatalogItems })}</p>
              <button type="submit" className="primary" disabled={busy}>
                {busy ? t("riskList.generating") : t("riskList.regenerate")}
              </button>
            </Form>
          ) : null}
          <VersionBar doc={doc} filters={filters} groups={groups} />
          <p className="muted" data-testid="item-count">
            {t("riskList.itemsCount", { count: items.length })}
          </p>
          {doc.canEdit && isCurrent && items.length > 0 ? (
            <AssignForm
              assignees={assignees}
              error={result && !result.ok && result.intent === "assign" ? result : null}
            />
          ) : null}
          {items.length === 0 ? <p>{t("riskList.noMatch")}</p> : null}
          {items.length > 0 ? (
            <RiskItemTable
              items={items}
              shown={shown}
              sort={filters.sort}
              canEdit={doc.canEdit && isCurrent}
              groupName={groupName}
              errorOf={(id) => (result && !result.ok && result.itemId === id ? result : null)}
            />
          ) : null}
          <section className="section-block" aria-labelledby="history-title">
            <h2 id="history-title">{t("riskList.history")}</h2>
            <ol className="version-list">
              {doc.versions.map((v) => (
                <li key={v.version}>
                  <strong>{t("riskList.version", { version: v.version })}</strong>
                  <span className={v.state === "pending" ? "badge badge-warn" : "badge"}>
                    {" "}
                    {t(`riskList.states.${v.state}`)}
                  </span>{" "}
                  · {v.effectiveFrom} ·{" "}
                  {v.triggers.map((tr) => t(`riskList.triggers.${tr}`, { defaultValue: tr })).join(t("app.listSep"))}
                  <p>{v.reason}</p>
                  <small className="muted">
                    {v.preparedBy.name}
                    {v.approvedBy ? ` / ${v.approvedBy.name}` : ""} ·{" "}
                    {t("riskList.historyChanges", { added: v.added, retired: v.retired })} ·{" "}
                    <Link to={`?v=${v.version}`}>{t("riskList.show")}</Link>
                  </small>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
