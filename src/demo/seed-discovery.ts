import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Actor } from "../modules/audit/actor.js";
import type { PostInput, SnapshotInput } from "../modules/creators/account-data.js";
import { type CreatorInput, insertCreators } from "../modules/creators/creators.js";
import { addToList, createList } from "../modules/discovery/creator-lists.js";
import { saveSearch } from "../modules/discovery/saved-searches.js";
import { dayMs } from "../shared/time.js";

/**
 * Creators who each raise one warning a careful marketer wants to see (M4 quality, M5 saturation and conflicts,
 * brand safety), a shortlist with notes and a saved search, for the demo organisation. Deterministic.
 */
export async function seedDiscovery(
  db: Kysely<Database>,
  ctx: { organisationId: string; actor: Actor },
  today = new Date(new Date().toISOString().slice(0, 10)),
): Promise<void> {
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * dayMs + 15 * 3_600_000).toISOString();
  const posts = (
    handle: string,
    make: (i: number) => Partial<PostInput> & { likes: number; comments: number },
  ): PostInput[] =>
    Array.from({ length: 12 }, (_, i) => ({
      externalId: `${handle}-${i}`,
      postedAt: day(1 + i * 3),
      caption: "New adventure this week",
      shares: 10,
      saves: 12,
      commentTexts: ["Love this!", "So good", "Where is this?"],
      ...make(i),
    }));
  const steady = (followers: number, perDay: number): SnapshotInput[] =>
    Array.from({ length: 60 }, (_, i) => ({
      takenOn: day(60 - i).slice(0, 10),
      followers: followers - (60 - i) * perDay,
    }));
  const audience = (home: string, credibility: number) => ({
    countries: { [home]: 0.62, US: home === "US" ? 0.62 : 0.2, GB: 0.1, DE: 0.08 },
    ages: { "18-24": 0.3, "25-34": 0.4, "35-44": 0.2, "45-54": 0.1 },
    genders: { female: 0.55, male: 0.43, other: 0.02 },
    credibility,
    source: "demo data",
  });

  const spike = steady(48_000, 40);
  for (const s of spike.slice(45)) s.followers += 14_000;
  const cases: CreatorInput[] = [
    {
      name: "Rowan Vale",
      email: "rowan@vale.example",
      accounts: [
        {
          platform: "instagram",
          handle: "rowan.vale.outdoors",
          followers: 62_000,
          country: "US",
          language: "en",
          niches: ["hiking", "camping"],
          bio: "Trail runner and weekend camper. Growth looks too good to be true.",
          posts: posts("rowan", () => ({ likes: 1_400, comments: 40 })),
          snapshots: spike,
          audience: audience("US", 0.82),
        },
      ],
    },
    {
      name: "Skye Marlow",
      email: "skye@marlow.example",
      accounts: [
        {
          platform: "instagram",
          handle: "skyemarlow",
          followers: 140_000,
          country: "GB",
          language: "en",
          niches: ["travel", "outdoor"],
          bio: "Every other post is a partnership.",
          posts: posts("skye", (i) => ({
            likes: 2_600,
            comments: 70,
            sponsored: i % 3 !== 2,
            brands: i % 3 !== 2 ? [["Lumen Bottles", "Fjord Wool", "Granite Packs"][i % 3] as string] : [],
            caption: i % 3 !== 2 ? "Paid partnership #ad" : "A quiet day off",
          })),
          snapshots: steady(140_000, 60),
          audience: audience("GB", 0.9),
        },
      ],
    },
    {
      name: "Jonah Petrov",
      email: "jonah@petrov.example",
      accounts: [
        {
          platform: "youtube",
          handle: "jonahpetrov",
          followers: 310_000,
          country: "CA",
          language: "en",
          niches: ["camping", "outdoor"],
          bio: "Gear tests and long hikes. Recently sponsored by Summit Co.",
          posts: posts("jonah", (i) => ({
            likes: 3_000,
            comments: 260,
            views: 80_000,
            sponsored: i < 3,
            brands: i < 3 ? ["Summit Co"] : [],
            caption: i < 3 ? "Sponsored by Summit Co #ad" : "Field test",
          })),
          snapshots: steady(310_000, 90),
          audience: audience("CA", 0.88),
        },
      ],
    },
    {
      name: "Mara Quill",
      accounts: [
        {
          platform: "instagram",
          handle: "maraquill",
          followers: 85_000,
          country: "DE",
          language: "de",
          niches: ["fitness", "outdoor"],
          bio: "Many followers, few of them real.",
          posts: posts("mara", () => ({ likes: 1_900, comments: 3 })),
          snapshots: steady(85_000, 30),
          audience: audience("DE", 0.56),
        },
      ],
    },
    {
      name: "Tobi Reyes",
      accounts: [
        {
          platform: "tiktok",
          handle: "tobi.reyes",
          followers: 22_000,
          country: "ES",
          language: "es",
          niches: ["travel", "food"],
          bio: "Giveaways every week: comment to win!",
          posts: posts("tobi", (i) => ({
            likes: 900,
            comments: 420,
            views: 15_000,
            caption:
              i === 0
                ? "Casino night giveaway, place your bet in the comments"
                : "Giveaway time! Comment to enter",
            commentTexts: [
              "Me!",
              "This is a scam, terrible",
              "Pick me please",
              "Worst giveaway ever, so disappointed",
            ],
          })),
          snapshots: steady(22_000, 15),
          audience: audience("ES", 0.77),
        },
      ],
    },
  ];
  const created = await insertCreators(db, ctx.organisationId, cases);
  const list = await createList(db, ctx, {
    name: "Spring tent launch shortlist",
    description: "Outdoor creators to pitch for the spring launch",
  });
  await addToList(db, ctx, list.id, [
    { creatorId: created[0]?.id as string, note: "Check the follower spike before reaching out" },
    { creatorId: created[2]?.id as string, note: "Strong fit, but recently sponsored by Summit Co" },
  ]);
  await saveSearch(
    db,
    { organisationId: ctx.organisationId, userId: null },
    {
      name: "US hiking micro-creators with email",
      query: { niche: "hiking", country: "US", tier: "micro", hasEmail: "true", sort: "engagementRate" },
    },
  );
}
