// Public contract of @anzhi/contracts: browser-safe schemas, types, error codes, messages and
// pure domain rules shared by web, api, domain and the SDK. Subpaths ("@anzhi/contracts/periods")
// work too.
export * from "./enums";
export * from "./errors";
export * from "./unicode";
export * from "./messages";
export * from "./labels";
export * from "./identifiers";
export * from "./periods";
export * from "./calendar";
export * from "./hazard";
export * from "./catalog";
export * from "./product-scope";
export * from "./inspection-completeness";
export * from "./schemas/common";
export * from "./schemas/refs";
export * from "./schemas/identifiers";
export * from "./schemas/organisation";
export * from "./schemas/site";
export * from "./schemas/product";
export * from "./schemas/certificate";
export * from "./schemas/risk-item";
export * from "./schemas/weekly-report";
export * from "./schemas/monthly-meeting";
export * from "./schemas/routines";
export * from "./schemas/hazard";
export * from "./schemas/hazard-ledger";
export * from "./schemas/proposal";
export * from "./schemas/supplier";
export * from "./schemas/inspection";
export * from "./schemas/ingest";
export * from "./schemas/api-key";
export * from "./schemas/sampling";
export * from "./schemas/regulator-grant";
export * from "./schemas/user";
export * from "./schemas/account";
export * from "./schemas/appointment";
