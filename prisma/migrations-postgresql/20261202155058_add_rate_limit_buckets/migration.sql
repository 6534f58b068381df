-- anzhi-schema-sha256: 0a22792c26fe005fbc73dd3c9375f7fd94099df328276ed05b3830cdcd0f0b11
-- Written by scripts/new-migration.mjs: the PostgreSQL form of the SQLite migration of the same name.

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "refilledAt" BIGINT NOT NULL,
    "granted" BOOLEAN NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);
