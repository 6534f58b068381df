// The OpenAPI document publishes every outbound webhook event with its payload schema, open to
// fields a later minor adds, and the three Standard Webhooks headers.
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@anzhi/contracts";
import { openApiDocument } from "./openapi.ts";

describe("OpenAPI webhooks", () => {
  it("lists every event type with its data schema and the signed headers", () => {
    const hooks = openApiDocument("https://anzhi.test").webhooks ?? {};
    expect(Object.keys(hooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    const { post } = hooks["certificate.expiring"] as unknown as {
      post: {
        parameters: { name: string }[];
        requestBody: { content: { "application/json": { schema: { properties: Record<string, unknown> } } } };
      };
    };
    expect(post.parameters.map((p) => p.name)).toEqual(["webhook-id", "webhook-timestamp", "webhook-signature"]);
    const { type, data } = post.requestBody.content["application/json"].schema.properties as {
      type: { const: string };
      data: { required: string[]; additionalProperties?: unknown };
    };
    expect(type.const).toBe("certificate.expiring");
    expect(data.required).toEqual(["kind", "id", "number", "expiryDate", "daysLeft", "threshold"]);
    expect(data.additionalProperties).toBeUndefined();
  });
});
