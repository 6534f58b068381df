// The enterprises that granted this agency access, each with its risk indicators; sortable (by a
// column header, or the select on a phone) and filterable by each indicator through the query
// string (works without JavaScript), 50 a page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { EnterpriseTable } from "../components/regulator/EnterpriseTable.tsx";
import { useIsPending } from "../lib/pending.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const params = new URL(request.url).searchParams;
  const page = Number(params.get("page") ?? "1");
  const r = await orThrowResponse(
    caller.regulator.enterprises({
      sort: params.get("sort") ?? undefined,
      only: params.getAll("only"),
      ...(Number.isInteger(page) && page > 1 && page <= 100_000 ? { page } : {}),
    }),
  );
  return {
    enterprises: r.enterprises,
    total: r.total,
    matched: r.matched,
    page: r.page,
    pageCount: r.pageCount,
    sort: r.sort,
    flags: r.only as string[],
    SORT_KEYS: r.sortKeys,
    FLAG_KEYS: r.flagKeys,
  };
}

export default function RegulatorIndex() {
  const { enterprises, total, matched, page, pageCount, sort, flags, SORT_KEYS, FLAG_KEYS } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const location = useLocation();
  const pageLink = (n: number) => {
    const params = new URLSearchParams(location.search);
    if (n === 1) params.delete("page");
    else params.set("page", String(n));
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
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
              <select id="reg-sort" name="sort" defaultValue={sort} key={sort}>
                {SORT_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {t(`regulator.sortBy.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <details className="reg-only" open={flags.length > 0}>
              <summary>
                {t("regulator.list.only")}
                {flags.length > 0 ? ` (${flags.length})` : ""}
              </summary>
              <fieldset className="reg-checks">
                <legend className="visually-hidden">{t("regulator.list.only")}</legend>
                {FLAG_KEYS.map((f) => (
                  <label key={f}>
                    <input type="checkbox" name="only" value={f} defaultChecked={flags.includes(f)} />
                    {t(`regulator.flag.${f}`)}
                  </label>
                ))}
              </fieldset>
            </details>
            <button type="submit" disabled={busy}>
              {t("regulator.list.apply")}
            </button>
          </Form>
          <p className="muted" role="status">
            {t("regulator.list.count", { count: matched })}
          </p>
          <EnterpriseTable enterprises={enterprises} sort={sort} />
          {pageCount > 1 ? (
            <nav className="pager" aria-label={t("regulator.list.pages")}>
              {page > 1 ? (
                <Link to={pageLink(page - 1)} rel="prev" className="button">
                  {t("regulator.list.prevPage")}
                </Link>
              ) : null}
              <span>{t("regulator.list.pageOf", { page, pageCount })}</span>
              {page < pageCount ? (
                <Link to={pageLink(page + 1)} rel="next" className="button">
                  {t("regulator.list.nextPage")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
      <p>
        <Link to="/regulator/reports">{t("regulator.nav.reports")}</Link>
      </p>
    </section>
  );
}
