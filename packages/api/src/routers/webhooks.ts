// 设置 → Webhook (admins): the enterprise's ERP receivers for signed outbound webhooks
// (docs/decisions/027) — create (the secret is shown once), rotate with a 24 h overlap, disable,
// and the delivery log with replay.
import type { TRPCRouterRecord } from "@trpc/server";
import { WebhookDeliveryRefSchema, WebhookEndpointCreateSchema, WebhookEndpointRefSchema } from "@anzhi/contracts";
import { getEnv } from "@anzhi/config";
import { fieldCipherFor } from "@anzhi/domain/crypto/field-cipher";
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  listWebhooks,
  replayWebhookDelivery,
  rotateWebhookSecret,
} from "@anzhi/domain/webhooks/endpoints";
import { adminProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";

function cipher() {
  const env = getEnv();
  return fieldCipherFor({ envKey: env.ANZHI_ENCRYPTION_KEY, dataDir: env.dataDir });
}

export const webhooksRouter = {
  overview: adminProcedure.query(({ ctx }) => listWebhooks(ctx.orgDb, ctx.org.id, ctx.now())),
  create: adminProcedure.input(WebhookEndpointCreateSchema).mutation(({ ctx, input }) =>
    createWebhookEndpoint(ctx.orgDb, whoOf(ctx), input, {
      cipher: cipher(),
      insecureHosts: getEnv().ANZHI_WEBHOOK_HTTP_HOSTS,
    }),
  ),
  rotateSecret: adminProcedure
    .input(WebhookEndpointRefSchema)
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.orgDb, whoOf(ctx), input, { cipher: cipher() })),
  disable: adminProcedure
    .input(WebhookEndpointRefSchema)
    .mutation(({ ctx, input }) => disableWebhookEndpoint(ctx.orgDb, whoOf(ctx), input)),
  replay: adminProcedure
    .input(WebhookDeliveryRefSchema)
    .mutation(({ ctx, input }) => replayWebhookDelivery(ctx.orgDb, whoOf(ctx), input)),
} satisfies TRPCRouterRecord;
