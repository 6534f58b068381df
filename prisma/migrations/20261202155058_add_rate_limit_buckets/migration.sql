-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tokens" REAL NOT NULL,
    "refilledAt" BIGINT NOT NULL,
    "granted" BOOLEAN NOT NULL
);
