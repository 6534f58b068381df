// Site (生产/经营场所). Multi-site organisations run the daily regime per site.
import { z } from "zod";
import { SiteType } from "../enums";
import { CodeSchema, IdSchema, requiredText } from "./common";
import { RegionCodeSchema } from "./identifiers";

export const SiteCreateSchema = z.strictObject({
  name: requiredText(100),
  /** Short code, unique per organisation; ERP records refer to the site by it (`siteCode`). */
  code: CodeSchema.optional(),
  type: SiteType,
  address: requiredText(200),
  regionCode: RegionCodeSchema.optional(),
});
export type SiteCreate = z.infer<typeof SiteCreateSchema>;

// ---- Enterprise profile forms (the Site row has no ERP code column yet; ERP codes arrive with
// the ERP integration, so the profile saves exactly the columns a Site has). ----

export const SiteSaveSchema = SiteCreateSchema.omit({ code: true });
export type SiteSave = z.infer<typeof SiteSaveSchema>;

export const SiteEditSchema = z.strictObject({ id: IdSchema, ...SiteSaveSchema.shape });
export type SiteEdit = z.infer<typeof SiteEditSchema>;
