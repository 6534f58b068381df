// Shipments (出厂放行/发货): a batch released or shipped, pushed by the ERP with the same push /
// pushBatch / get / list / sync as every other resource. A batch without a passing outgoing
// inspection is flagged 未检验出厂 and its result carries the number of the hazard it opened.
import {
  ShipmentUpsertSchema,
  type Locale,
  type ShipmentListQueryInput,
  type ShipmentOut,
  type ShipmentUpsertInput,
} from "@anzhi/contracts";
import { Resource } from "./resources";
import type { V1Client } from "./rpc";

export function createShipmentResource(client: V1Client, locale: Locale) {
  return new Resource<ShipmentUpsertInput, ShipmentOut, Omit<ShipmentListQueryInput, "cursor">>(
    ShipmentUpsertSchema,
    "externalId",
    {
      push: (r) => client.shipments.push.mutate(r),
      pushBatch: (records) => client.shipments.pushBatch.mutate({ records }),
      get: (externalId) => client.shipments.get.query({ externalId }),
      list: (f) => client.shipments.list.query(f),
    },
    locale,
  );
}
