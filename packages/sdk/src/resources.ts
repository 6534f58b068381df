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
import { call, type V1Client } from "./rpc";
import { syncRecords, type SyncOptions, type SyncReport } from "./sync";
import { partition, validateOrThrow } from "./validate";

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

interface Endpoints<In, Out, Filters> {
  push: (record: In) => Promise<RecordPushResult>;
  pushBatch: (records: Record<string, unknown>[]) => Promise<BatchPushResult>;
  get: (key: string) => Promise<Out>;
  list: (filters: Filters & { cursor?: string }) => Promise<Page<Out>>;
}

export class Resource<In, Out, Filters extends object> {
  constructor(
    private readonly schema: z.ZodType<unknown, In>,
    private readonly keyField: string,
    private readonly endpoints: Endpoints<In, Out, Filters>,
    private readonly locale: Locale,
  ) {}

  /** Upserts one record; throws AnzhiValidationError (per-field issues) if it is refused. */
  async push(record: In): Promise<RecordPushResult> {
    const parsed = validateOrThrow(this.schema, record, this.locale) as In;
    return call(() => this.endpoints.push(parsed));
  }

  /**
   * Upserts up to 1,000 records in one transaction. Each record gets its own result
   * (created | updated | unchanged | rejected, with field paths and reasons); records that fail
   * the client-side check are reported as rejected without being sent.
   */
  async pushBatch(records: readonly In[]): Promise<BatchPushResult> {
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
      const server = await call(() => this.endpoints.pushBatch(send.map((s) => s.record as Record<string, unknown>)));
      for (const r of server.results) results.push({ ...r, index: send[r.index]?.index ?? r.index });
    }
    results.sort((a, b) => a.index - b.index);
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const r of results) counts[r.status] += 1;
    return { results, counts };
  }

  /** The record with this key (externalId; the product code for products). */
  get(key: string): Promise<Out> {
    return call(() => this.endpoints.get(key));
  }

  /** One page; pass the previous page's nextCursor as `cursor`. */
  listPage(filters: Filters & { cursor?: string } = {} as Filters): Promise<Page<Out>> {
    return call(() => this.endpoints.list(filters));
  }

  /** Every matching record, fetching pages as you iterate: `for await (const r of res.list())`. */
  async *list(filters: Filters = {} as Filters): AsyncGenerator<Out, void, undefined> {
    let cursor: string | undefined;
    do {
      const page = await this.listPage({ ...filters, ...(cursor ? { cursor } : {}) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /** Pushes any number of records in batches, several at a time, reporting progress. */
  sync(records: readonly In[], options: SyncOptions = {}): Promise<SyncReport> {
    return syncRecords(records, (batch) => this.pushBatch(batch), options);
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
          push: (r) => inc.push.mutate(r),
          pushBatch: (records) => inc.pushBatch.mutate({ records }),
          get: (externalId) => inc.get.query({ externalId }),
          list: (f) => inc.list.query(f),
        },
        locale,
      ),
      outgoing: new Resource<OutgoingInspectionUpsertInput, InspectionRecordOut, ListInput<InspectionListQueryInput>>(
        OutgoingInspectionUpsertSchema,
        "externalId",
        {
          push: (r) => out.push.mutate(r),
          pushBatch: (records) => out.pushBatch.mutate({ records }),
          get: (externalId) => out.get.query({ externalId }),
          list: (f) => out.list.query(f),
        },
        locale,
      ),
    },
    suppliers: new Resource<SupplierUpsertInput, SupplierOut, ListInput<SupplierListQueryInput>>(
      SupplierUpsertSchema,
      "externalId",
      {
        push: (r) => client.suppliers.push.mutate(r),
        pushBatch: (records) => client.suppliers.pushBatch.mutate({ records }),
        get: (externalId) => client.suppliers.get.query({ externalId }),
        list: (f) => client.suppliers.list.query(f),
      },
      locale,
    ),
    products: new Resource<ProductUpsertInput, ProductOut, ListInput<ProductListQueryInput>>(
      ProductUpsertSchema,
      "code",
      {
        push: (r) => client.products.push.mutate(r),
        pushBatch: (records) => client.products.pushBatch.mutate({ records }),
        get: (code) => client.products.get.query({ code }),
        list: (f) => client.products.list.query(f),
      },
      locale,
    ),
  };
}

export type Resources = ReturnType<typeof createResources>;
