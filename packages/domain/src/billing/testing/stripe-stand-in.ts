// A local stand-in for Stripe's API, for tests: the official SDK is pointed at it with
// STRIPE_API_URL. It speaks Stripe's wire format — form-encoded requests with bracketed keys,
// JSON objects carrying `object` and `id`, list envelopes, Stripe's error body — for the endpoints
// billing uses, and it produces events signed with the real webhook algorithm (the SDK's
// generateTestHeaderString), as Stripe would deliver them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

type Obj = Record<string, unknown> & { id: string; object: string };

export interface StandInRequest {
  method: string;
  path: string;
  params: Record<string, unknown>;
  stripeVersion: string | null;
  authorization: string | null;
}

export interface StripeStandIn {
  url: string;
  prices: { basic: string; professional: string };
  secretKey: string;
  webhookSecret: string;
  requests: StandInRequest[];
  objects: Map<string, Obj>;
  /** The customer pays in Checkout: an active subscription and its paid first invoice. */
  completeCheckout(sessionId: string): Stripe.Event[];
  /** The renewal payment fails: the subscription goes past_due. */
  failPayment(subscriptionId: string): Stripe.Event[];
  /** The failed invoice is paid after all. */
  payOpenInvoice(subscriptionId: string): Stripe.Event[];
  /** An event about `object` (as Stripe sends it: a snapshot at that moment). */
  event(type: string, object: Obj): Stripe.Event;
  /** The body and Stripe-Signature header of a delivery. */
  sign(event: Stripe.Event, secret?: string): { body: string; signature: string };
  close(): Promise<void>;
}

/** `a[b][0][c]=x&…` → nested objects (numeric keys stay object keys; read them with Object.values). */
export function parseStripeForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!body) return out;
  for (const pair of body.split("&")) {
    const [rawKey = "", rawValue = ""] = pair.split("=");
    const key = decodeURIComponent(rawKey.replace(/\+/g, " "));
    const value = decodeURIComponent(rawValue.replace(/\+/g, " "));
    const segments = (key.match(/^[^[]+|\[[^\]]*\]/g) ?? [key]).map((s) => s.replace(/^\[|\]$/g, ""));
    let node: Record<string, unknown> = out;
    segments.forEach((seg, i) => {
      if (i === segments.length - 1) node[seg] = value;
      else node = (node[seg] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

const list = (data: Obj[], url: string) => ({ object: "list", data, has_more: false, url });

export async function startStripeStandIn(opts: { now: () => Date; webhookSecret?: string }): Promise<StripeStandIn> {
  const objects = new Map<string, Obj>();
  const requests: StandInRequest[] = [];
  const secretKey = "sk_test_standin";
  const webhookSecret = opts.webhookSecret ?? "whsec_standin_secret";
  const prices = { basic: "price_basic_year", professional: "price_professional_site_year" };
  const amounts: Record<string, number> = { [prices.basic]: 198_000, [prices.professional]: 480_000 };
  let seq = 0;
  const id = (prefix: string) => `${prefix}_${(++seq).toString(36).padStart(8, "0")}`;
  const ts = () => Math.floor(opts.now().getTime() / 1000);
  const put = (o: Obj) => (objects.set(o.id, o), o);
  const get = (key: string, object: string) => {
    const o = objects.get(key);
    return o && o.object === object ? o : null;
  };

  function newInvoice(sub: Obj, status: "paid" | "open"): Obj {
    const item = (sub.items as { data: Obj[] }).data[0] as Obj & { quantity: number; price: { id: string } };
    const amount = (amounts[item.price.id] ?? 0) * item.quantity;
    const invoiceId = id("in");
    return put({
      id: invoiceId,
      object: "invoice",
      customer: sub.customer,
      number: `ANZ-${seq.toString().padStart(4, "0")}`,
      status,
      currency: "cny",
      amount_due: amount,
      amount_paid: status === "paid" ? amount : 0,
      attempt_count: status === "paid" ? 1 : 1,
      collection_method: sub.collection_method,
      hosted_invoice_url: `https://invoice.stripe.test/${invoiceId}`,
      invoice_pdf: `https://pay.stripe.test/invoice/${invoiceId}/pdf`,
      created: ts(),
      status_transitions: { paid_at: status === "paid" ? ts() : null, finalized_at: ts() },
      parent: { type: "subscription_details", subscription_details: { subscription: sub.id, metadata: {} } },
      custom_fields:
        (objects.get(String(sub.customer)) as { invoice_settings?: { custom_fields?: unknown } })?.invoice_settings
          ?.custom_fields ?? null,
    });
  }

  function newSubscription(customer: string, price: string, quantity: number, params: Record<string, unknown>): Obj {
    const start = ts();
    const subId = id("sub");
    return put({
      id: subId,
      object: "subscription",
      customer,
      status: "active",
      collection_method: (params.collection_method as string | undefined) ?? "charge_automatically",
      days_until_due: params.days_until_due ? Number(params.days_until_due) : null,
      cancel_at_period_end: false,
      created: start,
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      items: list(
        [
          {
            id: id("si"),
            object: "subscription_item",
            price: { id: price, object: "price", recurring: { interval: "year", interval_count: 1 } },
            quantity,
            current_period_start: start,
            current_period_end: start + 365 * 86_400,
          },
        ],
        `/v1/subscription_items?subscription=${subId}`,
      ),
    });
  }

  function route(
    method: string,
    path: string,
    params: Record<string, unknown>,
    query: URLSearchParams,
  ): [number, unknown] {
    const parts = path.split("/").filter(Boolean); // v1, resource, id
    const r = parts.slice(1).join("/");
    const notFound = (what: string): [number, unknown] => [
      404,
      { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } },
    ];
    if (method === "POST" && r === "customers") {
      return [
        200,
        put({ id: id("cus"), object: "customer", created: ts(), invoice_settings: {}, metadata: {}, ...params }),
      ];
    }
    if (parts[1] === "customers" && parts[2]) {
      const c = get(parts[2], "customer");
      if (!c) return notFound("customer");
      if (method === "POST") Object.assign(c, params);
      return [200, c];
    }
    if (method === "POST" && r === "checkout/sessions") {
      const session = put({
        id: id("cs"),
        object: "checkout.session",
        mode: params.mode,
        customer: params.customer,
        client_reference_id: params.client_reference_id ?? null,
        metadata: params.metadata ?? {},
        line_items_requested: Object.values((params.line_items as Record<string, unknown>) ?? {}),
        status: "open",
        payment_status: "unpaid",
        subscription: null,
        success_url: params.success_url,
        cancel_url: params.cancel_url,
        created: ts(),
      });
      session.url = `${server.url}/checkout/${session.id}`;
      return [200, session];
    }
    if (method === "GET" && parts[1] === "checkout" && parts[2] === "sessions" && parts[3]) {
      const s = get(parts[3], "checkout.session");
      return s ? [200, s] : notFound("checkout.session");
    }
    if (method === "POST" && r === "billing_portal/sessions") {
      if (!get(String(params.customer), "customer")) return notFound("customer");
      const sid = id("bps");
      return [
        200,
        put({
          id: sid,
          object: "billing_portal.session",
          customer: params.customer,
          return_url: params.return_url,
          url: `${server.url}/portal/${sid}`,
        }),
      ];
    }
    if (method === "POST" && r === "subscriptions") {
      const item = Object.values((params.items as Record<string, Record<string, string>>) ?? {})[0];
      if (!item?.price || !get(String(params.customer), "customer")) return notFound("customer or price");
      const sub = newSubscription(String(params.customer), item.price, Number(item.quantity ?? 1), params);
      if (sub.collection_method === "send_invoice") sub.latest_invoice = newInvoice(sub, "open").id;
      return [200, sub];
    }
    if (parts[1] === "subscriptions" && parts[2]) {
      const sub = get(parts[2], "subscription");
      if (!sub) return notFound("subscription");
      if (method === "POST") {
        const items = (sub.items as { data: Array<Obj & { quantity: number }> }).data;
        for (const change of Object.values((params.items as Record<string, Record<string, string>>) ?? {})) {
          const item = items.find((i) => i.id === change.id);
          if (!item) return notFound("subscription_item");
          if (change.quantity !== undefined) item.quantity = Number(change.quantity);
        }
        sub.last_proration_behavior = params.proration_behavior ?? null;
        if (params.cancel_at_period_end !== undefined)
          sub.cancel_at_period_end = params.cancel_at_period_end === "true";
      }
      return [200, sub];
    }
    if (method === "GET" && r === "invoices") {
      const customer = query.get("customer");
      const data = [...objects.values()].filter(
        (o) => o.object === "invoice" && (!customer || o.customer === customer),
      );
      return [200, list(data.reverse(), "/v1/invoices")];
    }
    if (method === "GET" && parts[1] === "invoices" && parts[2]) {
      const inv = get(parts[2], "invoice");
      return inv ? [200, inv] : notFound("invoice");
    }
    return notFound(`route ${method} ${path}`);
  }

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const params = parseStripeForm(body);
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        params,
        stripeVersion: req.headers["stripe-version"]?.toString() ?? null,
        authorization: req.headers.authorization ?? null,
      });
      // The hosted pages a browser is sent to (Checkout, Customer Portal): a page, no API key.
      const hosted = /^\/(checkout|portal)\/(\w+)$/.exec(url.pathname);
      if (req.method === "GET" && hosted) {
        res.writeHead(objects.has(hosted[2] ?? "") ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><title>Stripe ${hosted[1]}</title><h1>Stripe ${hosted[1]} ${hosted[2]}</h1>`);
        return;
      }
      const [status, payload] =
        req.headers.authorization === `Bearer ${secretKey}`
          ? route(req.method ?? "GET", url.pathname, params, url.searchParams)
          : [401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } }];
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${seq}` });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;

  const snapshot = (o: Obj) => JSON.parse(JSON.stringify(o)) as Obj;
  const server: StripeStandIn = {
    url: `http://127.0.0.1:${port}`,
    prices,
    secretKey,
    webhookSecret,
    requests,
    objects,
    event(type, object) {
      return {
        id: id("evt"),
        object: "event",
        api_version: "2026-10-28.endive",
        created: ts(),
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
        data: { object: snapshot(object) },
      } as unknown as Stripe.Event;
    },
    sign(event, secret = webhookSecret) {
      const body = JSON.stringify(event, null, 2);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: ts() });
      return { body, signature };
    },
    completeCheckout(sessionId) {
      const session = get(sessionId, "checkout.session");
      if (!session) throw new Error(`no session ${sessionId}`);
      const line = (session.line_items_requested as Array<{ price: string; quantity?: string }>)[0];
      if (!line) throw new Error("session without line items");
      const sub = newSubscription(String(session.customer), line.price, Number(line.quantity ?? 1), {
        metadata: (session.metadata as Record<string, string>) ?? {},
      });
      const invoice = newInvoice(sub, "paid");
      sub.latest_invoice = invoice.id;
      Object.assign(session, { status: "complete", payment_status: "paid", subscription: sub.id });
      return [
        server.event("checkout.session.completed", session),
        server.event("customer.subscription.created", sub),
        server.event("invoice.paid", invoice),
      ];
    },
    failPayment(subscriptionId) {
      const sub = get(subscriptionId, "subscription");
      if (!sub) throw new Error(`no subscription ${subscriptionId}`);
      const invoice = newInvoice(sub, "open");
      sub.status = "past_due";
      sub.latest_invoice = invoice.id;
      return [server.event("invoice.payment_failed", invoice), server.event("customer.subscription.updated", sub)];
    },
    payOpenInvoice(subscriptionId) {
      const sub = get(subscriptionId, "subscription");
      const invoice = sub ? get(String(sub.latest_invoice), "invoice") : null;
      if (!sub || !invoice) throw new Error(`no open invoice for ${subscriptionId}`);
      Object.assign(invoice, {
        status: "paid",
        amount_paid: invoice.amount_due,
        status_transitions: { paid_at: ts(), finalized_at: ts() },
      });
      sub.status = "active";
      return [server.event("invoice.paid", invoice), server.event("customer.subscription.updated", sub)];
    },
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
  return server;
}
