// Clear disclosure terms from docs/domain/compliance.md C2, C3 and C5; a caption with one is a sponsored post (M5).
const disclosure =
  /(^|[\s(])(#ad|#advert|#advertisement|#sponsored|#paidpartnership|#werbung|#anzeige|#publicit[ée])\b|\b(paid partnership with|sponsored by|in partnership with|collaboration commerciale)\b|^(ad|werbung|anzeige)\b/iu;

export function isSponsoredCaption(caption: string | null): boolean {
  return caption !== null && disclosure.test(caption.trim());
}

/** Brands a caption mentions: @mentions and "partnership with X" / "sponsored by X". */
export function mentionedBrands(caption: string | null): string[] {
  if (!caption) return [];
  const brands = new Set<string>();
  for (const match of caption.matchAll(/@([\p{L}\p{N}._]{2,50})/gu))
    brands.add((match[1] as string).replace(/\.$/, ""));
  for (const match of caption.matchAll(
    /\b(?:[Pp]artnership with|[Ss]ponsored by)\s+([\p{Lu}][\p{L}\p{N}&'-]*(?:\s[\p{Lu}][\p{L}\p{N}&'-]*)*)/gu,
  ))
    brands.add(match[1] as string);
  return [...brands];
}
