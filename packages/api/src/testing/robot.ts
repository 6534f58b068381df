// A local stand-in for the 企业微信 / 钉钉 group-robot webhooks (127.0.0.1, plain HTTP): it records
// every JSON post with its query, answers {"errcode":0,"errmsg":"ok"} as the robots do, and can be
// switched "down" (HTTP 502) or made to answer a robot error (errcode ≠ 0), for tests of delivery
// and retry. A DingTalk post with a secret is checked for its documented signature.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";

export interface RobotPost {
  path: string;
  query: Record<string, string>;
  body: { msgtype?: string; markdown?: { title?: string; text?: string; content?: string } };
}

export interface TestRobot {
  /** e.g. http://127.0.0.1:4567 */
  base: string;
  host: string;
  posts: RobotPost[];
  /** "up" answers errcode 0; "down" answers 502; "refuse" answers errcode 310000 (bad signature). */
  mode: "up" | "down" | "refuse";
  /** When set, DingTalk posts to /robot/send must carry a valid timestamp + sign for it. */
  dingtalkSecret: string | null;
  close: () => Promise<void>;
}

export async function startTestRobot(): Promise<TestRobot> {
  const robot = { posts: [] as RobotPost[], mode: "up" as TestRobot["mode"], dingtalkSecret: null as string | null };
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (raw += c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://robot");
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (robot.mode === "down") return answer(502, { message: "bad gateway" });
      const query = Object.fromEntries(url.searchParams);
      if (url.pathname === "/robot/send" && robot.dingtalkSecret) {
        const expected = createHmac("sha256", robot.dingtalkSecret)
          .update(`${query.timestamp ?? ""}\n${robot.dingtalkSecret}`)
          .digest("base64");
        if (query.sign !== expected) return answer(200, { errcode: 310000, errmsg: "sign not match" });
      }
      if (robot.mode === "refuse") return answer(200, { errcode: 310000, errmsg: "keywords not in content" });
      robot.posts.push({ path: url.pathname, query, body: JSON.parse(raw) as RobotPost["body"] });
      answer(200, { errcode: 0, errmsg: "ok" });
    });
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
  );
  return Object.assign(robot, {
    base: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
