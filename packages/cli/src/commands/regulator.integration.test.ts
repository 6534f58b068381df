import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliInTempDir } from "../testing.ts";
import { getDb } from "@anzhi/db";

const { cli, cleanup } = await cliInTempDir("anzhi-cli-reg-");

beforeAll(async () => {
  expect((await cli("migrate")).code).toBe(0);
});
afterAll(cleanup);

describe("pnpm anzhi regulator", () => {
  it("documents its options", async () => {
    const help = await cli("regulator", "--help");
    expect(help.out).toMatch(/create[\s\S]*add-user[\s\S]*list/);
    const create = await cli("regulator", "create", "--help");
    expect(create.out).toContain("--level <level>");
    expect(create.out).toContain("province | city | district | station");
  });

  it("creates an agency and an inspector who has no membership", async () => {
    const created = await cli(
      "regulator",
      "create",
      "--name",
      "武进区市场监督管理局",
      "--level",
      "district",
      "--region",
      "320412",
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.out).toMatch(/^created agency 武进区市场监督管理局 \(id \w+\)$/);
    const added = await cli(
      "regulator",
      "add-user",
      "--agency",
      "武进区市场监督管理局",
      "--email",
      "Insp@WJ.test",
      "--name",
      "赵科员",
      "--password",
      "long-enough-pass",
    );
    expect(added.code).toBe(0);
    const db = await getDb(process.env.DATABASE_URL ?? "");
    const user = await db.user.findUniqueOrThrow({
      where: { email: "insp@wj.test" },
      include: { regulatorUser: true, memberships: true },
    });
    expect(user.regulatorUser?.agencyId).toBeTruthy();
    expect(user.memberships).toEqual([]);
    const list = await cli("regulator", "list");
    expect(list.out).toMatch(/武进区市场监督管理局\tdistrict\t320412\t1 inspector\(s\)\t0 live grant\(s\)/);
  });

  it("refuses bad input with a one-line reason and a non-zero exit, writing nothing", async () => {
    const level = await cli("regulator", "create", "--name", "某局", "--level", "county", "--region", "320412");
    expect([level.code, level.err]).toEqual([
      1,
      'error: --level must be one of province, city, district, station, got "county"',
    ]);
    const region = await cli("regulator", "create", "--name", "某局", "--level", "city", "--region", "12");
    expect(region.code).toBe(1);
    expect(region.err).toMatch(/^error: regionCode: /);
    const dup = await cli(
      "regulator",
      "create",
      "--name",
      "武进区市场监督管理局",
      "--level",
      "district",
      "--region",
      "320412",
    );
    expect(dup.err).toBe('error: an agency named "武进区市场监督管理局" already exists');
    const noAgency = await cli(
      "regulator",
      "add-user",
      "--agency",
      "不存在的局",
      "--email",
      "x@y.test",
      "--name",
      "X",
      "--password",
      "long-enough-pass",
    );
    expect([noAgency.code, noAgency.err]).toEqual([
      1,
      'error: no agency "不存在的局" (see `pnpm anzhi regulator list`)',
    ]);
    const weak = await cli(
      "regulator",
      "add-user",
      "--agency",
      "武进区市场监督管理局",
      "--email",
      "y@y.test",
      "--name",
      "Y",
      "--password",
      "short",
    );
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/^error: password: /);
    const db = await getDb(process.env.DATABASE_URL ?? "");
    expect(await db.regulatorAgency.count()).toBe(1);
    expect(await db.user.count({ where: { email: { in: ["x@y.test", "y@y.test"] } } })).toBe(0);
  });
});
