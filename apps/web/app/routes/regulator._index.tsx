// The enterprises that granted this agency access, each with its risk indicators; sortable and
// filterable by each indicator through the query string (works without JavaScript).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { EnterpriseCard } from "../components/regulator/EnterpriseCard.tsx";
import { useIsPending } from "../lib/pending.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const params = new URL(request.url).searchParams;
  const r = await orThrowResponse(
    caller.regulator.enterprises({ sort: params.get("sort") ?? undefined, only: params.getAll("only") }),
  );
  return {
    enterprises: r.enterprises,
    total: r.total,
    sort: r.sort,
    flags: r.only as string[],
    SORT_KEYS: r.sortKeys,
    FLAG_KEYS: r.flagKeys,
  };
}

export default function RegulatorIndex() {
  const { enterprises, total, sort, flags, SORT_KEYS, FLAG_KEYS } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const busy = useIsPending({}, { state: "loading" });
  return (
    <section className="stack">
      <h1>{t("regulator.list.title")}</h1>
      <p className="lead">{t("regulator.list.lead")}</p>
      {total === 0 ? (
        <p className="notice">{t("regulator.list.empty")}</p>
      ) : (
        <>
          <Form method="get" className="reg-filters" aria-busy={busy}>
            <div className="field">
              <label htmlFor="reg-sort">{t("regulator.list.sort")}</label>
              <select id="reg-sort" name="sort" defaultValue={sort}>
                {SORT_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {t(`regulator.sortBy.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="reg-checks">
              <legend>{t("regulator.list.only")}</legend>
              {FLAG_KEYS.map((f) => (
                <label key={f}>
                  <input type="checkbox" name="only" value={f} defaultChecked={flags.includes(f)} />
                  {t(`regulator.flag.${f}`)}
                </label>
              ))}
            </fieldset>
            <button type="submit" disabled={busy}>
              {t("regulator.list.apply")}
            </button>
          </Form>
          <p className="muted" role="status">
            {t("regulator.list.count", { count: enterprises.length })}
          </p>
          <ul className="reg-cards">
            {enterprises.map((e) => (
              <li key={e.id}>
                <EnterpriseCard enterprise={e} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/regulator/reports">{t("regulator.nav.reports")}</Link>
      </p>
    </section>
  );
}
