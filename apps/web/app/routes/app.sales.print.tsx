// 销售台账 print view: the statutory sheet for the ledger's filter; the shell is hidden
// when printing.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LedgerSheet } from "../components/sellers/LedgerSheet.tsx";
import { requireMember } from "../lib/auth.server.ts";
import { saleQueryOf, queryString } from "../lib/sellers.server.ts";
import { orThrowResponse } from "../lib/trpc.server.ts";
import styles from "../styles/sellers.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "销售台账 — 安质" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { caller, org } = await requireMember(request);
  const q = saleQueryOf(new URL(request.url), org.today);
  return { sheet: await orThrowResponse(caller.sellers.sales.sheet(q)), back: `/app/sales?${queryString(q)}` };
}

export default function SaleLedgerPrint() {
  const { sheet, back } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="seller-actions no-print">
        <Link className="button" to={back}>
          {t("sellers.common.back")}
        </Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t("sellers.common.printNow")}
        </button>
      </div>
      <LedgerSheet sheet={sheet} testId="sale-ledger-sheet" />
    </div>
  );
}
