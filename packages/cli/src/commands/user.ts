import type { Command } from "commander";
import { getEnv } from "@anzhi/config";
import { issuePasswordReset } from "@anzhi/domain/auth/password-reset";
import { systemClock } from "@anzhi/domain/clock";
import { createUser } from "@anzhi/domain/users/users";
import type { Io } from "../io.ts";
import { CliError } from "../io.ts";
import { describeError, findOrgBySlug, openDatabase } from "./util.ts";

export function registerUser(program: Command, io: Io): void {
  const user = program.command("user").description("user accounts");

  user
    .command("create")
    .description("create a user, optionally as a member of an organisation")
    .requiredOption("--email <email>", "login e-mail")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--password <password>", "initial password (at least 10 characters)")
    .option("--org <slug>", "organisation to join")
    .option("--roles <roles>", "comma-separated: principal,director,officer,viewer", "viewer")
    .option("--admin", "make the user an organisation admin")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action(
      async (o: {
        email: string;
        name: string;
        password: string;
        org?: string;
        roles: string;
        admin?: boolean;
        locale: string;
      }) => {
        const db = await openDatabase();
        const org = o.org ? await findOrgBySlug(db, o.org) : null;
        try {
          const roles = [
            ...new Set(
              o.roles
                .split(",")
                .map((r) => r.trim())
                .filter(Boolean),
            ),
          ];
          const created = await createUser(
            db,
            { email: o.email, name: o.name, password: o.password, locale: o.locale },
            {
              actor: { kind: "system" },
              ...(org ? { membership: { organizationId: org.id, roles, isAdmin: o.admin === true } } : {}),
            },
          );
          if (org) {
            io.out(
              `created user ${created.email} in ${org.slug} as ${created.roles.join(", ")}${o.admin ? " (admin)" : ""}`,
            );
          } else {
            io.out(`created user ${created.email}`);
          }
        } catch (error) {
          throw describeError(error);
        }
      },
    );

  user
    .command("reset-link")
    .description("issue a single-use password reset link (valid 24 hours) to hand to the person")
    .requiredOption("--email <email>", "the account's login e-mail")
    .option("--base-url <url>", "where people open Anzhi (default: ANZHI_PUBLIC_URL, else http://localhost:PORT)")
    .action(async (o: { email: string; baseUrl?: string }) => {
      const env = getEnv();
      const base = (o.baseUrl ?? env.ANZHI_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
      if (!/^https?:\/\/[^/]+/.test(base)) throw new CliError(`--base-url must be an http(s) URL, got "${base}"`);
      const db = await openDatabase();
      const issued = await issuePasswordReset(db, o.email, { via: "operator" }, systemClock());
      if (!issued) throw new CliError(`no active user with e-mail "${o.email.trim().toLowerCase()}"`);
      io.out(`${base}/reset/${issued.token}`);
      io.out(
        `single use, valid until ${issued.expiresAt.toISOString()}; using it ends every session of ${issued.email}`,
      );
    });
}
