// The one-page enterprise dossier (regulation.md §10), exportable as XLSX or CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { LedgerTable } from "../components/regulator/LedgerTable.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const organizationId = params.orgId ?? "";
  const dossier = await orThrowResponse(caller.regulator.dossier({ organizationId }));
  return { dossier, organizationId };
}

function Pairs({ items }: { items: Array<{ key: string; zh: string; value: string }> }) {
  return (
    <dl>
      {items.map((i) => (
        <div key={i.key} style={{ display: "contents" }}>
          <dt>{i.zh}</dt>
          <dd>{i.value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function Dossier() {
  const { dossier: d, organizationId } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = `/regulator/enterprises/${organizationId}`;
  return (
    <article className="reg-print stack print-sheet">
      <p>
        <Link to={base}>← {d.organizationName}</Link>
      </p>
      <h1>{t("regulator.dossier.title")}</h1>
      <p className="muted">{t("regulator.dossier.lead")}</p>
      <div className="reg-actions">
        <a href={`${base}/export?ledger=dossier&format=xlsx`} download>
          {t("regulator.detail.exportXlsx")}
        </a>
        <a href={`${base}/export?ledger=dossier&format=csv`} download>
          {t("regulator.detail.exportCsv")}
        </a>
      </div>
      <h2>{t("regulator.dossier.basics")}</h2>
      <Pairs items={d.basics} />
      <h2>{t("regulator.dossier.systems")}</h2>
      {d.systems.length > 0 ? (
        <Pairs items={d.systems} />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
      <h2>{t("regulator.dossier.certificates")}</h2>
      {d.certificates ? (
        <LedgerTable table={d.certificates} caption={t("regulator.dossier.certificates")} />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
      <h2>{t("regulator.dossier.people")}</h2>
      {d.people ? (
        <LedgerTable table={d.people} caption={t("regulator.dossier.people")} />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
      <h2>{t("regulator.dossier.suppliers")}</h2>
      {d.suppliers ? (
        <LedgerTable
          caption={t("regulator.dossier.suppliers")}
          table={{
            columns: [
              { key: "supplierName", zh: t("regulator.dossier.supplierName") },
              { key: "supplierUscc", zh: t("regulator.dossier.supplierUscc") },
              { key: "supplierType", zh: t("regulator.dossier.supplierType") },
              { key: "supplierProducts", zh: t("regulator.dossier.supplierProducts") },
            ],
            rows: d.suppliers.map((s, i) => ({ id: String(i), cells: [s.name, s.uscc, s.type, s.mainProducts] })),
          }}
        />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
    </article>
  );
}
