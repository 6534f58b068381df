// The one-page enterprise dossier (regulation.md §10), exportable as XLSX or CSV: the domain's codes,
// numbers and booleans worded here in the reader's language (docs/decisions/037).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRegulator } from "../lib/regulator.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import { LedgerTable } from "../components/regulator/LedgerTable.tsx";
import { useDossierWords } from "../components/regulator/dossier-words.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { caller } = await requireRegulator(request);
  const organizationId = params.orgId ?? "";
  const dossier = await orThrowResponse(caller.regulator.dossier({ organizationId }));
  return { dossier, organizationId };
}

/** Label and content pairs, each worded by `word` in the reader's language. */
function Pairs<T extends { key: string }>({ items, word }: { items: T[]; word: (item: T) => [string, string] }) {
  return (
    <dl>
      {items.map((i) => {
        const [label, value] = word(i);
        return (
          <div key={i.key} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd data-testid={`dossier-${i.key}`}>{value || "—"}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export default function Dossier() {
  const { dossier: d, organizationId } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const words = useDossierWords();
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
      <Pairs items={d.basics} word={words.basic} />
      <h2>{t("regulator.dossier.systems")}</h2>
      {d.systems.length > 0 ? (
        <Pairs items={d.systems} word={words.system} />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
      <h2>{t("regulator.dossier.certificates")}</h2>
      {d.certificates ? (
        <LedgerTable
          caption={t("regulator.dossier.certificates")}
          table={{
            columns: [
              { key: "certType", zh: t("regulator.dossier.cert.type") },
              { key: "certNumber", zh: t("regulator.dossier.cert.number") },
              { key: "certScope", zh: t("regulator.dossier.cert.scope") },
              { key: "certIssuer", zh: t("regulator.dossier.cert.issuer") },
              { key: "certIssueDate", zh: t("regulator.dossier.cert.issueDate") },
              { key: "certExpiryDate", zh: t("regulator.dossier.cert.expiryDate") },
              { key: "certStatus", zh: t("regulator.dossier.cert.status") },
            ],
            rows: d.certificates.map((c) => ({
              id: c.id,
              cells: [
                t(`regulator.dossier.cert.types.${c.type}`),
                c.number,
                c.scope,
                c.issuer,
                c.issueDate,
                c.expiryDate,
                t(`profile.statuses.${c.status as "valid"}`, { defaultValue: c.status }),
              ],
            })),
          }}
        />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
      <h2>{t("regulator.dossier.people")}</h2>
      {d.people ? (
        <LedgerTable
          caption={t("regulator.dossier.people")}
          table={{
            columns: [
              { key: "personRole", zh: t("regulator.dossier.person.role") },
              { key: "personName", zh: t("regulator.dossier.person.name") },
              { key: "personEmployment", zh: t("regulator.dossier.person.employment") },
              { key: "personAppointedOn", zh: t("regulator.dossier.person.appointedOn") },
              { key: "personEndedOn", zh: t("regulator.dossier.person.endedOn") },
              { key: "personIdOnFile", zh: t("regulator.dossier.person.idOnFile") },
              { key: "personDutyAck", zh: t("regulator.dossier.person.dutyAck") },
            ],
            rows: d.people.map((p) => ({
              id: p.id,
              cells: [
                t(`riskList.roles.${p.role}`, { defaultValue: p.role }),
                p.name,
                t(`appointments.appointments.employments.${p.employment as "full_time"}`, {
                  defaultValue: p.employment,
                }),
                p.appointedOn,
                p.endedOn ?? "",
                words.yesNo(p.idOnFile),
                words.yesNo(p.dutyAcknowledged),
              ],
            })),
          }}
        />
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
            rows: d.suppliers.map((s, i) => ({
              id: String(i),
              cells: [s.name, s.uscc, words.supplierType(s.type), s.mainProducts],
            })),
          }}
        />
      ) : (
        <p className="muted">{t("regulator.dossier.notGranted")}</p>
      )}
    </article>
  );
}
