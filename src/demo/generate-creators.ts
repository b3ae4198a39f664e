import { en, Faker } from "@faker-js/faker";
import type { CreatorInput, SocialAccountInput } from "../modules/creators/creators.js";
import { benchmarkFor } from "../modules/creators/engagement-benchmarks.js";
import { type Platform, tierForFollowers } from "../modules/creators/tiers.js";

const niches = [
  "outdoor",
  "hiking",
  "camping",
  "travel",
  "fitness",
  "running",
  "cycling",
  "climbing",
  "yoga",
  "nutrition",
  "food",
  "vegan",
  "beauty",
  "skincare",
  "fashion",
  "sustainability",
  "tech",
  "gaming",
  "photography",
  "parenting",
  "finance",
  "marketing",
  "saas",
  "home",
  "diy",
  "pets",
];

const countries = [
  ["US", "en", 0.3],
  ["GB", "en", 0.12],
  ["DE", "de", 0.1],
  ["FR", "fr", 0.08],
  ["IN", "en", 0.08],
  ["CA", "en", 0.06],
  ["AU", "en", 0.05],
  ["ES", "es", 0.05],
  ["IT", "it", 0.04],
  ["NL", "nl", 0.04],
  ["BR", "pt", 0.04],
  ["SE", "sv", 0.04],
] as const;

// Median followers and log-normal spread per platform: most creators are nano or micro, a few are mega.
const followerShape: Record<Platform, { median: number; sigma: number }> = {
  instagram: { median: 14_000, sigma: 1.7 },
  tiktok: { median: 20_000, sigma: 1.9 },
  youtube: { median: 9_000, sigma: 1.8 },
  linkedin: { median: 5_000, sigma: 1.3 },
};

const platformWeights: ReadonlyArray<readonly [Platform, number]> = [
  ["instagram", 0.42],
  ["tiktok", 0.28],
  ["youtube", 0.18],
  ["linkedin", 0.12],
];

/** Deterministic: the same seed gives the same creators, so the demo and tests are reproducible. */
export function generateCreators(count: number, seed = 2026): CreatorInput[] {
  const faker = new Faker({ locale: [en], seed });
  const normal = () => {
    const u = 1 - faker.number.float({ min: 0, max: 1 });
    const v = faker.number.float({ min: 0, max: 1 });
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const weighted = <T>(
    options: ReadonlyArray<readonly [T, number, ...unknown[]]>,
  ): readonly [T, number, ...unknown[]] => {
    let r = faker.number.float({ min: 0, max: 1 });
    for (const option of options) {
      r -= option[1];
      if (r <= 0) return option;
    }
    return options[options.length - 1] as readonly [T, number, ...unknown[]];
  };
  const seenHandles = new Set<string>();

  return Array.from({ length: count }, () => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const [country, language] = weighted(countries.map(([c, l, w]) => [[c, l] as const, w] as const))[0];
    const creatorNiches = faker.helpers.arrayElements(niches, { min: 1, max: 3 });
    const accountCount = faker.helpers.weightedArrayElement([
      { value: 1, weight: 6 },
      { value: 2, weight: 3 },
      { value: 3, weight: 1 },
    ]);
    const accountPlatforms = new Set<Platform>();
    while (accountPlatforms.size < accountCount) accountPlatforms.add(weighted(platformWeights)[0]);

    const base = faker.internet
      .username({ firstName, lastName })
      .toLowerCase()
      .replace(/[^a-z0-9._]/g, "");
    const accounts: SocialAccountInput[] = [...accountPlatforms].map((platform) => {
      const shape = followerShape[platform];
      const followers = Math.max(300, Math.round(shape.median * Math.exp(shape.sigma * normal())));
      const tier = tierForFollowers(followers);
      // M3: engagement falls with tier; each creator sits around their tier's benchmark with log-normal spread.
      const benchmark = benchmarkFor(platform, tier) ?? (benchmarkFor(platform, "nano") ?? 0.04) * 1.2;
      const engagementRate = Math.min(0.6, benchmark * Math.exp(0.45 * normal()));
      let handle = base;
      for (let n = 2; seenHandles.has(`${platform}:${handle}`); n++) handle = `${base}${n}`;
      seenHandles.add(`${platform}:${handle}`);
      return {
        platform,
        handle,
        followers,
        country,
        language,
        niches: creatorNiches,
        engagementRate: Math.round(engagementRate * 10_000) / 10_000,
      };
    });
    return {
      name: `${firstName} ${lastName}`,
      email: faker.datatype.boolean({ probability: 0.7 })
        ? faker.internet.email({ firstName, lastName }).toLowerCase()
        : null,
      accounts,
    };
  });
}
