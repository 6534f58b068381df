// The v1 (API-key) procedures do not run the app router's reference walk (trpc/owned-refs.ts)
// because none of their inputs carries an internal id: an ERP names suppliers, products and
// records by its own external ids and codes, which the services resolve inside the key's
// organisation. This test keeps that true — a v1 input with a `refTo` field must first get the walk.
import { describe, expect, it } from "vitest";
import type { AnyRouter } from "@trpc/server";
import type { z } from "zod";
import { refPathsOf } from "@anzhi/contracts";
import { v1Router } from "./router.ts";

describe("v1 inputs", () => {
  it("reference no internal ids", () => {
    const router: AnyRouter = v1Router;
    const procedures = router._def.procedures as Record<string, { _def: { inputs: unknown[] } }>;
    const withRefs = Object.entries(procedures)
      .map(([path, procedure]) => ({
        path,
        refs: (procedure._def.inputs as z.ZodType[]).flatMap((schema) => refPathsOf(schema)),
      }))
      .filter((p) => p.refs.length > 0);
    expect(withRefs).toEqual([]);
    expect(Object.keys(procedures).length).toBeGreaterThan(10);
  });
});
