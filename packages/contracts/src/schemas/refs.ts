// Ids that point at another row of the caller's organisation, branded with the model they name
// (zod metadata `{ ref }`). A write's input schema says which of its ids are references; the api
// walks the parsed input with `refsOf` and checks every reference in one query per model, so an
// id of another organisation is refused before anything is written (docs/decisions/009).
import { z } from "zod";
import type { ErrorCode } from "../errors";

/** The models an input may reference, with the code and field message of an id that is not the caller's. */
export const REF_MODELS = {
  site: "SITE_NOT_FOUND",
  product: "PRODUCT_NOT_FOUND",
  riskItem: "RECORD_NOT_FOUND",
  hazard: "HAZARD_NOT_FOUND",
  file: "RECORD_NOT_FOUND",
  user: "MEMBER_NOT_FOUND",
  proposal: "RECORD_NOT_FOUND",
  licence: "RECORD_NOT_FOUND",
  ccc: "RECORD_NOT_FOUND",
  supplier: "SUPPLIER_NOT_FOUND",
  webhookEndpoint: "RECORD_NOT_FOUND",
  webhookDelivery: "RECORD_NOT_FOUND",
} as const satisfies Record<string, ErrorCode>;
export type RefModel = keyof typeof REF_MODELS;

export interface RefMeta {
  ref: RefModel;
}

/** Marks `schema` (an id, or an array of ids reported as one field) as a reference to `model`. */
export function refTo<S extends z.ZodType>(schema: S, model: RefModel): S {
  return schema.meta({ ref: model } satisfies RefMeta) as S;
}

/** The model a schema is branded with, if any. */
export function refModelOf(schema: z.ZodType): RefModel | undefined {
  const meta = z.globalRegistry.get(schema) as Partial<RefMeta> | undefined;
  return meta?.ref !== undefined && meta.ref in REF_MODELS ? meta.ref : undefined;
}

export interface Ref {
  model: RefModel;
  id: string;
  /** Dotted path of the field, e.g. "hazardsFound.0.siteId". */
  path: string;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schema a wrapper stands for — optional, nullable, default and the like, a lazy schema, a
 * pipe's checked side (its input when the output is a transform) — or null for any other kind.
 */
function unwrapped(def: Def): z.ZodType | null {
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return def.innerType as z.ZodType;
    case "lazy":
      return (def.getter as () => z.ZodType)();
    case "pipe": {
      const out = def.out as z.ZodType;
      return defOf(out).type === "transform" ? (def.in as z.ZodType) : out;
    }
    default:
      return null;
  }
}

/**
 * Every reference in `value` (the output of `schema`): where the schema carries `{ ref }`, the id
 * (or each id of an array, all under the array's path) and its model. Walks objects, arrays,
 * records, optional/nullable/default wrappers, unions, intersections and pipes.
 */
export function refsOf(schema: z.ZodType, value: unknown, path: readonly (string | number)[] = []): Ref[] {
  if (value === undefined || value === null) return [];
  const model = refModelOf(schema);
  if (model) {
    const at = path.join(".");
    if (typeof value === "string") return [{ model, id: value, path: at }];
    if (Array.isArray(value))
      return value.filter((v): v is string => typeof v === "string").map((id) => ({ model, id, path: at }));
  }
  const def = defOf(schema);
  const inner = unwrapped(def);
  if (inner) return refsOf(inner, value, path);
  switch (def.type) {
    case "object": {
      if (typeof value !== "object") return [];
      const shape = def.shape as Record<string, z.ZodType>;
      const row = value as Record<string, unknown>;
      return Object.entries(shape).flatMap(([key, field]) => refsOf(field, row[key], [...path, key]));
    }
    case "array":
      return Array.isArray(value) ? value.flatMap((v, i) => refsOf(def.element as z.ZodType, v, [...path, i])) : [];
    case "record":
      return typeof value === "object"
        ? Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
            refsOf(def.valueType as z.ZodType, v, [...path, k]),
          )
        : [];
    case "union": {
      // Every option that names a field sees the value; one reference per path and id.
      const refs = (def.options as z.ZodType[]).flatMap((option) => refsOf(option, value, path));
      return [...new Map(refs.map((r) => [`${r.path}\u0000${r.id}`, r])).values()];
    }
    case "intersection":
      return [...refsOf(def.left as z.ZodType, value, path), ...refsOf(def.right as z.ZodType, value, path)];
    default:
      return [];
  }
}

/** Where `schema` has reference fields (array elements as index 0, record values as "*"): what the api registers and the tenancy test walks. */
export function refPathsOf(
  schema: z.ZodType,
  path: readonly string[] = [],
): Array<{ model: RefModel; path: string[]; array: boolean }> {
  const model = refModelOf(schema);
  const def = defOf(schema);
  if (model)
    return [
      {
        model,
        path: [...path],
        array: def.type === "array" || (def.type === "optional" && defOf(def.innerType as z.ZodType).type === "array"),
      },
    ];
  const inner = unwrapped(def);
  if (inner) return refPathsOf(inner, path);
  switch (def.type) {
    case "record":
      return refPathsOf(def.valueType as z.ZodType, [...path, "*"]);
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
        refPathsOf(field, [...path, key]),
      );
    case "array":
      return refPathsOf(def.element as z.ZodType, [...path, "0"]);
    case "union":
      return (def.options as z.ZodType[]).flatMap((o) => refPathsOf(o, path));
    case "intersection":
      return [...refPathsOf(def.left as z.ZodType, path), ...refPathsOf(def.right as z.ZodType, path)];
    default:
      return [];
  }
}
