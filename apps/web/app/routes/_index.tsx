import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { callerForRequest, orThrowResponse } from "../lib/trpc.server.ts";
import { getUser } from "../lib/auth.server.ts";

export const meta: MetaFunction = () => [
  { title: "安质 Anzhi — 工业产品质量安全主体责任管理平台" },
  { name: "description", content: "日管控、周排查、月调度与隐患整改销号，依据市场监管总局令第75号、第76号。" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const caller = await callerForRequest(request);
  const health = await orThrowResponse(caller.system.health());
  const viewer = await getUser(request);
  return { health, signedIn: viewer !== null };
}

const FEATURES = ["riskList", "daily", "weekly", "monthly", "hazards", "erp", "regulator"] as const;

export default function Home() {
  const { health, signedIn } = useLoaderData<typeof loader>();
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
      <section className="status" aria-labelledby="status-title">
        <h2 id="status-title">{t("home.statusTitle")}</h2>
        <dl>
          <div>
            <dt>{t("home.statusTitle")}</dt>
            <dd data-testid="status">{t("home.statusOk")}</dd>
          </div>
          <div>
            <dt>{t("home.organizations")}</dt>
            <dd>{health.organizations}</dd>
          </div>
          <div>
            <dt>{t("home.migrations")}</dt>
            <dd>{health.migrations}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
