// The public landing page: what the product does, how an enterprise starts, and the ways in
// (register, sign in; the pricing page only when billing is on). No internal figures.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { callerForRequest } from "../lib/trpc.server.ts";
import { getUser } from "../lib/auth.server.ts";
import { getLocale } from "../lib/locale.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title:
      data?.lang === "en"
        ? "Anzhi — quality-safety responsibility for industrial products"
        : "安质 Anzhi — 工业产品质量安全主体责任管理平台",
  },
  {
    name: "description",
    content:
      data?.lang === "en"
        ? "Daily control, weekly screening, monthly scheduling and hazard rectification, under SAMR Orders No. 75 and No. 76."
        : "日管控、周排查、月调度与隐患整改销号，依据市场监管总局令第75号、第76号。",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const caller = await callerForRequest(request);
  const [billing, viewer] = await Promise.all([caller.billing.enabled(), getUser(request)]);
  return { billing, signedIn: viewer !== null, lang: getLocale(request) };
}

const FEATURES = ["riskList", "daily", "weekly", "monthly", "hazards", "erp", "regulator"] as const;
const STEPS = ["register", "list", "people", "check"] as const;

export default function Home() {
  const { billing, signedIn } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        <p className="actions">
          {signedIn ? (
            <Link className="button primary" to="/app">
              {t("auth.enterApp")}
            </Link>
          ) : (
            <>
              <Link className="button primary" to="/signup">
                {t("home.signup")}
              </Link>
              <Link className="button" to="/login">
                {t("home.login")}
              </Link>
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title">{t("home.featuresTitle")}</h2>
        <ul className="feature-grid">
          {FEATURES.map((key) => (
            <li key={key} className="card">
              <h3>{t(`home.features.${key}.title`)}</h3>
              <p>{t(`home.features.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t("home.stepsTitle")}</h2>
        <ol className="stack">
          {STEPS.map((key) => (
            <li key={key}>{t(`home.steps.${key}`)}</li>
          ))}
        </ol>
        <p className="actions">
          {signedIn ? null : (
            <Link className="button primary" to="/signup">
              {t("home.signup")}
            </Link>
          )}
          {billing ? <Link to="/pricing">{t("home.pricing")}</Link> : null}
        </p>
      </section>
    </div>
  );
}
