import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Audience, postMetrics, toAudience } from "./account-data.js";
import { type AudienceSentiment, audienceSentiment } from "./audience-sentiment.js";
import { type BrandSafetyFlag, brandSafetyFlags } from "./brand-safety.js";
import { type CreatorView, getCreator, type SocialAccountView } from "./creators.js";
import { engagementsOf } from "./engagement.js";

export interface ProfilePost {
  externalId: string;
  postedAt: string;
  caption: string | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  /** M2; null when the platform hides likes. */
  engagements: number | null;
  sponsored: boolean;
  brands: string[];
}

export interface AccountProfile extends SocialAccountView {
  followerHistory: Array<{ takenOn: string; followers: number }>;
  recentPosts: ProfilePost[];
  audience: Audience | null;
  sentiment: AudienceSentiment | null;
  brandSafety: BrandSafetyFlag[];
}

export interface CreatorProfile extends Omit<CreatorView, "accounts"> {
  accounts: AccountProfile[];
}

/** A creator with, per account, follower history, recent posts, audience, sentiment and brand-safety flags. */
export async function getCreatorProfile(
  db: Kysely<Database>,
  organisationId: string,
  creatorId: string,
): Promise<CreatorProfile> {
  const creator = await getCreator(db, organisationId, creatorId);
  const accounts = await Promise.all(
    creator.accounts.map(async (account): Promise<AccountProfile> => {
      const [snapshots, posts, audience] = await Promise.all([
        db
          .selectFrom("follower_snapshots")
          .select(["taken_on", "followers"])
          .where("organisation_id", "=", organisationId)
          .where("account_id", "=", account.id)
          .orderBy("taken_on", "desc")
          .limit(365)
          .execute(),
        db
          .selectFrom("creator_posts")
          .selectAll()
          .where("organisation_id", "=", organisationId)
          .where("account_id", "=", account.id)
          .orderBy("posted_at", "desc")
          .limit(30)
          .execute(),
        db
          .selectFrom("account_audiences")
          .selectAll()
          .where("organisation_id", "=", organisationId)
          .where("account_id", "=", account.id)
          .executeTakeFirst(),
      ]);
      return {
        ...account,
        followerHistory: snapshots
          .map((s) => ({ takenOn: s.taken_on, followers: Number(s.followers) }))
          .reverse(),
        recentPosts: posts.map((row) => {
          const metrics = postMetrics(row);
          return {
            externalId: row.external_id,
            postedAt: row.posted_at,
            caption: row.caption,
            likes: metrics.likes,
            comments: metrics.comments,
            shares: metrics.shares,
            saves: metrics.saves,
            views: metrics.views,
            engagements: engagementsOf(metrics),
            sponsored: metrics.sponsored,
            brands: metrics.brands,
          };
        }),
        audience: audience ? toAudience(audience) : null,
        sentiment: audienceSentiment(posts.flatMap((p) => JSON.parse(p.comment_texts) as string[])),
        brandSafety: brandSafetyFlags(posts.map((p) => ({ externalId: p.external_id, caption: p.caption }))),
      };
    }),
  );
  return { ...creator, accounts };
}
