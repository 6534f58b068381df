-- CreateTable
CREATE TABLE "HazardCounter" (
    "organizationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    PRIMARY KEY ("organizationId", "year"),
    CONSTRAINT "HazardCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Existing ledgers: each organisation's counter for a year starts after its highest number that year.
INSERT INTO "HazardCounter" ("organizationId", "year", "last")
SELECT "organizationId", CAST(substr("hazardNo", 4, 4) AS INTEGER), MAX(CAST(substr("hazardNo", 9) AS INTEGER))
FROM "Hazard"
WHERE "hazardNo" GLOB 'YH-[0-9][0-9][0-9][0-9]-[0-9]*'
GROUP BY "organizationId", substr("hazardNo", 4, 4);
