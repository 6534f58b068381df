// The 6-digit 行政区划代码. Without JavaScript it is a plain input (checked on the server against
// the GB/T 2260 data set). Once the page is interactive, province → city → county selects appear
// above it and fill the code in; typing a code still works.
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "./Field.tsx";
import type { RouterOutputs } from "../lib/api-types.ts";

type Region = RouterOutputs["regions"]["children"][number];

const noSubscription = () => () => {};

async function children(parent: string | null): Promise<Region[]> {
  const res = await fetch(parent ? `/regions?parent=${parent}` : "/regions");
  return res.ok ? ((await res.json()) as Region[]) : [];
}

function Level({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: Region[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={options.length === 0}>
        <option value="">{t("signup.choose")}</option>
        {options.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RegionPicker({ defaultCode, error }: { defaultCode: string; error?: string | undefined }) {
  const { t } = useTranslation();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [code, setCode] = useState(defaultCode);
  const [provinces, setProvinces] = useState<Region[]>([]);
  const [cities, setCities] = useState<Region[]>([]);
  const [counties, setCounties] = useState<Region[]>([]);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");

  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    void children(null).then((list) => live && setProvinces(list));
    return () => {
      live = false;
    };
  }, [hydrated]);

  const chooseProvince = async (value: string) => {
    setProvince(value);
    setCity("");
    setCounty("");
    setCounties([]);
    const list = value ? await children(value) : [];
    setCities(list);
    if (value && list.length === 0) setCode(value);
  };
  const chooseCity = async (value: string) => {
    setCity(value);
    setCounty("");
    const chosen = cities.find((c) => c.code === value);
    if (chosen?.leaf) {
      setCounties([]);
      setCode(value);
      return;
    }
    setCounties(value ? await children(value) : []);
  };
  const chooseCounty = (value: string) => {
    setCounty(value);
    if (value) setCode(value);
  };

  return (
    <div className="stack region-picker">
      {hydrated ? (
        <div className="region-selects" role="group" aria-label={t("signup.region")}>
          <Level
            id="region-province"
            label={t("signup.province")}
            options={provinces}
            value={province}
            onChange={(v) => void chooseProvince(v)}
          />
          <Level
            id="region-city"
            label={t("signup.city")}
            options={cities}
            value={city}
            onChange={(v) => void chooseCity(v)}
          />
          <Level
            id="region-county"
            label={t("signup.district")}
            options={counties}
            value={county}
            onChange={chooseCounty}
          />
        </div>
      ) : null}
      <Field
        name="regionCode"
        label={t("signup.regionCode")}
        hint={t("signup.regionHint")}
        required
        inputMode="numeric"
        pattern="[0-9]{6}"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={error}
      />
    </div>
  );
}
