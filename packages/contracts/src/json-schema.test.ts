// The REST v1 OpenAPI document is generated from these schemas, so every exported schema must be
// representable as JSON Schema (no transforms: normalisation uses .overwrite()).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contracts from "./index";

const schemas: [string, z.ZodType][] = [];
for (const [name, value] of Object.entries(contracts) as [string, unknown][]) {
  if (value instanceof z.ZodType) schemas.push([name, value]);
}

describe("JSON Schema export", () => {
  it("finds the exported schemas", () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)("%s converts for both input and output", (_name, schema) => {
    expect(() => z.toJSONSchema(schema, { io: "input" })).not.toThrow();
    expect(() => z.toJSONSchema(schema, { io: "output" })).not.toThrow();
  });

  it("strict inputs forbid additional properties", () => {
    const json = z.toJSONSchema(contracts.IncomingInspectionUpsertSchema, { io: "input" });
    expect(json).toMatchObject({ type: "object", additionalProperties: false });
  });
});
