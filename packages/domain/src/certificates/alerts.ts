// Dashboard alerts for licences and CCC certificates: expired or no longer valid, expiring within
// 30 days, within 90 days. Dates are the organisation's local calendar dates.
import { dayNumber, type CertificateAlertLevel } from "@anzhi/contracts";
import { forOrganization, type Db } from "@anzhi/db";

export interface CertificateAlert {
  kind: "licence" | "ccc";
  id: string;
  number: string;
  name: string;
  expiryDate: string;
  status: string;
  /** Days from today to the expiry date (negative once expired). */
  daysLeft: number;
  level: CertificateAlertLevel;
}

const RANK: Record<CertificateAlertLevel, number> = { expired: 0, invalid: 1, within_30: 2, within_90: 3 };

export function alertLevel(
  status: string,
  expiryDate: string,
  today: string,
): { level: CertificateAlertLevel; daysLeft: number } | null {
  const daysLeft = dayNumber(expiryDate) - dayNumber(today);
  if (daysLeft < 0 || status === "expired") return { level: "expired", daysLeft };
  if (status !== "valid") return { level: "invalid", daysLeft };
  if (daysLeft <= 30) return { level: "within_30", daysLeft };
  if (daysLeft <= 90) return { level: "within_90", daysLeft };
  return null;
}

export async function certificateAlerts(db: Db, organizationId: string, today: string): Promise<CertificateAlert[]> {
  const scoped = forOrganization(db, organizationId);
  const [licences, cccs] = await Promise.all([
    scoped.productionLicence.findMany({
      where: { retiredAt: null },
      select: { id: true, licenceNo: true, productScope: true, expiryDate: true, status: true },
    }),
    scoped.cccCertificate.findMany({
      where: { retiredAt: null },
      select: { id: true, certNo: true, productName: true, expiryDate: true, status: true },
    }),
  ]);
  const alerts: CertificateAlert[] = [];
  for (const l of licences) {
    const a = alertLevel(l.status, l.expiryDate, today);
    if (a)
      alerts.push({
        kind: "licence",
        id: l.id,
        number: l.licenceNo,
        name: l.productScope,
        expiryDate: l.expiryDate,
        status: l.status,
        ...a,
      });
  }
  for (const c of cccs) {
    const a = alertLevel(c.status, c.expiryDate, today);
    if (a)
      alerts.push({
        kind: "ccc",
        id: c.id,
        number: c.certNo,
        name: c.productName,
        expiryDate: c.expiryDate,
        status: c.status,
        ...a,
      });
  }
  return alerts.sort((x, y) => RANK[x.level] - RANK[y.level] || x.daysLeft - y.daysLeft);
}
