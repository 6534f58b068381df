// /app/billing — 套餐与账单 (organisation admins, only while billing is on): the plan and where it
// comes from, dunning, usage against the limits, upgrade (Checkout, or bank transfer against
// Stripe's invoices), the Customer Portal, invoices with their PDFs, offline payments and the 发票
// details. docs/decisions/025.
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PLANS, type BillingPlan, type PlanLimits } from "@anzhi/contracts";
import { Field, FormAlert } from "../components/Field.tsx";
import { usePendingForm, useSettled } from "../lib/pending.ts";
import { billingAction, billingLoader } from "./app.billing.server.ts";
import { pageTitle } from "../lib/meta.ts";
import { formatDay } from "../lib/format.ts";

export const meta = pageTitle("billing");
export const loader = billingLoader;
export const action = billingAction;

type Lang = "zh-CN" | "en";

function DunningBanner({
  dunning,
  restrictedFrom,
  timeZone,
}: {
  dunning: string;
  restrictedFrom: Date | null;
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (dunning === "none") return null;
  const date = formatDay(restrictedFrom, timeZone);
  const key =
    dunning === "notice"
      ? "billing.dunning.notice"
      : dunning === "grace"
        ? "billing.dunning.grace"
        : "billing.dunning.restricted";
  return (
    <p className={dunning === "restricted" ? "form-alert" : "notice"} role="status" data-testid="billing-dunning">
      {t(key, { date })}
    </p>
  );
}

export default function Billing() {
  const { timeZone, overview, checkoutDone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const settled = useSettled();
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === "en" ? "en" : "zh-CN";
  const submitting = usePendingForm({ state: "submitting" });
  const busy = submitting?.get("intent") ?? null;
  const { standing: s, usage, details } = overview;
  const limit = (l: PlanLimits, k: "sites" | "members") => (l[k] === null ? t("billing.unlimited") : String(l[k]));
  const date = (d: Date | null) => (d ? formatDay(d, timeZone) : "—");
  const detailsError = actionData?.intent === "details" ? actionData.error : null;
  const statusKey = `billing.statuses.${s.status}` as "billing.statuses.active";
  const good = s.source !== "trial" && s.dunning === "none";
  return (
    <div className="stack">
      <h1>{t("billing.title")}</h1>
      {checkoutDone && s.source !== "stripe" ? (
        <p className="notice" role="status">
          {t("billing.checkoutDone")}
        </p>
      ) : null}
      <DunningBanner dunning={s.dunning} restrictedFrom={s.restrictedFrom} timeZone={timeZone} />
      <section className="card stack" aria-labelledby="billing-plan">
        <h2 id="billing-plan">{t("billing.plan")}</h2>
        <dl className="facts" data-testid="billing-standing">
          <dt>{t("billing.plan")}</dt>
          <dd data-testid="billing-plan">{s.plan ? PLANS[s.plan as BillingPlan].name[lang] : t("billing.none")}</dd>
          <dt>{t("billing.status")}</dt>
          <dd data-testid="billing-status">{t(statusKey, { defaultValue: s.status })}</dd>
          <dt>{t("billing.source")}</dt>
          <dd>{t(`billing.sources.${s.source}`)}</dd>
          <dt>{t("billing.periodEnd")}</dt>
          <dd>{date(s.periodEnd)}</dd>
          {s.sites !== null ? (
            <>
              <dt>{t("billing.paidSites")}</dt>
              <dd>{s.sites}</dd>
            </>
          ) : null}
        </dl>
        <h3>{t("billing.usage")}</h3>
        <ul>
          <li>{t("billing.sitesUsed", { used: usage.sites, limit: limit(s.limits, "sites") })}</li>
          <li>{t("billing.membersUsed", { used: usage.members, limit: limit(s.limits, "members") })}</li>
          <li>{t("billing.storageUsed", { used: usage.storageMb, limit: s.limits.storageMb })}</li>
        </ul>
        {overview.hasCustomer ? (
          <Form method="post">
            <input type="hidden" name="intent" value="portal" />
            <button type="submit" className="secondary" disabled={busy === "portal"} aria-busy={busy === "portal"}>
              {t("billing.portal")}
            </button>
          </Form>
        ) : null}
      </section>

      {good ? null : (
        <section className="stack" aria-labelledby="billing-upgrade">
          <h2 id="billing-upgrade">{t("billing.upgrade")}</h2>
          {actionData?.intent === "upgrade" && actionData.error ? (
            <FormAlert message={actionData.error.message} />
          ) : null}
          {actionData?.message === "transferStarted" && settled ? (
            <p className="notice" role="status">
              {t("billing.transferStarted")}
            </p>
          ) : null}
          <ul className="card-grid">
            {(["basic", "professional"] as const).map((plan) => (
              <li key={plan} className="card stack" data-testid={`upgrade-${plan}`}>
                <h3>{PLANS[plan].name[lang]}</h3>
                <p>
                  {t(PLANS[plan].perSite ? "billing.perSiteYear" : "billing.perYear", {
                    price: PLANS[plan].priceCnyPerYear.toLocaleString(i18n.language),
                  })}
                </p>
                <Form method="post" className="stack">
                  <input type="hidden" name="intent" value="upgrade" />
                  <input type="hidden" name="plan" value={plan} />
                  <button
                    type="submit"
                    name="collection"
                    value="card"
                    className="primary"
                    disabled={busy === "upgrade"}
                  >
                    {t("billing.payCard")}
                  </button>
                  <button
                    type="submit"
                    name="collection"
                    value="bank_transfer"
                    className="secondary"
                    disabled={busy === "upgrade"}
                  >
                    {t("billing.payTransfer")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="stack" aria-labelledby="billing-invoices">
        <h2 id="billing-invoices">{t("billing.invoices")}</h2>
        {overview.invoices.length === 0 ? <p className="muted">{t("billing.noInvoices")}</p> : null}
        {overview.invoices.length > 0 ? (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("billing.invoiceNo")}</th>
                  <th scope="col">{t("billing.issued")}</th>
                  <th scope="col">{t("billing.amount")}</th>
                  <th scope="col">{t("billing.status")}</th>
                  <th scope="col">{t("billing.pdf")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.invoices.map((inv) => (
                  <tr key={inv.id} data-testid="billing-invoice">
                    <td>
                      {inv.hostedInvoiceUrl ? (
                        <a href={inv.hostedInvoiceUrl} rel="noreferrer" target="_blank">
                          {inv.number ?? "—"}
                        </a>
                      ) : (
                        (inv.number ?? "—")
                      )}
                    </td>
                    <td>{date(inv.issuedAt)}</td>
                    <td>
                      {(inv.amountDue / 100).toLocaleString(i18n.language, {
                        style: "currency",
                        currency: inv.currency.toUpperCase(),
                      })}
                    </td>
                    <td>
                      {t(`billing.invoiceStatuses.${inv.status}` as "billing.invoiceStatuses.paid", {
                        defaultValue: inv.status,
                      })}
                    </td>
                    <td>
                      {inv.invoicePdf ? (
                        <a href={inv.invoicePdf} rel="noreferrer" target="_blank">
                          {t("billing.pdf")}
                        </a>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {overview.grants.length > 0 ? (
          <>
            <h3>{t("billing.grants")}</h3>
            <ul data-testid="billing-grants">
              {overview.grants.map((g) => (
                <li key={g.id}>
                  {t("billing.grantLine", {
                    plan: PLANS[g.plan as BillingPlan]?.name[lang] ?? g.plan,
                    sites: g.sites,
                    until: g.validUntil,
                    reference: g.reference,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="billing-details">
        <h2 id="billing-details">{t("billing.details")}</h2>
        <p className="muted">{t("billing.detailsLead")}</p>
        {actionData?.message === "saved" && settled ? (
          <p className="notice" role="status">
            {t("billing.saved")}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="details" />
          <FormAlert
            message={detailsError && Object.keys(detailsError.fields).length === 0 ? detailsError.message : undefined}
          />
          <Field
            name="title"
            label={t("billing.invoiceTitle")}
            defaultValue={details?.title ?? ""}
            maxLength={100}
            required
            error={detailsError?.fields.title}
          />
          <Field
            name="taxId"
            label={t("billing.taxId")}
            defaultValue={details?.taxId ?? ""}
            maxLength={18}
            required
            autoCapitalize="characters"
            error={detailsError?.fields.taxId}
          />
          <Field
            name="addressPhone"
            label={t("billing.addressPhone")}
            defaultValue={details?.addressPhone ?? ""}
            maxLength={200}
            error={detailsError?.fields.addressPhone}
          />
          <Field
            name="bankAccount"
            label={t("billing.bankAccount")}
            defaultValue={details?.bankAccount ?? ""}
            maxLength={200}
            error={detailsError?.fields.bankAccount}
          />
          <fieldset className={detailsError?.fields.invoiceType ? "field-invalid" : undefined}>
            <legend>{t("billing.invoiceType")}</legend>
            <div className="choices">
              {(["vat_normal", "vat_special"] as const).map((type) => (
                <label key={type} className="choice" htmlFor={`invoice-type-${type}`}>
                  <input
                    id={`invoice-type-${type}`}
                    type="radio"
                    name="invoiceType"
                    value={type}
                    defaultChecked={(details?.invoiceType ?? "vat_normal") === type}
                  />
                  {t(`billing.invoiceTypes.${type}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            name="email"
            type="email"
            label={t("billing.email")}
            defaultValue={details?.email ?? ""}
            maxLength={200}
            error={detailsError?.fields.email}
          />
          <button type="submit" className="primary" disabled={busy === "details"} aria-busy={busy === "details"}>
            {busy === "details" ? t("billing.saving") : t("billing.save")}
          </button>
        </Form>
      </section>
    </div>
  );
}
