// 企业信息: sites, products (key product groups or custom, with scope route and standards),
// production licences and CCC certificates. All members read; principal, director and admins edit.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { findProductGroup, formatScopeUnits } from "@anzhi/contracts";
import { hasRole, requireMember } from "../lib/auth.server.ts";
import { runProfileAction } from "../lib/profile-actions.server.ts";
import { CccForm, LicenceForm, ProductForm, SiteForm } from "../components/profile/entity-forms.tsx";
import { RetireForm, type FormState } from "../components/profile/form-bits.tsx";
import styles from "../styles/risk-list.css?url";
import { pageTitle } from "../lib/meta.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta = pageTitle("profile");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, caller } = await requireMember(request);
  const [sites, products, licences, cccs] = await Promise.all([
    caller.profile.sites.list(),
    caller.profile.products.list(),
    caller.certificates.licences.list(),
    caller.certificates.ccc.list(),
  ]);
  return { sites, products, licences, cccs, canEdit: hasRole(org, "principal", "director") || org.isAdmin };
}

export async function action({ request }: ActionFunctionArgs) {
  return runProfileAction(request);
}

function Section({
  id,
  title,
  addLabel,
  empty,
  canEdit,
  addForm,
  addOpen,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  empty: string | null;
  canEdit: boolean;
  addForm: ReactNode;
  addOpen: boolean;
  children: ReactNode;
}) {
  return (
    <section id={id} className="section-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : <ul className="record-list">{children}</ul>}
      {canEdit ? (
        <details className="section-block" open={addOpen}>
          <summary className="button">{addLabel}</summary>
          {addForm}
        </details>
      ) : null}
    </section>
  );
}

function Record({
  summary,
  canEdit,
  editLabel,
  editForm,
  retire,
  open,
}: {
  summary: ReactNode;
  canEdit: boolean;
  editLabel: string;
  editForm: ReactNode;
  retire: ReactNode;
  open: boolean;
}) {
  return (
    <li>
      {summary}
      {canEdit ? (
        <div className="item-actions">
          <details open={open}>
            <summary className="button">{editLabel}</summary>
            {editForm}
          </details>
          {retire}
        </div>
      ) : null}
    </li>
  );
}

export default function ProfilePage() {
  const { sites, products, licences, cccs, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const stateFor = (intent: string, id?: string): FormState | null =>
    result && !result.ok && result.intent === intent && (result.id ?? undefined) === id ? result : null;
  const productOptions = products.map((p) => ({ id: p.id, name: p.model ? `${p.name}（${p.model}）` : p.name }));
  const groupName = (id: string) => {
    const g = findProductGroup(id);
    return g ? (i18n.language === "en" ? g.nameEn : g.nameZh) : t("profile.products.custom");
  };
  return (
    <div className="profile-page">
      <div className="page-head">
        <div>
          <h1>{t("profile.title")}</h1>
          <p className="muted">{t("profile.lead")}</p>
          {!canEdit ? <p className="muted">{t("profile.readOnly")}</p> : null}
        </div>
      </div>

      <Section
        id="sites"
        title={t("profile.sites.title")}
        addLabel={t("profile.sites.add")}
        empty={sites.length === 0 ? t("profile.sites.empty") : null}
        canEdit={canEdit}
        addForm={<SiteForm state={stateFor("site.create")} />}
        addOpen={stateFor("site.create") !== null}
      >
        {sites.map((s) => (
          <Record
            key={s.id}
            open={stateFor("site.update", s.id) !== null}
            canEdit={canEdit}
            editLabel={t("profile.edit")}
            summary={
              <>
                <strong>{s.name}</strong> · {t(`profile.siteTypes.${s.type}`)}
                <br />
                <small className="muted">
                  {s.address}
                  {s.regionCode ? ` · ${s.regionCode}` : ""}
                </small>
              </>
            }
            editForm={<SiteForm site={s} state={stateFor("site.update", s.id)} />}
            retire={<RetireForm intent="site.retire" id={s.id} label={s.name} />}
          />
        ))}
      </Section>

      <Section
        id="products"
        title={t("profile.products.title")}
        addLabel={t("profile.products.add")}
        empty={products.length === 0 ? t("profile.products.empty") : null}
        canEdit={canEdit}
        addForm={<ProductForm sites={sites} state={stateFor("product.create")} />}
        addOpen={stateFor("product.create") !== null}
      >
        {products.map((p) => (
          <Record
            key={p.id}
            open={stateFor("product.update", p.id) !== null}
            canEdit={canEdit}
            editLabel={t("profile.edit")}
            summary={
              <>
                <strong>{p.name}</strong>
                {p.model ? `（${p.model}）` : ""} · {groupName(p.productGroupId)} ·{" "}
                {p.scopeRoutes.length === 0 ? (
                  <span className="badge">{t("profile.scopeRoutes.none")}</span>
                ) : (
                  p.scopeRoutes.map((r) => (
                    <span key={r} className="badge">
                      {t(`profile.scopeRoutes.${r}`)}
                    </span>
                  ))
                )}
                {p.code ? (
                  <small className="muted">
                    {" "}
                    · {t("profile.products.code")} {p.code}
                  </small>
                ) : null}
                <br />
                <small className="muted">{[p.siteName, p.standards.join("；")].filter(Boolean).join(" · ")}</small>
              </>
            }
            editForm={<ProductForm product={p} sites={sites} state={stateFor("product.update", p.id)} />}
            retire={<RetireForm intent="product.retire" id={p.id} label={p.name} />}
          />
        ))}
      </Section>

      <div id="certificates">
        <Section
          id="licences"
          title={t("profile.licences.title")}
          addLabel={t("profile.licences.add")}
          empty={licences.length === 0 ? t("profile.licences.empty") : null}
          canEdit={canEdit}
          addForm={<LicenceForm products={productOptions} state={stateFor("licence.create")} />}
          addOpen={stateFor("licence.create") !== null}
        >
          {licences.map((l) => (
            <Record
              key={l.id}
              open={stateFor("licence.update", l.id) !== null}
              canEdit={canEdit}
              editLabel={t("profile.edit")}
              summary={
                <>
                  <strong>{l.licenceNo}</strong> · {formatScopeUnits(l.scopeUnits) || l.productScope} ·{" "}
                  <span className="badge">{t(`profile.statuses.${l.status}`)}</span>
                  <br />
                  <small className="muted">
                    {l.issuer} · {l.issueDate} – {l.expiryDate}
                  </small>
                </>
              }
              editForm={<LicenceForm licence={l} products={productOptions} state={stateFor("licence.update", l.id)} />}
              retire={<RetireForm intent="licence.retire" id={l.id} label={l.licenceNo} />}
            />
          ))}
        </Section>

        <Section
          id="ccc"
          title={t("profile.ccc.title")}
          addLabel={t("profile.ccc.add")}
          empty={cccs.length === 0 ? t("profile.ccc.empty") : null}
          canEdit={canEdit}
          addForm={<CccForm products={productOptions} state={stateFor("ccc.create")} />}
          addOpen={stateFor("ccc.create") !== null}
        >
          {cccs.map((c) => (
            <Record
              key={c.id}
              open={stateFor("ccc.update", c.id) !== null}
              canEdit={canEdit}
              editLabel={t("profile.edit")}
              summary={
                <>
                  <strong>{c.certNo}</strong> · {c.productName}
                  {c.model ? `（${c.model}）` : ""} · <span className="badge">{t(`profile.statuses.${c.status}`)}</span>
                  <br />
                  <small className="muted">
                    {c.issuer} · {c.issueDate} – {c.expiryDate}
                  </small>
                </>
              }
              editForm={<CccForm cert={c} products={productOptions} state={stateFor("ccc.update", c.id)} />}
              retire={<RetireForm intent="ccc.retire" id={c.id} label={c.certNo} />}
            />
          ))}
        </Section>
      </div>
    </div>
  );
}
