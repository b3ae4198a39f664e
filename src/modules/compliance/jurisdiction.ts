import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { platforms } from "../creators/tiers.js";
import { type CompiledTerm, compileTerm } from "./match-terms.js";
import { materialConnections } from "./material-connection.js";
import { termLanguages } from "./term-language.js";

/**
 * A jurisdiction's disclosure rules are data (C5): one JSON file per jurisdiction in ./jurisdictions, so adding a
 * country means adding a file, not code.
 */
const connectionList = z.array(z.enum(materialConnections)).min(1);

const termSchema = z.strictObject({
  term: z.string().trim().min(1),
  /** Only for these connections; every connection when absent (gifts differ, C4). */
  connections: connectionList.optional(),
  /** Why the term falls short, in words a creator understands. */
  why: z.string().min(1).optional(),
});

const platformLimits = z.strictObject(
  Object.fromEntries(platforms.map((p) => [p, z.number().int().positive()])) as Record<
    (typeof platforms)[number],
    z.ZodNumber
  >,
);

export const jurisdictionSchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2,8}$/),
  /** The language its briefs are written in: a forbidden term matches its word forms in it (C8). */
  language: z.enum(termLanguages),
  name: z.string().min(1),
  /** How messages name the rules: "under US FTC rules". */
  rulesName: z.string().min(1),
  section: z.string().regex(/^C\d+$/),
  sources: z.array(z.string().min(1)).min(1),
  placement: z.strictObject({
    /** Characters shown before "more", per platform (C2, C3). */
    visibleCharacters: platformLimits,
    /** The label must be the first word of the caption (Germany, C5). */
    labelAtStart: z.boolean(),
    /** A trailing block of at least this many hashtags is where a disclosure must not be alone. */
    trailingHashtagBlock: z.number().int().min(2),
  }),
  /** Whether the disclosure must also be said and shown in a video (C2). */
  videoMustShowDisclosure: z.boolean(),
  /** The label a message suggests, per connection; `default` otherwise. "<brand>" is filled in. */
  suggestions: z.strictObject({
    default: z.string().min(1),
    byConnection: z.partialRecord(z.enum(materialConnections), z.string().min(1)).optional(),
  }),
  clearTerms: z.array(termSchema).min(1),
  ambiguousTerms: z.array(termSchema),
  /** Labels required for retouched or AI-generated images (France, C5). */
  imageLabels: z
    .strictObject({
      retouched: z.array(z.string().min(1)).min(1),
      virtual: z.array(z.string().min(1)).min(1),
    })
    .optional(),
  negation: z.strictObject({
    words: z.array(z.string().min(1)).min(1),
    fillers: z.array(z.string().min(1)),
    maxFillers: z.number().int().min(0).max(3),
  }),
});

export type JurisdictionData = z.infer<typeof jurisdictionSchema>;

export interface JurisdictionTerm {
  compiled: CompiledTerm;
  connections?: readonly string[];
  why?: string;
}

export interface Jurisdiction
  extends Omit<JurisdictionData, "clearTerms" | "ambiguousTerms" | "imageLabels"> {
  clearTerms: JurisdictionTerm[];
  ambiguousTerms: JurisdictionTerm[];
  imageLabels?: { retouched: CompiledTerm[]; virtual: CompiledTerm[] };
}

const defaultDirectory = fileURLToPath(new URL("./jurisdictions/", import.meta.url));

function compileChecked(file: string, text: string): CompiledTerm {
  const compiled = compileTerm(text);
  if (compiled.elements.length === 0) throw new Error(`${file}: the term "${text}" has no word in it`);
  return compiled;
}

function compileJurisdiction(file: string, data: JurisdictionData): Jurisdiction {
  const terms = (list: JurisdictionData["clearTerms"]): JurisdictionTerm[] =>
    list.map((t) => ({ compiled: compileChecked(file, t.term), connections: t.connections, why: t.why }));
  return {
    ...data,
    negation: {
      ...data.negation,
      words: data.negation.words.map((w) => w.toLowerCase().replaceAll("’", "'")),
      fillers: data.negation.fillers.map((w) => w.toLowerCase().replaceAll("’", "'")),
    },
    clearTerms: terms(data.clearTerms),
    ambiguousTerms: terms(data.ambiguousTerms),
    imageLabels: data.imageLabels && {
      retouched: data.imageLabels.retouched.map((t) => compileChecked(file, t)),
      virtual: data.imageLabels.virtual.map((t) => compileChecked(file, t)),
    },
  };
}

/** Reads and validates every `<code>.json` in the directory; a bad file stops startup with its name and path. */
export function loadJurisdictions(directory: string = defaultDirectory): Map<string, Jurisdiction> {
  const loaded = new Map<string, Jurisdiction>();
  for (const file of readdirSync(directory)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const parsed = jurisdictionSchema.safeParse(JSON.parse(readFileSync(path.join(directory, file), "utf8")));
    if (!parsed.success)
      throw new Error(`Jurisdiction file ${file} is invalid: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.code}.json` !== file)
      throw new Error(
        `Jurisdiction file ${file} declares code "${parsed.data.code}"; name it after its code.`,
      );
    loaded.set(parsed.data.code, compileJurisdiction(file, parsed.data));
  }
  if (loaded.size === 0) throw new Error(`No jurisdiction files in ${directory}.`);
  return loaded;
}

let cached: Map<string, Jurisdiction> | null = null;

export function jurisdictions(): Map<string, Jurisdiction> {
  cached ??= loadJurisdictions();
  return cached;
}

export function jurisdictionCodes(): [string, ...string[]] {
  const codes = [...jurisdictions().keys()];
  return codes as [string, ...string[]];
}
