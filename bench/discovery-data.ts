/** Deterministic synthetic creators for the discovery benchmark: row i is a pure function of i, so nothing is held. */
import type { SearchSort } from "../src/modules/discovery/run-index-query.js";
import type { SearchCreatorsQuery } from "../src/modules/discovery/search-creators.js";

const firstNames =
  "Ada Ben Cleo Dana Eli Fay Gus Hana Ivo Jade Kai Lea Milo Nia Omar Pia Quinn Rosa Sam Tara Uma Vic Wren Xia Yara Zed Aria Bruno Chloe Dario Elena Felix Greta Hugo Iris Jonas Kira Luca Maya Noah Olga Paul Rhea Sven Tess Ugo Vera Will Yuki Zoe".split(
    " ",
  );
const lastNames =
  "Berg Costa Diaz Evans Fischer Garcia Hansen Ito Jensen Kowalski Lopez Moreau Nilsson Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber Young Zhang Silva Novak Brown Martin Dubois Keller".split(
    " ",
  );
export const benchNiches =
  "outdoor hiking camping travel fitness running cycling climbing yoga nutrition food vegan beauty skincare fashion sustainability tech gaming photography parenting finance marketing saas home diy pets".split(
    " ",
  );
const bioWords =
  "daily adventures recipes reviews gear tips family trail coffee city mountains ocean budget minimal style wellness coach creator weekly honest stories studio design vintage urban garden plants books music film".split(
    " ",
  );
export const benchCountries = ["US", "GB", "DE", "FR", "IN", "CA", "AU", "ES", "IT", "NL", "BR", "SE"];
const countryWeights = [0.3, 0.12, 0.1, 0.08, 0.08, 0.06, 0.05, 0.05, 0.04, 0.04, 0.04, 0.04];
const languageOf: Record<string, string> = {
  US: "en",
  GB: "en",
  DE: "de",
  FR: "fr",
  IN: "en",
  CA: "en",
  AU: "en",
  ES: "es",
  IT: "it",
  NL: "nl",
  BR: "pt",
  SE: "sv",
};
export const benchPlatforms = ["instagram", "tiktok", "youtube", "linkedin"] as const;
const platformWeights = [0.42, 0.28, 0.18, 0.12];
const medians = { instagram: 14_000, tiktok: 20_000, youtube: 9_000, linkedin: 5_000 };
const benchmarks = { instagram: 0.025, tiktok: 0.055, youtube: 0.035, linkedin: 0.025 };

/** A small fast PRNG (mulberry32) seeded per row. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(values: readonly T[], weights: number[], r: number): T {
  let left = r;
  for (let i = 0; i < values.length; i++) {
    left -= weights[i] as number;
    if (left <= 0) return values[i] as T;
  }
  return values[values.length - 1] as T;
}

export interface BenchCreator {
  name: string;
  handle: string;
  platform: (typeof benchPlatforms)[number];
  followers: number;
  engagementRate: number;
  country: string;
  language: string;
  niches: string[];
  bio: string;
  email: string;
}

export function benchCreator(i: number): BenchCreator {
  const r = random(i * 2654435761 + 12345);
  const first = firstNames[Math.floor(r() * firstNames.length)] as string;
  const last = lastNames[Math.floor(r() * lastNames.length)] as string;
  const platform = pick(benchPlatforms, platformWeights, r());
  const country = pick(benchCountries, countryWeights, r());
  const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const followers = Math.max(300, Math.round(medians[platform] * Math.exp(1.7 * normal)));
  const engagementRate =
    Math.round(Math.min(0.6, benchmarks[platform] * Math.exp(0.45 * (r() * 2 - 1) * 2)) * 10_000) / 10_000;
  const nicheCount = 1 + Math.floor(r() * 3);
  const niches = new Set<string>();
  while (niches.size < nicheCount) niches.add(benchNiches[Math.floor(r() * benchNiches.length)] as string);
  const words = Array.from({ length: 6 }, () => bioWords[Math.floor(r() * bioWords.length)] as string);
  const nicheList = [...niches];
  return {
    name: `${first} ${last}`,
    handle: `${first}.${last}.${i.toString(36)}`.toLowerCase(),
    platform,
    followers,
    engagementRate,
    country,
    language: languageOf[country] as string,
    niches: nicheList,
    bio: `${nicheList[0]} ${words.join(" ")}`,
    email: r() < 0.6 ? `${first}.${last}.${i.toString(36)}@example.com`.toLowerCase() : "",
  };
}

export const benchCsvHeader =
  "name,handle,platform,followers,engagement rate,country,language,niches,bio,email\n";

export function benchCsvLine(c: BenchCreator): string {
  return `${c.name},${c.handle},${c.platform},${c.followers},${c.engagementRate},${c.country},${c.language},${c.niches.join(";")},${c.bio},${c.email}\n`;
}

/** The fixed query mix: deterministic, realistic combinations a marketer would type. */
export function queryMix(): SearchCreatorsQuery[] {
  let state = 42;
  const r = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(values: readonly T[]) => values[Math.floor(r() * values.length)] as T;
  const textTerms = [
    "hiking",
    "ada",
    "coffee",
    "berg",
    "vegan rec",
    "maya tanaka",
    "trail",
    "studio",
    "gear reviews",
    "sven",
  ];
  const sorts: SearchSort[] = ["followers", "engagementRate", "quality"];
  return Array.from({ length: 200 }, (_, i) => {
    const q: SearchCreatorsQuery = { limit: 50 };
    if (i % 5 < 2) q.q = pick(textTerms);
    if (r() < 0.5) q.platform = [pick(benchPlatforms)];
    if (r() < 0.5) q.niche = r() < 0.5 ? [pick(benchNiches)] : [pick(benchNiches), pick(benchNiches)];
    if (r() < 0.4) q.country = [pick(benchCountries)];
    if (r() < 0.3) q.tier = [pick(["nano", "micro", "mid"] as const)];
    if (r() < 0.3) q.minFollowers = pick([5_000, 10_000, 50_000]);
    if (r() < 0.15) q.maxFollowers = pick([100_000, 500_000]);
    if (r() < 0.3) q.minEngagementRate = pick([0.01, 0.02, 0.03]);
    if (r() < 0.1) q.minQuality = 80;
    if (r() < 0.15) q.hasEmail = true;
    q.sort = q.q && r() < 0.6 ? "relevance" : pick(sorts);
    return q;
  });
}
