import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliInTempDir } from "./testing.ts";

const { dir, cli, cleanup } = await cliInTempDir("anzhi-cli-");

beforeAll(async () => {
  expect((await cli("migrate")).code).toBe(0);
});

afterAll(cleanup);

describe("pnpm anzhi", () => {
  it("prints help for the program and for each command", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    for (const c of ["migrate", "seed", "org", "user", "backup"]) expect(help.out).toContain(c);
    const orgHelp = await cli("org", "create", "--help");
    expect(orgHelp.out).toContain("--uscc");
  });

  it("fails with a one-line reason on an unknown command or missing option", async () => {
    const unknown = await cli("frobnicate");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown command 'frobnicate'/);
    const missing = await cli("org", "create", "--name", "x");
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/required option '--uscc <code>' not specified/);
  });

  it("is idempotent when migrating and seeding", async () => {
    expect((await cli("migrate")).out).toMatch(/up to date/);
    const first = await cli("seed");
    expect(first.out).toMatch(/demo data seeded/);
    expect(first.out).toMatch(/principal@demo-battery\.anzhi\.local/);
    const second = await cli("seed");
    expect(second.out).toMatch(/already present; nothing written/);
  });

  it("creates and lists organisations, refusing a wrong 统一社会信用代码 with the reason", async () => {
    const base = [
      "org",
      "create",
      "--name",
      "苏州某某电器有限公司",
      "--kind",
      "producer",
      "--region",
      "320505",
      "--address",
      "苏州市高新区",
      "--employees",
      "120",
      "--revenue",
      "8000",
    ];
    const bad = await cli(...base, "--uscc", "91350100M000100Y44");
    expect(bad.code).toBe(1);
    expect(bad.err).toBe("error: uscc: Wrong check character, expected 3");
    const ok = await cli(...base, "--uscc", "91350100M000100Y43", "--slug", "suzhou-elec");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/created organisation suzhou-elec/);
    const dup = await cli(...base, "--uscc", "91350100M000100Y43");
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/^error: uscc: /);
    const list = await cli("org", "list");
    expect(list.out).toMatch(/suzhou-elec\s+producer\s+91350100M000100Y43\s+苏州某某电器有限公司/);
    expect(list.out).toMatch(/demo-battery/);
    const json = JSON.parse((await cli("org", "list", "--json")).out) as Array<{ slug: string }>;
    expect(json.map((o) => o.slug)).toContain("suzhou-elec");
  });

  it("creates a user with roles in an organisation, all or nothing", async () => {
    const badRole = await cli(
      "user",
      "create",
      "--email",
      "x@example.com",
      "--name",
      "X",
      "--password",
      "long-enough-pw",
      "--org",
      "suzhou-elec",
      "--roles",
      "boss",
    );
    expect(badRole.code).toBe(1);
    const ok = await cli(
      "user",
      "create",
      "--email",
      "Zhang@Example.com",
      "--name",
      "张三",
      "--password",
      "long-enough-pw",
      "--org",
      "suzhou-elec",
      "--roles",
      "principal,director",
      "--admin",
    );
    expect(ok.out).toBe("created user zhang@example.com in suzhou-elec as principal, director (admin)");
    // the failed attempt left no user behind: the same e-mail is still free
    const again = await cli(
      "user",
      "create",
      "--email",
      "x@example.com",
      "--name",
      "X",
      "--password",
      "long-enough-pw",
    );
    expect(again.code).toBe(0);
    const noOrg = await cli(
      "user",
      "create",
      "--email",
      "y@example.com",
      "--name",
      "Y",
      "--password",
      "long-enough-pw",
      "--org",
      "nope",
    );
    expect(noOrg.err).toMatch(/no organisation with slug "nope"/);
  });

  it("issues a single-use reset link for an account, storing only the token's hash", async () => {
    const res = await cli("user", "reset-link", "--email", "Zhang@Example.com", "--base-url", "https://anzhi.example/");
    expect(res.code).toBe(0);
    const [link, note] = res.out.split("\n");
    expect(link).toMatch(/^https:\/\/anzhi\.example\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(note).toMatch(/^single use, valid until \d{4}-\d{2}-\d{2}T.*zhang@example\.com$/);
    const token = link?.split("/").at(-1) ?? "";
    const live = new Database(path.join(dir, "anzhi.db"), { readonly: true });
    const rows = live.prepare(`SELECT "tokenHash", "issuedVia", "usedAt" FROM "PasswordReset"`).all() as {
      tokenHash: string;
      issuedVia: string;
      usedAt: unknown;
    }[];
    live.close();
    expect(rows).toEqual([{ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/), issuedVia: "operator", usedAt: null }]);
    expect(rows[0]?.tokenHash).not.toContain(token);
    const unknown = await cli("user", "reset-link", "--email", "nobody@example.com");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('error: no active user with e-mail "nobody@example.com"');
  });

  it("writes a consistent backup that opens with the same data, and never overwrites", async () => {
    const target = path.join(dir, "backups", "copy.db");
    const res = await cli("backup", target);
    expect(res.code).toBe(0);
    expect(res.lines[1]).toBe(
      `uploaded files are not in this copy: copy ${path.join(dir, "uploads")} as well ` +
        `(its files never change once written, so an incremental copy such as rsync is enough)`,
    );
    const copy = new Database(target, { readonly: true });
    const live = new Database(path.join(dir, "anzhi.db"), { readonly: true });
    const count = (d: Database.Database, table: string) =>
      (d.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    for (const table of ["Organization", "User", "InspectionRecord", "Hazard"])
      expect(count(copy, table)).toBe(count(live, table));
    copy.close();
    live.close();
    const again = await cli("backup", target);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });
});
