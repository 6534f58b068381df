// Resources: inspections.incoming / inspections.outgoing / suppliers / products, each with
// push, pushBatch, get, list (an async iterator over every page) and sync.
import {
  IncomingInspectionUpsertSchema,
  MAX_BATCH_RECORDS,
  OutgoingInspectionUpsertSchema,
  ProductUpsertSchema,
  SupplierUpsertSchema,
  type BatchPushResult,
  type IncomingInspectionUpsertInput,
  type InspectionListQueryInput,
  type InspectionRecordOut,
  type Locale,
  type OutgoingInspectionUpsertInput,
  type ProductListQueryInput,
  type ProductOut,
  type ProductUpsertInput,
  type RecordPushResult,
  type SupplierListQueryInput,
  type SupplierOut,
  type SupplierUpsertInput,
} from "@anzhi/contracts";
import type { z } from "zod";
import { AnzhiValidationError } from "./errors";
import type { ReadOptions, RequestOptions } from "./options";
import { call, type CallOptions, type V1Client } from "./rpc";
import { syncRecords, type SyncOptions, type SyncReport } from "./sync";
import { partition, validateOrThrow } from "./validate";

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface Endpoints<In, Out, Filters> {
  push: (record: In, o: CallOptions) => Promise<RecordPushResult>;
  pushBatch: (records: Record<string, unknown>[], o: CallOptions) => Promise<BatchPushResult>;
  get: (key: string, o: CallOptions) => Promise<Out>;
  list: (filters: Filters & { cursor?: string }, o: CallOptions) => Promise<Page<Out>>;
}

export class Resource<In, Out, Filters extends object> {
  constructor(
    private readonly schema: z.ZodType<unknown, In>,
    private readonly keyField: string,
    private readonly endpoints: Endpoints<In, Out, Filters>,
    private readonly locale: Locale,
  ) {}

  /** Upserts one record; throws AnzhiValidationError (per-field issues) if it is refused. */
  async push(record: In, options?: RequestOptions): Promise<RecordPushResult> {
    const parsed = validateOrThrow(this.schema, record, this.locale) as In;
    return call(options, (o) => this.endpoints.push(parsed, o));
  }

  /**
   * Upserts up to 1,000 records in one transaction. Each record gets its own result
   * (created | updated | unchanged | rejected, with field paths and reasons); records that fail
   * the client-side check are reported as rejected without being sent.
   */
  async pushBatch(records: readonly In[], options?: RequestOptions): Promise<BatchPushResult> {
    if (records.length > MAX_BATCH_RECORDS) {
      throw new AnzhiValidationError(`pushBatch takes at most ${MAX_BATCH_RECORDS} records; use sync() for more`, {
        code: "VALIDATION_FAILED",
        status: 400,
        issues: [{ path: "records", message: `At most ${MAX_BATCH_RECORDS} records`, code: "VALIDATION_FAILED" }],
      });
    }
    const { send, rejected } = partition(this.schema, records, this.keyField, this.locale);
    const results: RecordPushResult[] = [...rejected];
    if (send.length > 0) {
      const server = await call(options, (o) =>
        this.endpoints.pushBatch(
          send.map((s) => s.record as Record<string, unknown>),
          o,
        ),
      );
      for (const r of server.results) results.push({ ...r, index: send[r.index]?.index ?? r.index });
    }
    results.sort((a, b) => a.index - b.index);
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const r of results) counts[r.status] += 1;
    return { results, counts };
  }

  /** The record with this key (externalId; the product code for products). */
  get(key: string, options?: ReadOptions): Promise<Out> {
    return call(options, (o) => this.endpoints.get(key, o));
  }

  /** One page; pass the previous page's nextCursor as `cursor`. */
  listPage(filters: Filters & { cursor?: string } = {} as Filters, options?: ReadOptions): Promise<Page<Out>> {
    return call(options, (o) => this.endpoints.list(filters, o));
  }

  /**
   * Every matching record, fetching pages as you iterate: `for await (const r of res.list())`.
   * `options` apply to each page's request.
   */
  async *list(filters: Filters = {} as Filters, options?: ReadOptions): AsyncGenerator<Out, void, undefined> {
    let cursor: string | undefined;
    do {
      const page = await this.listPage({ ...filters, ...(cursor ? { cursor } : {}) }, options);
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Pushes any number of records in batches, several at a time, reporting progress. */
  sync(records: readonly In[], options: SyncOptions = {}): Promise<SyncReport> {
    const { signal, timeoutMs, maxRetries } = options;
    const request = {
      ...(signal ? { signal } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(maxRetries !== undefined ? { maxRetries } : {}),
    };
    return syncRecords(records, (batch) => this.pushBatch(batch, request), options);
  }
}

type ListInput<F> = Omit<F, "cursor">;

export function createResources(client: V1Client, locale: Locale) {
  const inc = client.inspections.incoming;
  const out = client.inspections.outgoing;
  return {
    inspections: {
      incoming: new Resource<IncomingInspectionUpsertInput, InspectionRecordOut, ListInput<InspectionListQueryInput>>(
        IncomingInspectionUpsertSchema,
        "externalId",
        {
          push: (r, o) => inc.push.mutate(r, o),
          pushBatch: (records, o) => inc.pushBatch.mutate({ records }, o),
          get: (externalId, o) => inc.get.query({ externalId }, o),
          list: (f, o) => inc.list.query(f, o),
        },
        locale,
      ),
      outgoing: new Resource<OutgoingInspectionUpsertInput, InspectionRecordOut, ListInput<InspectionListQueryInput>>(
        OutgoingInspectionUpsertSchema,
        "externalId",
        {
          push: (r, o) => out.push.mutate(r, o),
          pushBatch: (records, o) => out.pushBatch.mutate({ records }, o),
          get: (externalId, o) => out.get.query({ externalId }, o),
          list: (f, o) => out.list.query(f, o),
        },
        locale,
      ),
    },
    suppliers: new Resource<SupplierUpsertInput, SupplierOut, ListInput<SupplierListQueryInput>>(
      SupplierUpsertSchema,
      "externalId",
      {
        push: (r, o) => client.suppliers.push.mutate(r, o),
        pushBatch: (records, o) => client.suppliers.pushBatch.mutate({ records }, o),
        get: (externalId, o) => client.suppliers.get.query({ externalId }, o),
        list: (f, o) => client.suppliers.list.query(f, o),
      },
      locale,
    ),
    products: new Resource<ProductUpsertInput, ProductOut, ListInput<ProductListQueryInput>>(
      ProductUpsertSchema,
      "code",
      {
        push: (r, o) => client.products.push.mutate(r, o),
        pushBatch: (records, o) => client.products.pushBatch.mutate({ records }, o),
        get: (code, o) => client.products.get.query({ code }, o),
        list: (f, o) => client.products.list.query(f, o),
      },
      locale,
    ),
  };
}

export type Resources = ReturnType<typeof createResources>;
