// The scope of a production licence (产品单元 and 型号规格) or a CCC certificate (型号规格), as
// structured lists read from the certificate's text, and the one rule deciding whether a product's
// model lies inside it (docs/decisions/018). Browser-safe: the web's forms parse with it too.

/** One 产品单元 of a licence with the models it names; no models = every model of the unit. */
export interface ScopeUnit {
  unit: string;
  models: string[];
}

const MODEL_SPLIT = /[、,，;；\n]+/;
const UNIT_SPLIT = /[;；\n]+/;
const UNIT_MODEL_SPLIT = /[、,，]+/;

/** Models named in a certificate's text: split on 、,，;； and new lines, blanks dropped. */
export function splitModels(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(MODEL_SPLIT)) {
    const m = part.trim();
    if (m === "" || seen.has(modelKey(m))) continue;
    seen.add(modelKey(m));
    out.push(m);
  }
  return out;
}

/**
 * A licence's scope typed one unit per line or between semicolons, "产品单元：型号、型号" (the colon
 * half or full width; a unit without a colon covers every model).
 */
export function parseScopeUnits(text: string | null | undefined): ScopeUnit[] {
  if (!text) return [];
  return text
    .split(UNIT_SPLIT)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const at = line.search(/[:：]/);
      if (at < 0) return { unit: line, models: [] };
      const models = [
        ...new Set(
          line
            .slice(at + 1)
            .split(UNIT_MODEL_SPLIT)
            .map((m) => m.trim())
            .filter((m) => m !== ""),
        ),
      ];
      return { unit: line.slice(0, at).trim() || line, models };
    });
}

/** The inverse of parseScopeUnits, for a form's initial value. */
export function formatScopeUnits(units: readonly ScopeUnit[]): string {
  return units.map((u) => (u.models.length > 0 ? `${u.unit}：${u.models.join("、")}` : u.unit)).join("；");
}

/** Models compare without case, width or blank differences ("P·O 42.5" = "p·o42.5" = "Ｐ·Ｏ 42.5"). */
export function modelKey(model: string): string {
  return model.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * Whether a list of covered models includes a product's model: an empty list covers every model
 * (the certificate names none); a product without a model is covered only by such a list.
 */
export function modelsCover(models: readonly string[], productModel: string): boolean {
  if (models.length === 0) return true;
  const key = modelKey(productModel);
  if (key === "") return false;
  return models.some((m) => modelKey(m) === key);
}

/** Whether any unit of a licence's scope covers the model (a licence with no unit covers nothing). */
export function scopeCovers(units: readonly ScopeUnit[], productModel: string): boolean {
  return units.some((u) => modelsCover(u.models, productModel));
}
