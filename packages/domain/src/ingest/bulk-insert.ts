// Multi-row INSERTs for the ingest hot path, inside the caller's (Prisma) transaction: all rows go
// to the database as ONE statement over one JSON document — no per-row or per-value marshalling
// through the query engine, which dominated the cost of createMany for thousands of rows. The
// statement for each database (SQLite json_each, PostgreSQL jsonb_populate_recordset) lives in
// @anzhi/db's dialect module; values are stored exactly as Prisma stores them there.
export { bulkInsert as insertRows, type Cell } from "@anzhi/db";
