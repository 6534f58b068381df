import type { Command } from "commander";
import { ApiKeyCreateSchema } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { parseInput } from "@anzhi/domain/errors";
import { createApiKey, defaultKeyOwner, listApiKeys, revokeApiKey } from "@anzhi/domain/api-keys/api-keys";
import { CliError, type Io } from "../io.ts";
import { describeError, findOrgBySlug, openDatabase } from "./util.ts";
import { systemClock } from "@anzhi/domain/clock";

async function openOrg(slug: string): Promise<{ db: Db; org: { id: string; slug: string } }> {
  const db = await openDatabase();
  return { db, org: await findOrgBySlug(db, slug) };
}

export function registerApiKey(program: Command, io: Io): void {
  const apiKey = program.command("api-key").description("ERP API keys (shown once, stored hashed)");

  apiKey
    .command("create")
    .description("create an API key and print it once")
    .requiredOption("--org <slug>", "organisation")
    .requiredOption("--name <name>", "what the key is for, e.g. 金蝶云星空 nightly sync")
    .option("--scopes <scopes>", "comma-separated: records:write,records:read", "records:write,records:read")
    .option("--site <site>", "bind the key to one site (site id or site code)")
    .option("--by <email>", "admin the key is attributed to (default: the organisation's first admin)")
    .action(async (o: { org: string; name: string; scopes: string; site?: string; by?: string }) => {
      const { db, org } = await openOrg(o.org);
      let siteId: string | undefined;
      if (o.site) {
        const site = await db.site.findFirst({
          where: { organizationId: org.id, retiredAt: null, OR: [{ id: o.site }, { code: o.site }] },
          select: { id: true },
        });
        if (!site) throw new CliError(`no site "${o.site}" in ${org.slug}`);
        siteId = site.id;
      }
      const owner = o.by
        ? (
            await db.membership.findFirst({
              where: { organizationId: org.id, status: "active", user: { email: o.by.toLowerCase() } },
              select: { userId: true },
            })
          )?.userId
        : await defaultKeyOwner(db, org.id);
      if (!owner)
        throw new CliError(
          o.by ? `${o.by} is not an active member of ${org.slug}` : `${org.slug} has no admin yet; pass --by <email>`,
        );
      try {
        const scopes = [
          ...new Set(
            o.scopes
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
        const input = parseInput(ApiKeyCreateSchema, { name: o.name, scopes, ...(siteId ? { siteId } : {}) });
        const created = await createApiKey(db, org.id, owner, input);
        io.out(
          `created API key ${created.key.prefix} "${created.key.name}" for ${org.slug} (${created.key.scopes.join(", ")}${created.key.siteName ? `, site ${created.key.siteName}` : ""})`,
        );
        io.out("store it now — it is not shown again:");
        io.out(created.secret);
      } catch (error) {
        throw describeError(error);
      }
    });

  apiKey
    .command("list")
    .description("list an organisation's API keys (prefix only)")
    .requiredOption("--org <slug>", "organisation")
    .action(async (o: { org: string }) => {
      const { db, org } = await openOrg(o.org);
      const keys = await listApiKeys(db, org.id);
      if (keys.length === 0) {
        io.out(`no API keys in ${org.slug}`);
        return;
      }
      for (const k of keys) {
        const state = k.revokedAt ? `revoked ${k.revokedAt}` : "active";
        io.out(
          [
            k.prefix,
            k.name,
            k.scopes.join(","),
            k.siteName ?? "all sites",
            `last used ${k.lastUsedAt ?? "never"}`,
            state,
          ].join("\t"),
        );
      }
    });

  apiKey
    .command("revoke")
    .description("revoke an API key (kept for the record, refused from now on)")
    .requiredOption("--org <slug>", "organisation")
    .requiredOption("--prefix <prefix>", "the key's prefix, e.g. anz_3f9a1c0d")
    .action(async (o: { org: string; prefix: string }) => {
      const { db, org } = await openOrg(o.org);
      const key = await db.apiKey.findFirst({
        where: { organizationId: org.id, prefix: o.prefix },
        select: { id: true },
      });
      if (!key)
        throw new CliError(`no API key ${o.prefix} in ${org.slug} (see \`pnpm anzhi api-key list --org ${org.slug}\`)`);
      const revoked = await revokeApiKey(db, org.id, null, key.id, systemClock());
      io.out(`revoked API key ${revoked.prefix} "${revoked.name}" (${revoked.revokedAt ?? ""})`);
    });
}
