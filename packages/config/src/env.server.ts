// The one place that reads process.env. Parsed once with zod; a bad value fails fast with a
// message naming the variable.
import path from "node:path";
import { z } from "zod";

/** A comma-separated list of host[:port]; unset = none. */
const hostList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
  );

/** Where and how uploaded files reach an S3-compatible bucket (ANZHI_S3_URL). */
export interface S3Env {
  /** http(s)://host[:port] of the service. */
  endpoint: string;
  bucket: string;
  /** Key prefix inside the bucket ("" or ending in "/"). */
  prefix: string;
  region: string;
  /** Bucket in the path (MinIO, most self-hosted stores) rather than in the host name. */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (instance role, AWS_* variables). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

const S3_URL_SHAPE = "s3://ACCESS:SECRET@host[:port]/bucket[/prefix]?region=…&forcePathStyle=true";
const S3_PARAMS = new Set(["region", "forcePathStyle"]);

/** ANZHI_S3_URL's parts, or what is wrong with it. */
function parseS3Url(value: string): S3Env | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a URL";
  }
  const scheme = url.protocol.replace(/:$/, "");
  if (scheme !== "s3" && scheme !== "s3+http")
    return `must start with s3:// (or s3+http:// for plain http), not ${scheme}://`;
  if (url.hostname === "") return "names no host";
  const [bucket = "", ...rest] = url.pathname.replace(/^\/+/, "").split("/");
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) return `needs a bucket name after the host (got "${bucket}")`;
  const unknown = [...url.searchParams.keys()].find((k) => !S3_PARAMS.has(k));
  if (unknown !== undefined) return `has an unknown parameter ${unknown} (only region, forcePathStyle)`;
  const pathStyle = url.searchParams.get("forcePathStyle") ?? "false";
  if (pathStyle !== "true" && pathStyle !== "false") return "forcePathStyle must be true or false";
  const user = decodeURIComponent(url.username);
  const secret = decodeURIComponent(url.password);
  if ((user === "") !== (secret === "")) return "needs both the access key and the secret (ACCESS:SECRET@), or neither";
  const prefix = rest.filter(Boolean).join("/");
  return {
    endpoint: `${scheme === "s3" ? "https" : "http"}://${url.host}`,
    bucket,
    prefix: prefix === "" ? "" : `${prefix}/`,
    region: url.searchParams.get("region") || "us-east-1",
    forcePathStyle: pathStyle === "true",
    credentials: user === "" ? null : { accessKeyId: user, secretAccessKey: secret },
  };
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Folder for the SQLite file, uploads (unless ANZHI_S3_URL is set) and backups. */
  ANZHI_DATA_DIR: z.string().default("data"),
  /**
   * S3-compatible storage for uploaded files (docs/decisions/031):
   * s3://ACCESS:SECRET@host[:port]/bucket[/prefix]?region=…&forcePathStyle=true (https; s3+http:// for
   * plain http). Unset: files stay under <ANZHI_DATA_DIR>/uploads.
   */
  ANZHI_S3_URL: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx): S3Env | null => {
      if (v === undefined || v === "") return null;
      const parsed = parseS3Url(v);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: `ANZHI_S3_URL ${parsed} (${S3_URL_SHAPE})` });
        return z.NEVER;
      }
      return parsed;
    }),
  /** `file:` URL of the SQLite database (default <ANZHI_DATA_DIR>/anzhi.db) or a `postgresql://` URL. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, {
      error: "DATABASE_URL must be a file: URL pointing at a SQLite database or a postgresql:// URL",
    })
    .optional(),
  /** 32-byte key (base64 or hex) for encrypting phone / ID numbers at rest. */
  ANZHI_ENCRYPTION_KEY: z.string().optional(),
  /** Skip demo seeding on an empty database (self-hosted production installs). */
  ANZHI_SEED_DEMO: z.enum(["true", "false"]).default("true"),
  SMTP_URL: z.string().optional(),
  /**
   * Hosts (host[:port], comma-separated) a group robot's webhook may point at besides the robots'
   * own (qyapi.weixin.qq.com, oapi.dingtalk.com): a company's outbound proxy. Unset: only those.
   */
  ANZHI_ROBOT_HOSTS: hostList,
  /**
   * Hosts (host:port) an outbound webhook may reach over plain http (docs/decisions/027), e.g. an
   * ERP on the factory's own network. Unset: every webhook URL must be https.
   */
  ANZHI_WEBHOOK_HTTP_HOSTS: hostList,
  /** Stripe secret key; unset, billing is off (no billing pages, no limits). docs/decisions/025. */
  STRIPE_SECRET_KEY: z.string().trim().min(1).optional(),
  /** The signing secret (whsec_…) of the webhook endpoint POST /api/billing/webhook. */
  STRIPE_WEBHOOK_SECRET: z.string().trim().min(1).optional(),
  /** Another Stripe API host (tests' stand-in): http(s)://host[:port]. */
  STRIPE_API_URL: z
    .url({ error: "STRIPE_API_URL must be an absolute http(s) URL" })
    .regex(/^https?:\/\//, { error: "STRIPE_API_URL must be an absolute http(s) URL" })
    .optional(),
  /** Stripe price id of the basic plan (one site, per year). */
  STRIPE_PRICE_BASIC: z.string().trim().min(1).optional(),
  /** Stripe price id of the professional plan (per site per year; the site count is the quantity). */
  STRIPE_PRICE_PROFESSIONAL: z.string().trim().min(1).optional(),
  /** `off` runs a web process without the in-process scheduler (benchmarks; a node that serves only). */
  ANZHI_SCHEDULER: z.enum(["on", "off"]).default("on"),
  /**
   * The address people open Anzhi at (https://anzhi.example.com), for links in e-mails and the
   * CLI's reset links. Without it an e-mailed link uses the address the request came to.
   */
  ANZHI_PUBLIC_URL: z
    .url({ error: "ANZHI_PUBLIC_URL must be an absolute http(s) URL" })
    .regex(/^https?:\/\//, { error: "ANZHI_PUBLIC_URL must be an absolute http(s) URL" })
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  /**
   * The reverse proxy in front of Anzhi, whose X-Forwarded-For/-Proto/-Host are believed: "true"
   * (any), a hop count ("1"), or addresses/subnets ("loopback", "10.0.0.0/8,fd00::/8"). Unset or
   * "false": no proxy — forwarded headers are ignored, so a client cannot claim https or an address.
   */
  ANZHI_TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((v): boolean | number | string => {
      if (v === undefined || v === "" || v === "false") return false;
      if (v === "true") return true;
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
});

export type Env = z.infer<typeof EnvSchema> & { DATABASE_URL: string; dataDir: string };

/** Billing settings when billing is on (STRIPE_SECRET_KEY set); null when it is off. */
export interface BillingEnv {
  secretKey: string;
  webhookSecret: string;
  apiUrl: URL | null;
  prices: { basic: string; professional: string };
}

const BILLING_REQUIRES = ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_BASIC", "STRIPE_PRICE_PROFESSIONAL"] as const;

let cached: Env | undefined;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (result.data.STRIPE_SECRET_KEY) {
    const missing = BILLING_REQUIRES.filter((k) => !result.data[k]);
    if (missing.length > 0)
      throw new Error(
        `Invalid environment:\n${missing.map((k) => `  ${k}: required when STRIPE_SECRET_KEY is set`).join("\n")}`,
      );
  }
  const dataDir = path.resolve(result.data.ANZHI_DATA_DIR);
  return {
    ...result.data,
    dataDir,
    DATABASE_URL: result.data.DATABASE_URL ?? `file:${path.join(dataDir, "anzhi.db")}`,
  };
}

/** Parses process.env once and caches it. */
export function initEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function getEnv(): Env {
  return initEnv();
}

/** Billing is on exactly when STRIPE_SECRET_KEY is set (parseEnv then requires the rest). */
export function billingEnv(env: Env = getEnv()): BillingEnv | null {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_BASIC, STRIPE_PRICE_PROFESSIONAL } = env;
  if (!STRIPE_SECRET_KEY || !STRIPE_WEBHOOK_SECRET || !STRIPE_PRICE_BASIC || !STRIPE_PRICE_PROFESSIONAL) return null;
  return {
    secretKey: STRIPE_SECRET_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    apiUrl: env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null,
    prices: { basic: STRIPE_PRICE_BASIC, professional: STRIPE_PRICE_PROFESSIONAL },
  };
}

/** Filesystem path of a `file:` SQLite URL (relative paths resolve from the working directory). */
export function sqlitePathFromUrl(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}
