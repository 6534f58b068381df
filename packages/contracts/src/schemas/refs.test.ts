import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IdSchema, SiteIdSchema, uniqueArray, UserIdSchema } from "./common";
import { refPathsOf, refsOf, refTo } from "./refs";

const Schema = z.strictObject({
  subjectId: IdSchema,
  siteId: SiteIdSchema.optional(),
  owners: uniqueArray(UserIdSchema, 10).default([]),
  productIds: refTo(z.array(IdSchema), "product").optional(),
  nested: z.array(z.strictObject({ siteId: SiteIdSchema })).optional(),
  action: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("a"), ownerUserId: UserIdSchema }),
    z.strictObject({ type: z.literal("b") }),
  ]),
});

describe("refsOf", () => {
  it("finds every branded id with its model and path, and never a plain id", () => {
    const value = Schema.parse({
      subjectId: "h1",
      siteId: "s1",
      owners: ["u1", "u2"],
      productIds: ["p1", "p2"],
      nested: [{ siteId: "s2" }],
      action: { type: "a", ownerUserId: "u3" },
    });
    expect(refsOf(Schema, value)).toEqual([
      { model: "site", id: "s1", path: "siteId" },
      { model: "user", id: "u1", path: "owners.0" },
      { model: "user", id: "u2", path: "owners.1" },
      { model: "product", id: "p1", path: "productIds" },
      { model: "product", id: "p2", path: "productIds" },
      { model: "site", id: "s2", path: "nested.0.siteId" },
      { model: "user", id: "u3", path: "action.ownerUserId" },
    ]);
  });

  it("skips absent optional references", () => {
    expect(refsOf(Schema, Schema.parse({ subjectId: "h1", action: { type: "b" } }))).toEqual([]);
  });

  it("lists the reference fields of a schema for the tenancy walk", () => {
    expect(refPathsOf(Schema).map((r) => `${r.path.join(".")}:${r.model}${r.array ? "[]" : ""}`)).toEqual([
      "siteId:site",
      "owners.0:user",
      "productIds:product[]",
      "nested.0.siteId:site",
      "action.ownerUserId:user",
    ]);
  });
});
