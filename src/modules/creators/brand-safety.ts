import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  RegExpMatcher,
} from "obscenity";

export type BrandSafetyTopic = "profanity" | "alcohol" | "gambling" | "drugs" | "weapons" | "violence";

export interface BrandSafetyFlag {
  topic: BrandSafetyTopic;
  /** External ids of the posts whose captions raised it, with the words found. */
  posts: Array<{ externalId: string; terms: string[] }>;
}

// Sensitive topics as obscenity patterns (`|word|` matches whole words), matched with its recommended transformers
// so leetspeak and repeated letters do not slip through.
const topics = new DataSet<{ topic: BrandSafetyTopic; word: string }>();
const topicWords: Record<Exclude<BrandSafetyTopic, "profanity">, string[]> = {
  alcohol: ["|beer|", "vodka", "whisky", "whiskey", "tequila", "|wine|", "|drunk|", "hangover"],
  gambling: ["casino", "|bet|", "betting", "poker", "jackpot", "sportsbook"],
  drugs: ["cocaine", "|weed|", "cannabis", "|meth|", "|mdma|", "|edibles|"],
  weapons: ["|gun|", "|guns|", "firearm", "rifle", "ammo"],
  violence: ["|kill|", "murder", "|gore|", "|shooting|"],
};
for (const [topic, words] of Object.entries(topicWords) as Array<[BrandSafetyTopic, string[]]>)
  for (const word of words)
    topics.addPhrase((p) =>
      p.setMetadata({ topic, word: word.replaceAll("|", "") }).addPattern(parseRawPattern(word)),
    );

const profanityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const topicMatcher = new RegExpMatcher({ ...topics.build(), ...englishRecommendedTransformers });

/** Brand-safety flags on recent captions: profanity (obscenity's English list) and sensitive topics. */
export function brandSafetyFlags(
  posts: Array<{ externalId: string; caption: string | null }>,
): BrandSafetyFlag[] {
  const found = new Map<BrandSafetyTopic, Map<string, Set<string>>>();
  const note = (topic: BrandSafetyTopic, post: string, term: string) => {
    const byPost = found.get(topic) ?? new Map<string, Set<string>>();
    found.set(topic, byPost);
    const terms = byPost.get(post) ?? new Set<string>();
    byPost.set(post, terms);
    terms.add(term);
  };
  for (const post of posts) {
    if (!post.caption) continue;
    for (const match of profanityMatcher.getAllMatches(post.caption))
      note(
        "profanity",
        post.externalId,
        englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? "profanity",
      );
    for (const match of topicMatcher.getAllMatches(post.caption)) {
      const metadata = topics.getPayloadWithPhraseMetadata(match).phraseMetadata;
      if (metadata) note(metadata.topic, post.externalId, metadata.word);
    }
  }
  return [...found].map(([topic, byPost]) => ({
    topic,
    posts: [...byPost].map(([externalId, terms]) => ({ externalId, terms: [...terms] })),
  }));
}
