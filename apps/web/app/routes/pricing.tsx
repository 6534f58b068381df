// /pricing — the public pricing page (Chinese and English), rendered from the plans as data
// (@anzhi/contracts billing/plans.ts). Not there while billing is off.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PLANS } from "@anzhi/contracts";
import { getUser } from "../lib/auth.server.ts";
import { callerForRequest, errorPage } from "../lib/trpc.server.ts";
import { pageTitle } from "../lib/meta.ts";

export const meta = pageTitle("pricing");

export async function loader({ request }: LoaderFunctionArgs) {
  const caller = await callerForRequest(request);
  if (!(await caller.billing.enabled())) throw errorPage("NOT_FOUND");
  return { signedIn: (await getUser(request)) !== null };
}

export default function Pricing() {
  const { signedIn } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "zh-CN";
  const target = signedIn ? "/app/billing" : "/signup";
  return (
    <div className="stack">
      <h1>{t("billing.pricingTitle")}</h1>
      <p className="lead">{t("billing.pricingLead")}</p>
      <ul className="card-grid">
        {(["trial", "basic", "professional"] as const).map((id) => {
          const plan = PLANS[id];
          return (
            <li key={id} className="card stack" data-testid={`plan-${id}`}>
              <h2>{plan.name[lang]}</h2>
              <p className="muted">{plan.summary[lang]}</p>
              <p>
                <strong>
                  {plan.priceCnyPerYear === 0
                    ? t("billing.free")
                    : t(plan.perSite ? "billing.perSiteYear" : "billing.perYear", {
                        price: plan.priceCnyPerYear.toLocaleString(i18n.language),
                      })}
                </strong>
              </p>
              <ul>
                {plan.features[lang].map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
              <Link
                className={id === "professional" ? "button primary" : "button"}
                to={id === "trial" && !signedIn ? "/signup" : target}
              >
                {id === "trial" ? t("billing.start") : t("billing.choose")}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
