import {
  type AgeBucket,
  ageBuckets,
  type IdealCustomerProfile,
} from "../campaigns/ideal-customer-profile.js";
import type { Tier } from "../creators/tiers.js";

export type FitComponentName = "countries" | "age" | "gender" | "niches" | "language" | "tier";

/** M6 default weights; a campaign may pass its own. */
export const defaultFitWeights: Record<FitComponentName, number> = {
  countries: 0.3,
  age: 0.2,
  gender: 0.1,
  niches: 0.25,
  language: 0.1,
  tier: 0.05,
};

export interface FitSubject {
  niches: string[];
  language: string | null;
  tier: Tier;
  audience: {
    countries: Record<string, number>;
    ages: Partial<Record<AgeBucket, number>>;
    genders: Partial<Record<string, number>>;
  } | null;
}

export interface FitComponent {
  name: FitComponentName;
  weight: number;
  /** 0–1 when known; null when the creator's data is missing or the campaign does not target it. */
  value: number | null;
  status: "known" | "unknown" | "not_targeted";
}

export interface AudienceFit {
  /** 0–100 over the known components, renormalised (M6); null when none is known. */
  score: number | null;
  components: FitComponent[];
  unknown: FitComponentName[];
}

const bucketRange: Record<AgeBucket, [number, number]> = {
  "13-17": [13, 17],
  "18-24": [18, 24],
  "25-34": [25, 34],
  "35-44": [35, 44],
  "45-54": [45, 54],
  "55-64": [55, 64],
  "65+": [65, 74],
};

/** Share of the audience inside [ageMin, ageMax]; a bucket cut by the range counts by its years inside it. */
export function ageShare(
  ages: Partial<Record<AgeBucket, number>>,
  ageMin: number | null,
  ageMax: number | null,
): number {
  const low = ageMin ?? 0;
  const high = ageMax ?? 200;
  let share = 0;
  for (const bucket of ageBuckets) {
    const [from, to] = bucketRange[bucket];
    const inside = Math.min(to, high) - Math.max(from, low) + 1;
    if (inside > 0) share += (ages[bucket] ?? 0) * Math.min(1, inside / (to - from + 1));
  }
  return Math.min(1, share);
}

function jaccard(a: string[], b: string[]): number {
  const left = new Set(a.map((x) => x.toLowerCase()));
  const right = new Set(b.map((x) => x.toLowerCase()));
  let both = 0;
  for (const x of left) if (right.has(x)) both += 1;
  const union = left.size + right.size - both;
  return union === 0 ? 0 : both / union;
}

const hasKeys = (record: object | undefined) => record !== undefined && Object.keys(record).length > 0;

/** M6 audience fit of a creator's account for a campaign's ideal customer profile. */
export function audienceFit(
  subject: FitSubject,
  profile: IdealCustomerProfile,
  weights: Record<FitComponentName, number> = defaultFitWeights,
): AudienceFit {
  const audience = subject.audience;
  const component = (
    name: FitComponentName,
    targeted: boolean,
    known: boolean,
    value: () => number,
  ): FitComponent => ({
    name,
    weight: weights[name],
    value: targeted && known ? value() : null,
    status: !targeted ? "not_targeted" : known ? "known" : "unknown",
  });
  const components = [
    component("countries", profile.countries.length > 0, hasKeys(audience?.countries), () =>
      Math.min(
        1,
        profile.countries.reduce((sum, c) => sum + (audience?.countries[c] ?? 0), 0),
      ),
    ),
    component("age", profile.ageMin !== null || profile.ageMax !== null, hasKeys(audience?.ages), () =>
      ageShare(audience?.ages ?? {}, profile.ageMin, profile.ageMax),
    ),
    component("gender", profile.genders.length > 0, hasKeys(audience?.genders), () =>
      Math.min(
        1,
        profile.genders.reduce((sum, g) => sum + (audience?.genders[g] ?? 0), 0),
      ),
    ),
    component("niches", profile.niches.length > 0, true, () => jaccard(subject.niches, profile.niches)),
    component("language", profile.languages.length > 0, subject.language !== null, () =>
      profile.languages.map((l) => l.toLowerCase()).includes((subject.language ?? "").toLowerCase()) ? 1 : 0,
    ),
    component("tier", profile.tiers.length > 0, true, () => (profile.tiers.includes(subject.tier) ? 1 : 0)),
  ];
  const known = components.filter((c) => c.status === "known" && c.weight > 0);
  const totalWeight = known.reduce((sum, c) => sum + c.weight, 0);
  return {
    score:
      totalWeight === 0
        ? null
        : Math.round((100 * known.reduce((sum, c) => sum + c.weight * (c.value ?? 0), 0)) / totalWeight),
    components,
    unknown: components.filter((c) => c.status === "unknown").map((c) => c.name),
  };
}
