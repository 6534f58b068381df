-- Billing (Stripe customers, subscriptions, webhook events) was modelled ahead of the billing
-- issue and never used; the tables return with it.
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "BillingCustomer";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Subscription";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "BillingEvent";
PRAGMA foreign_keys=on;
