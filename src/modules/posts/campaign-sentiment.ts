import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { sentimentLabel } from "../creators/audience-sentiment.js";
import { getCreator } from "../creators/creators.js";
import type { Platform } from "../creators/tiers.js";

/** Comments counted by VADER label, and their mean compound score (null when there are none). */
export interface SentimentSummary {
  comments: number;
  positive: number;
  neutral: number;
  negative: number;
  meanCompound: number | null;
}

export interface SentimentExample {
  commentId: string;
  text: string;
  compound: number;
  postedAt: string;
  postId: string;
  postUrl: string;
  platform: Platform;
  creatorId: string;
  creatorName: string;
}

export interface CampaignSentiment {
  totals: SentimentSummary;
  /** Per UTC day the comments were written, oldest first. */
  byDay: Array<SentimentSummary & { day: string }>;
  /** Per live post that has comments. */
  byPost: Array<SentimentSummary & { postId: string; creatorId: string; platform: Platform; url: string }>;
  /** The 3 most positive and the 3 most negative comments. */
  examples: { positive: SentimentExample[]; negative: SentimentExample[] };
}

const examplesEach = 3;

function summarise(scores: number[]): SentimentSummary {
  const summary: SentimentSummary = { comments: 0, positive: 0, neutral: 0, negative: 0, meanCompound: null };
  for (const score of scores) {
    summary.comments += 1;
    summary[sentimentLabel(score)] += 1;
  }
  if (scores.length > 0) summary.meanCompound = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return summary;
}

/**
 * Sentiment of the comments the connectors brought for a campaign's live posts, scored with the discovery model
 * (VADER): over time, per post, and the strongest examples each way.
 */
export async function getCampaignSentiment(
  db: Kysely<Database>,
  organisationId: string,
  campaignId: string,
): Promise<CampaignSentiment> {
  const rows = await db
    .selectFrom("post_comments")
    .innerJoin("live_posts", "live_posts.id", "post_comments.live_post_id")
    .select([
      "post_comments.id",
      "post_comments.text",
      "post_comments.posted_at",
      "post_comments.sentiment",
      "live_posts.id as post_id",
      "live_posts.url",
      "live_posts.platform",
      "live_posts.creator_id",
    ])
    .where("post_comments.organisation_id", "=", organisationId)
    .where("live_posts.campaign_id", "=", campaignId)
    .orderBy("post_comments.posted_at")
    .orderBy("post_comments.id")
    .execute();
  const byDay = new Map<string, number[]>();
  const byPost = new Map<string, { row: (typeof rows)[number]; scores: number[] }>();
  for (const row of rows) {
    const sentiment = Number(row.sentiment);
    const day = row.posted_at.slice(0, 10);
    const dayScores = byDay.get(day) ?? [];
    dayScores.push(sentiment);
    byDay.set(day, dayScores);
    const post = byPost.get(row.post_id) ?? { row, scores: [] };
    post.scores.push(sentiment);
    byPost.set(row.post_id, post);
  }
  // Distinct texts: the same comment pasted under several posts says one thing, not three.
  const strongest = (label: "positive" | "negative") => {
    const texts = new Set<string>();
    return rows
      .filter((r) => sentimentLabel(Number(r.sentiment)) === label)
      .sort((a, b) =>
        label === "positive"
          ? Number(b.sentiment) - Number(a.sentiment)
          : Number(a.sentiment) - Number(b.sentiment),
      )
      .filter((r) => {
        const text = r.text.trim().toLowerCase();
        if (texts.has(text)) return false;
        texts.add(text);
        return true;
      })
      .slice(0, examplesEach);
  };
  const positive = strongest("positive");
  const negative = strongest("negative");
  const names = new Map<string, string>();
  for (const creatorId of new Set([...positive, ...negative].map((r) => r.creator_id)))
    names.set(creatorId, (await getCreator(db, organisationId, creatorId)).name);
  const example = (row: (typeof rows)[number]): SentimentExample => ({
    commentId: row.id,
    text: row.text,
    compound: Number(row.sentiment),
    postedAt: row.posted_at,
    postId: row.post_id,
    postUrl: row.url,
    platform: row.platform,
    creatorId: row.creator_id,
    creatorName: names.get(row.creator_id) ?? "",
  });
  return {
    totals: summarise(rows.map((r) => Number(r.sentiment))),
    byDay: [...byDay].map(([day, scores]) => ({ day, ...summarise(scores) })),
    byPost: [...byPost.values()].map(({ row, scores }) => ({
      postId: row.post_id,
      creatorId: row.creator_id,
      platform: row.platform,
      url: row.url,
      ...summarise(scores),
    })),
    examples: { positive: positive.map(example), negative: negative.map(example) },
  };
}
