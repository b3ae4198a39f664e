import { en, Faker } from "@faker-js/faker";
import type { AudienceInput, PostInput, SnapshotInput } from "../modules/creators/account-data.js";
import type { CreatorInput, SocialAccountInput } from "../modules/creators/creators.js";
import { benchmarkFor } from "../modules/creators/engagement-benchmarks.js";
import { type Platform, tierForFollowers } from "../modules/creators/tiers.js";
import { dayMs } from "../shared/time.js";

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

const sponsors = [
  "Trailhead Coffee",
  "Summit Co",
  "Peakline",
  "Lumen Bottles",
  "Granite Packs",
  "Fjord Wool",
  "Nimbus Tents",
];
const captions = [
  "Sunrise on the ridge this morning",
  "Packing list for a three-day loop",
  "Trying a new recipe after a long day outside",
  "Weekly training recap",
  "Five things I wish I knew before starting",
  "Quiet weekend at the lake",
  "Answering your questions about gear",
  "Behind the scenes of this week's shoot",
];
const comments = [
  "Love this, so inspiring!",
  "Great tips, thank you",
  "Where is this place?",
  "Saving this for my next trip",
  "Beautiful shot",
  "Not a fan of this one, honestly boring",
  "Which camera do you use?",
  "This looks amazing!",
];
const ageShape = [0.04, 0.26, 0.34, 0.19, 0.1, 0.05, 0.02];
const ageNames = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;

/**
 * Deterministic: the same seed gives the same creators, so the demo and tests are reproducible. Each account comes
 * with recent posts (engagement around its rate, some sponsored), 60 days of follower snapshots and, for most, an
 * audience; dates count back from `today` (UTC midnight), so one day's runs agree.
 */
export function generateCreators(
  count: number,
  seed = 2026,
  today = new Date(new Date().toISOString().slice(0, 10)),
): CreatorInput[] {
  const faker = new Faker({ locale: [en], seed });
  // Posts, snapshots and audiences draw from their own generator, so the creators themselves stay as they were.
  const activity = new Faker({ locale: [en], seed: seed + 1 });
  const gaussian = (source: Faker) => () => {
    const u = 1 - source.number.float({ min: 0, max: 1 });
    const v = source.number.float({ min: 0, max: 1 });
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const normal = gaussian(faker);
  const activityNormal = gaussian(activity);
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
      const rate = Math.round(engagementRate * 10_000) / 10_000;
      const video = platform === "tiktok" || platform === "youtube";
      const sponsorship = activity.number.float({ min: 0, max: 0.25 });
      const posts: PostInput[] = Array.from({ length: 12 }, (_, i) => {
        // Video platforms' benchmarks are by views (M3): engagement is a share of views there.
        const views = video ? Math.round(followers * activity.number.float({ min: 0.2, max: 0.8 })) : null;
        const engagements = Math.max(
          1,
          Math.round(rate * (views ?? followers) * Math.exp(0.25 * activityNormal())),
        );
        const sponsored = activity.datatype.boolean({ probability: sponsorship });
        const brand = activity.helpers.arrayElement(sponsors);
        return {
          externalId: `${platform}-${handle}-${i}`,
          postedAt: new Date(
            today.getTime() - (1 + i * 3) * dayMs + activity.number.int({ min: 0, max: dayMs - 1 }),
          ).toISOString(),
          caption: `${activity.helpers.arrayElement(captions)}${sponsored ? ` #ad @${brand.toLowerCase().replace(/\s+/g, "")}` : ""}`,
          likes: Math.round(engagements * 0.92),
          comments: Math.max(1, Math.round(engagements * 0.04)),
          shares: Math.round(engagements * 0.02),
          saves: Math.round(engagements * 0.02),
          views,
          sponsored,
          brands: sponsored ? [brand] : [],
          commentTexts: activity.helpers.arrayElements(comments, 3),
        };
      });
      const dailyGrowth = activity.number.float({ min: 0.0005, max: 0.004 });
      const snapshots: SnapshotInput[] = Array.from({ length: 60 }, (_, i) => ({
        takenOn: new Date(today.getTime() - (60 - i) * dayMs).toISOString().slice(0, 10),
        followers: Math.round(followers / (1 + dailyGrowth) ** (60 - i)),
      }));
      let audience: AudienceInput | undefined;
      if (activity.datatype.boolean({ probability: 0.7 })) {
        const home = activity.number.float({ min: 0.45, max: 0.8 });
        const others = countries.filter(([c]) => c !== country).slice(0, 4);
        const audienceCountries: Record<string, number> = { [country]: Math.round(home * 1000) / 1000 };
        for (const [other] of others)
          audienceCountries[other] = Math.round(((1 - home) / others.length) * 1000) / 1000;
        const female = activity.number.float({ min: 0.3, max: 0.75 });
        audience = {
          countries: audienceCountries,
          ages: Object.fromEntries(ageNames.map((bucket, i) => [bucket, ageShape[i] as number])),
          genders: {
            female: Math.round(female * 1000) / 1000,
            male: Math.round((0.98 - female) * 1000) / 1000,
            other: 0.02,
          },
          credibility: Math.round(activity.number.float({ min: 0.78, max: 0.97 }) * 1000) / 1000,
          source: "demo data",
        };
      }
      return {
        platform,
        handle,
        followers,
        country,
        language,
        niches: creatorNiches,
        engagementRate: rate,
        bio: `${creatorNiches.join(", ")} · ${activity.location.city()}`,
        posts,
        snapshots,
        audience,
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
