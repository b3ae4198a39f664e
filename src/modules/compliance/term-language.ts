import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as spanish } from "@orama/stemmers/spanish";

/**
 * The languages a brief's forbidden terms are matched in, with their word forms (C8 Word forms): each reduces a word
 * to its stem, so "cures", "cured" and "curing" all read as "cure" (decision 0008).
 */
export const termLanguages = ["en", "de", "fr", "es", "it"] as const;
export type TermLanguage = (typeof termLanguages)[number];

const stemmers: Record<TermLanguage, (word: string) => string> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
};

// Past this length a "word" is not one a stemmer knows; comparing it whole keeps adversarial captions cheap.
const longestStemmedWord = 40;

/** A stemmer for one caption or brief: each distinct word is stemmed once. */
export function stemmerFor(language: TermLanguage): (word: string) => string {
  const stem = stemmers[language];
  const seen = new Map<string, string>();
  return (word) => {
    if (word.length > longestStemmedWord) return word;
    let found = seen.get(word);
    if (found === undefined) {
      found = stem(word);
      seen.set(word, found);
    }
    return found;
  };
}
