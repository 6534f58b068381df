// Reusable browser flows for e2e tests (sign up, sign in/out, invite, accept). Each drives the
// real UI the way a person would: labels, roles and visible text, no test ids where avoidable.
import type { Locator, Page } from "playwright-core";

/** A valid 统一社会信用代码 for test number `n` (check character computed). */
export { usccCheckChar } from "@anzhi/contracts";
import { usccCheckChar } from "@anzhi/contracts";

export function usccFor(n: number): string {
  const first17 = `91320400MA${String(n).padStart(6, "0")}0`.slice(0, 17);
  return first17 + usccCheckChar(first17);
}

export interface SignUpData {
  orgName: string;
  uscc: string;
  kind?: "producer" | "seller" | "both";
  regionCode?: string;
  address?: string;
  employees?: number;
  revenue?: number;
  salesChannel?: "wholesale" | "retail" | "both" | "online";
  userName: string;
  email: string;
  password: string;
}

const KIND_LABEL = { producer: "生产单位", seller: "销售单位", both: "生产兼销售单位" } as const;
const CHANNEL_VALUE = { wholesale: "wholesale", retail: "retail", both: "both", online: "online" } as const;

/** Fills the sign-up form (Chinese UI) without submitting. */
export async function fillSignUp(page: Page, baseUrl: string, d: SignUpData): Promise<void> {
  if (!page.url().endsWith("/signup")) await page.goto(`${baseUrl}/signup`);
  await page.getByRole("radio", { name: KIND_LABEL[d.kind ?? "producer"], exact: true }).check();
  await page.getByLabel("单位名称").fill(d.orgName);
  await page.getByLabel("统一社会信用代码").fill(d.uscc);
  await page.getByLabel("行政区划代码").fill(d.regionCode ?? "320411");
  await page.getByLabel("详细地址").fill(d.address ?? "江苏省常州市新北区汉江路1号");
  await page.getByLabel("从业人员数（人）").fill(String(d.employees ?? 120));
  await page.getByLabel("上年度营业收入（万元）").fill(String(d.revenue ?? 8000));
  if (d.salesChannel) await page.getByLabel("销售业态").selectOption(CHANNEL_VALUE[d.salesChannel]);
  await page.getByLabel("你的姓名").fill(d.userName);
  await page.getByLabel("邮箱（用于登录）").fill(d.email);
  await page.getByLabel("密码", { exact: true }).fill(d.password);
}

/** Waits until the app shell is on screen and hydrated (client navigation works). */
export async function shellReady(page: Page): Promise<void> {
  await page.locator('.app-shell[data-hydrated="true"]').waitFor();
}

/** Signs a company up and waits for the dashboard. */
export async function signUp(page: Page, baseUrl: string, d: SignUpData): Promise<void> {
  await fillSignUp(page, baseUrl, d);
  await page.getByRole("button", { name: "注册并进入工作台" }).click();
  await page.waitForURL(`${baseUrl}/app`);
  await shellReady(page);
}

/**
 * Signs in and waits until the app (or the organisation chooser), or for an inspector the
 * regulator portal, opens and hydrates. When the page already shows the login form (e.g. after a
 * redirect with ?redirectTo=…), it signs in right there. If no page opens, the error says what the
 * login page showed (CI runs are not replayable).
 */
export async function login(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  if (new URL(page.url() === "about:blank" ? baseUrl : page.url()).pathname !== "/login")
    await page.goto(`${baseUrl}/login`);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page
    .waitForURL((url) => url.pathname.startsWith("/app") || url.pathname === "/orgs" || url.pathname === "/regulator")
    .catch(async (error: unknown) => {
      const alert = await page
        .getByRole("alert")
        .allTextContents()
        .catch(() => []);
      throw new Error(`login as ${email} opened no page (at ${page.url()}, alert: ${JSON.stringify(alert)})`, {
        cause: error,
      });
    });
  const landed = new URL(page.url()).pathname;
  if (landed.startsWith("/app")) await shellReady(page);
  if (landed === "/regulator") await page.locator('.reg-shell[data-hydrated="true"]').waitFor();
}

/** Signs out through the account menu. */
export async function logout(page: Page): Promise<void> {
  await page.locator(".user-menu summary").click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
}

/** Opens a page of the app through the grouped navigation (the phone menu on a narrow screen). */
export async function navigate(page: Page, label: string): Promise<void> {
  await shellReady(page);
  const phoneMenu = page.locator(".app-nav-phone");
  if (await phoneMenu.isVisible()) {
    if (!(await phoneMenu.evaluate((el) => (el as HTMLDetailsElement).open)))
      await phoneMenu.locator("summary").click();
    await phoneMenu.getByRole("link", { name: label, exact: true }).click();
  } else {
    await page.locator(".app-nav-wide").getByRole("link", { name: label, exact: true }).click();
  }
  await page.locator(`.app-nav-list a[aria-current="page"]`, { hasText: label }).first().waitFor({ state: "attached" });
}

const ROLE_LABEL = {
  principal: "主要负责人",
  director: "质量安全总监",
  officer: "质量安全员",
  viewer: "只读成员",
} as const;
export type RoleName = keyof typeof ROLE_LABEL;

/** As an admin, creates an invitation on /app/members and returns the one-time link. */
export async function inviteMember(
  page: Page,
  baseUrl: string,
  opts: { email?: string; roles: RoleName[]; isAdmin?: boolean },
): Promise<string> {
  await page.goto(`${baseUrl}/app/members`);
  await shellReady(page);
  const form = page.locator("form", { has: page.getByRole("button", { name: "生成邀请链接" }) });
  if (opts.email) await form.getByLabel("邮箱（选填）").fill(opts.email);
  for (const role of Object.keys(ROLE_LABEL) as RoleName[]) {
    await form.getByRole("checkbox", { name: ROLE_LABEL[role], exact: true }).setChecked(opts.roles.includes(role));
  }
  if (opts.isAdmin) await form.getByRole("checkbox", { name: /管理员/ }).check();
  await form.getByRole("button", { name: "生成邀请链接" }).click();
  const link = page.getByTestId("invite-link");
  await link.waitFor();
  return link.inputValue();
}

/** Opens an invitation link signed out and registers; waits for their home (an officer's is /app/today). */
export async function acceptInvitation(
  page: Page,
  link: string,
  d: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(link);
  await page.getByLabel("姓名").fill(d.name);
  await page.getByLabel("邮箱").fill(d.email);
  await page.getByLabel("密码").fill(d.password);
  await page.getByRole("button", { name: "注册并加入" }).click();
  await page.waitForURL((url) => url.pathname === "/app" || url.pathname === "/app/today");
  await shellReady(page);
}

/**
 * As an admin, records an appointment in the register (人员任命, /app/appointments/new) for a member:
 * signing authority follows the register (ADR 016). No site chosen: it covers every site.
 */
export async function appointMember(
  page: Page,
  baseUrl: string,
  d: { role: "principal" | "director" | "officer"; name: string; appointedOn: string; phone?: string },
): Promise<void> {
  await page.goto(`${baseUrl}/app/appointments/new`);
  await shellReady(page);
  await page.getByRole("radio", { name: ROLE_LABEL[d.role], exact: true }).check();
  await page.getByLabel("姓名", { exact: true }).fill(d.name);
  await page.getByLabel("对应的系统账号（选填）").selectOption({ label: d.name });
  await page.getByRole("radio", { name: "专职", exact: true }).check();
  await page.getByLabel("联系电话").fill(d.phone ?? "13812345678");
  await page.getByLabel("任命日期").fill(d.appointedOn);
  await page.getByRole("button", { name: "保存任命" }).click();
  await page.waitForURL((url) => url.pathname === "/app/appointments");
}

/**
 * Signs the first daily sign bar with the keyboard alternative of the handwritten signature (the
 * signer's own name, typed; ADR 032) and waits for the signed banner.
 */
export async function signTodayTyped(page: Page, signerName: string): Promise<void> {
  await page.getByTestId("sign-submit").first().waitFor();
  await typeSignature(page.locator(".sign-bar").first(), signerName);
  await page.getByTestId("sign-submit").first().click();
  await page.getByTestId("signed-banner").first().waitFor();
}

/** Fills the signature field inside `scope` (any signing form) with the signer's typed name. */
export async function typeSignature(scope: Locator, signerName: string): Promise<void> {
  await scope.getByTestId("signature-switch").click();
  await scope.getByTestId("signature-typed").fill(signerName);
}

/**
 * Draws a stroke with pointer events on the signature pad inside `scope` (any signing form),
 * again until the pad — loaded with the form — has taken it, and returns the SVG it will post.
 */
export async function drawSignature(page: Page, scope: Locator): Promise<string> {
  const drawn = scope.locator('input[name="signature.imageSvg"]');
  for (let tries = 0; tries < 10 && !(await drawn.inputValue()); tries++) {
    await scope.getByTestId("signature-pad").scrollIntoViewIfNeeded();
    const box = await scope.getByTestId("signature-pad").boundingBox();
    if (!box) throw new Error("no signature pad");
    await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.2, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6, { steps: 8 });
    await page.mouse.up();
    if (!(await drawn.inputValue())) await page.waitForTimeout(300);
  }
  return drawn.inputValue();
}

/**
 * Draws a stroke with a finger (touch events through the DevTools protocol, as a phone's screen
 * sends them) on the signature pad inside `scope`, and returns the SVG it will post and how far
 * the page scrolled meanwhile (a pad that lets the finger scroll the page cannot be signed on).
 */
export async function drawSignatureWithFinger(page: Page, scope: Locator): Promise<{ svg: string; scrolled: number }> {
  const drawn = scope.locator('input[name="signature.imageSvg"]');
  const cdp = await page.context().newCDPSession(page);
  let scrolled = 0;
  try {
    for (let tries = 0; tries < 10 && !(await drawn.inputValue()); tries++) {
      await scope.getByTestId("signature-pad").scrollIntoViewIfNeeded();
      const box = await scope.getByTestId("signature-pad").boundingBox();
      if (!box) throw new Error("no signature pad");
      const before = await page.evaluate(() => window.scrollY);
      const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy, id: 1 }];
      // downwards: on a pad that let the finger pan, the page (scrolled down to the pad) would follow
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0.1, 0.15) });
      for (let i = 1; i <= 12; i++)
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchMove",
          touchPoints: at(0.1 + i * 0.06, 0.15 + i * 0.06),
        });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      scrolled = Math.max(scrolled, Math.abs((await page.evaluate(() => window.scrollY)) - before));
      if (!(await drawn.inputValue())) await page.waitForTimeout(300);
    }
  } finally {
    await cdp.detach();
  }
  return { svg: await drawn.inputValue(), scrolled };
}
