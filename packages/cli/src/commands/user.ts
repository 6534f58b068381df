import type { Command } from "commander";
import { createUser } from "@anzhi/domain/users/users";
import type { Io } from "../io.ts";
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
}
