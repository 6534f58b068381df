// The four profile forms (site, product, licence, CCC certificate), each for create and edit.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CertificateStatus,
  CUSTOM_PRODUCT_GROUP,
  formatScopeUnits,
  productGroups,
  ProductRoute,
  SiteType,
  defaultScopeRoutesFor,
} from "@anzhi/contracts";
import { EntityForm, ProductChecks, SelectField, TextField, type FormState } from "./form-bits.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";

type Opt = { value: string; label: string };

export type SiteLike = RouterOutputs["profile"]["sites"]["list"][number];
export type ProductLike = RouterOutputs["profile"]["products"]["list"][number];
export type LicenceLike = RouterOutputs["certificates"]["licences"]["list"][number];
export type CccLike = RouterOutputs["certificates"]["ccc"]["list"][number];

function useStatusOptions(): Opt[] {
  const { t } = useTranslation();
  return CertificateStatus.options.map((s) => ({ value: s, label: t(`profile.statuses.${s}`) }));
}

export function SiteForm({ site, state }: { site?: SiteLike; state: FormState | null }) {
  const { t } = useTranslation();
  const p = site ? `site-${site.id}` : "site-new";
  return (
    <EntityForm
      intent={site ? "site.update" : "site.create"}
      id={site?.id}
      state={state}
      submitLabel={t("profile.save")}
    >
      <TextField prefix={p} name="name" label={t("profile.sites.name")} state={state} initial={site?.name} required />
      <SelectField
        prefix={p}
        name="type"
        label={t("profile.sites.type")}
        state={state}
        initial={site?.type ?? "factory"}
        options={SiteType.options.map((s) => ({ value: s, label: t(`profile.siteTypes.${s}`) }))}
      />
      <TextField
        prefix={p}
        name="address"
        label={t("profile.sites.address")}
        state={state}
        initial={site?.address}
        required
      />
      <TextField
        prefix={p}
        name="regionCode"
        label={t("profile.sites.regionCode")}
        state={state}
        initial={site?.regionCode}
      />
    </EntityForm>
  );
}

export function ProductForm({
  product,
  sites,
  state,
}: {
  product?: ProductLike;
  sites: readonly { id: string; name: string }[];
  state: FormState | null;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const p = product ? `product-${product.id}` : "product-new";
  const [groupId, setGroupId] = useState(
    state?.values.productGroupId ?? product?.productGroupId ?? productGroups[0]?.id ?? CUSTOM_PRODUCT_GROUP,
  );
  const [routes, setRoutes] = useState<readonly string[]>(
    state
      ? (state.values.scopeRoutes?.split(",").filter(Boolean) ?? [])
      : (product?.scopeRoutes ?? defaultScopeRoutesFor(groupId)),
  );
  const group = productGroups.find((g) => g.id === groupId);
  const groupOptions: Opt[] = [
    ...productGroups.map((g) => ({ value: g.id, label: en ? g.nameEn : g.nameZh })),
    { value: CUSTOM_PRODUCT_GROUP, label: t("profile.products.custom") },
  ];
  const subOptions: Opt[] = [
    { value: "", label: t("profile.products.anySub") },
    ...(group?.subProducts ?? []).map((s) => ({ value: s.id, label: en ? s.nameEn : s.nameZh })),
  ];
  return (
    <EntityForm
      intent={product ? "product.update" : "product.create"}
      id={product?.id}
      state={state}
      submitLabel={t("profile.save")}
    >
      <TextField
        prefix={p}
        name="name"
        label={t("profile.products.name")}
        state={state}
        initial={product?.name}
        required
      />
      <TextField
        prefix={p}
        name="code"
        label={t("profile.products.code")}
        hint={t("profile.products.codeHint")}
        state={state}
        initial={product?.code}
      />
      <TextField prefix={p} name="model" label={t("profile.products.model")} state={state} initial={product?.model} />
      <SelectField
        prefix={p}
        name="productGroupId"
        label={t("profile.products.group")}
        state={state}
        options={groupOptions}
        value={groupId}
        onChange={(v) => {
          setGroupId(v);
          if (!product) setRoutes(defaultScopeRoutesFor(v));
        }}
      />
      <SelectField
        key={groupId}
        prefix={p}
        name="subProductId"
        label={t("profile.products.subProduct")}
        state={state}
        initial={product?.productGroupId === groupId ? product.subProductId : ""}
        options={subOptions}
      />
      <SelectField
        prefix={p}
        name="siteId"
        label={t("profile.products.site")}
        state={state}
        initial={product?.siteId}
        options={[
          { value: "", label: t("profile.products.noSite") },
          ...sites.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <fieldset aria-describedby={state?.fields.scopeRoutes ? `${p}-scopeRoutes-error` : undefined}>
        <legend>{t("profile.products.scopeRoutes")}</legend>
        <div className="choices">
          {ProductRoute.options.map((r) => (
            <label key={r} className="choice">
              <input
                type="checkbox"
                name="scopeRoutes"
                value={r}
                checked={routes.includes(r)}
                onChange={(e) => setRoutes(e.target.checked ? [...routes, r] : routes.filter((x) => x !== r))}
              />
              {t(`profile.scopeRoutes.${r}`)}
            </label>
          ))}
        </div>
        <p className="muted">{t("profile.products.scopeRoutesHint")}</p>
        {state?.fields.scopeRoutes ? (
          <p id={`${p}-scopeRoutes-error`} className="field-error" role="alert">
            {state.fields.scopeRoutes}
          </p>
        ) : null}
      </fieldset>
      <TextField
        prefix={p}
        name="standards"
        label={t("profile.products.standards")}
        hint={t("profile.products.standardsHint")}
        state={state}
        initial={product?.standards.join("；")}
      />
      <TextField
        prefix={p}
        name="releaseItems"
        label={t("profile.products.releaseItems")}
        hint={t("profile.products.releaseItemsHint")}
        state={state}
        initial={product?.releaseItems.join("；")}
      />
      <TextField
        prefix={p}
        name="serviceLife"
        label={t("profile.products.serviceLife")}
        state={state}
        initial={product?.serviceLife}
      />
    </EntityForm>
  );
}

export function LicenceForm({
  licence,
  products,
  state,
}: {
  licence?: LicenceLike;
  products: readonly { id: string; name: string }[];
  state: FormState | null;
}) {
  const { t } = useTranslation();
  const p = licence ? `licence-${licence.id}` : "licence-new";
  return (
    <EntityForm
      intent={licence ? "licence.update" : "licence.create"}
      id={licence?.id}
      state={state}
      submitLabel={t("profile.save")}
    >
      <TextField
        prefix={p}
        name="licenceNo"
        label={t("profile.licences.number")}
        hint={t("profile.licences.numberHint")}
        state={state}
        initial={licence?.licenceNo}
        required
      />
      <TextField
        prefix={p}
        name="productScope"
        label={t("profile.certificates.productScope")}
        state={state}
        initial={licence?.productScope}
        required
      />
      <TextField
        prefix={p}
        name="scopeUnits"
        label={t("profile.licences.scopeUnits")}
        hint={t("profile.licences.scopeUnitsHint")}
        state={state}
        initial={licence ? formatScopeUnits(licence.scopeUnits) : undefined}
      />
      <TextField
        prefix={p}
        name="holderName"
        label={t("profile.certificates.holder")}
        state={state}
        initial={licence?.holderName}
        required
      />
      <TextField
        prefix={p}
        name="issuer"
        label={t("profile.certificates.issuer")}
        state={state}
        initial={licence?.issuer}
        required
      />
      <TextField
        prefix={p}
        name="issueDate"
        type="date"
        label={t("profile.certificates.issueDate")}
        state={state}
        initial={licence?.issueDate}
        required
      />
      <TextField
        prefix={p}
        name="expiryDate"
        type="date"
        label={t("profile.certificates.expiryDate")}
        state={state}
        initial={licence?.expiryDate}
        required
      />
      <SelectField
        prefix={p}
        name="status"
        label={t("profile.certificates.status")}
        state={state}
        initial={licence?.status ?? "valid"}
        options={useStatusOptions()}
      />
      <ProductChecks prefix={p} products={products} checked={licence?.productIds ?? []} state={state} />
    </EntityForm>
  );
}

export function CccForm({
  cert,
  products,
  state,
}: {
  cert?: CccLike;
  products: readonly { id: string; name: string }[];
  state: FormState | null;
}) {
  const { t } = useTranslation();
  const p = cert ? `ccc-${cert.id}` : "ccc-new";
  return (
    <EntityForm intent={cert ? "ccc.update" : "ccc.create"} id={cert?.id} state={state} submitLabel={t("profile.save")}>
      <TextField
        prefix={p}
        name="certNo"
        label={t("profile.ccc.number")}
        state={state}
        initial={cert?.certNo}
        required
      />
      <TextField
        prefix={p}
        name="productScope"
        label={t("profile.certificates.productScope")}
        state={state}
        initial={cert?.productName}
        required
      />
      <TextField
        prefix={p}
        name="modelSpec"
        label={t("profile.ccc.model")}
        hint={t("profile.ccc.modelHint")}
        state={state}
        initial={cert?.model}
      />
      <TextField
        prefix={p}
        name="holderName"
        label={t("profile.certificates.holder")}
        state={state}
        initial={cert?.holderName}
        required
      />
      <TextField
        prefix={p}
        name="manufacturerName"
        label={t("profile.ccc.manufacturer")}
        state={state}
        initial={cert?.manufacturerName}
        required
      />
      <TextField
        prefix={p}
        name="factoryName"
        label={t("profile.ccc.factory")}
        state={state}
        initial={cert?.factoryName}
        required
      />
      <TextField
        prefix={p}
        name="issuer"
        label={t("profile.certificates.issuer")}
        state={state}
        initial={cert?.issuer}
        required
      />
      <TextField
        prefix={p}
        name="issueDate"
        type="date"
        label={t("profile.certificates.issueDate")}
        state={state}
        initial={cert?.issueDate}
        required
      />
      <TextField
        prefix={p}
        name="expiryDate"
        type="date"
        label={t("profile.certificates.expiryDate")}
        state={state}
        initial={cert?.expiryDate}
        required
      />
      <SelectField
        prefix={p}
        name="status"
        label={t("profile.certificates.status")}
        state={state}
        initial={cert?.status ?? "valid"}
        options={useStatusOptions()}
      />
      <ProductChecks prefix={p} products={products} checked={cert?.productIds ?? []} state={state} />
    </EntityForm>
  );
}
