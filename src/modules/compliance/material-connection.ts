/**
 * The material connections that make a disclosure necessary (C1). They come from the collaboration's record
 * (contract, seeding), never from guessing at the text.
 */
export const materialConnections = [
  "paid",
  "affiliate",
  "gift",
  // A gift with no brand control over the content (no brief, approval or required hashtag): C4.
  "gift-uncontrolled",
  "family",
  "employee",
] as const;

export type MaterialConnection = (typeof materialConnections)[number];

/** What the checker assumes when it is not told: the strictest common case, a paid partnership. */
export const assumedConnection: MaterialConnection = "paid";

export const connectionReasons: Record<MaterialConnection, string> = {
  paid: "you are paid for it",
  affiliate: "you earn a commission from its links or code",
  gift: "the brand gave you what it shows",
  "gift-uncontrolled": "the brand gave you what it shows",
  family: "you have a family tie to the brand",
  employee: "you work for the brand",
};
