import Handlebars from "handlebars";
import { invalidField } from "../../http/errors.js";
import { type MergeContext, mergeFieldCatalogue } from "./merge-context.js";

const knownPaths = new Set<string>(mergeFieldCatalogue.map((entry) => entry.field));

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Parses a template and allows only plain merge fields: no helpers, partials, blocks or triple braces, which would
 * either run logic a template should not have or skip HTML escaping.
 */
function parseTemplate(source: string, field: string): hbs.AST.Program {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    throw invalidField(field, `the template does not parse: ${(error as Error).message.split("\n")[0]}`);
  }
  for (const statement of program.body) {
    if (statement.type === "ContentStatement" || statement.type === "CommentStatement") continue;
    if (statement.type !== "MustacheStatement")
      throw invalidField(
        field,
        "use merge fields like {{creator.firstName}}; blocks and partials are not allowed",
      );
    const mustache = statement as hbs.AST.MustacheStatement;
    const path = (mustache.path as hbs.AST.PathExpression).original;
    if (mustache.params.length > 0 || mustache.path.type !== "PathExpression" || !knownPaths.has(path))
      throw invalidField(field, `unknown merge field {{${path}}}; use one of ${[...knownPaths].join(", ")}`);
    if (!mustache.escaped) throw invalidField(field, "use double braces {{…}}; triple braces skip escaping");
  }
  return program;
}

/** Literal template text is escaped too, so the HTML part is escaped throughout while merge values go through Handlebars' own escaping. */
function htmlProgram(program: hbs.AST.Program): hbs.AST.Program {
  return {
    ...program,
    body: program.body.map((statement) =>
      statement.type === "ContentStatement"
        ? {
            ...(statement as hbs.AST.ContentStatement),
            value: escapeHtml((statement as hbs.AST.ContentStatement).value),
          }
        : statement,
    ),
  } as hbs.AST.Program;
}

/** Checks a subject and body without a context, for saving a template. */
export function validateTemplate(subject: string, body: string): void {
  parseTemplate(subject, "subject");
  parseTemplate(body, "body");
}

/** A header value holds one line: any line break (the start of a header injection) becomes a space. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029\u0085]+/g, " ").trim();
}

export function renderEmail(
  template: { subject: string; body: string },
  context: MergeContext,
): RenderedEmail {
  const subjectProgram = parseTemplate(template.subject, "subject");
  const bodyProgram = parseTemplate(template.body, "body");
  const options = { strict: true, knownHelpersOnly: true, noEscape: true };
  const subject = oneLine(Handlebars.compile(subjectProgram, options)(context));
  if (!subject) throw invalidField("subject", "the subject is empty");
  const text = Handlebars.compile(bodyProgram, options)(context);
  const escapedBody = Handlebars.compile(htmlProgram(bodyProgram), { strict: true, knownHelpersOnly: true })(
    context,
  );
  return { subject, text, html: paragraphs(escapedBody) };
}

/** Escaped text as HTML paragraphs: a blank line starts one, a single line break stays a break. */
function paragraphs(escaped: string): string {
  return escaped
    .split(/\r?\n\r?\n/)
    .map((paragraph) => `<p>${paragraph.replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n");
}

/** A message written out in full (edited per creator after the preview), sent as it reads: no merge fields. */
export function plainEmail(subject: string, text: string): RenderedEmail {
  const line = oneLine(subject);
  if (!line) throw invalidField("subject", "the subject is empty");
  return { subject: line, text, html: paragraphs(escapeHtml(text)) };
}

/** Puts the sender's signature under the message after the usual "-- " line, which mail clients know to trim from quotes. */
export function withSignature(email: RenderedEmail, signature: string): RenderedEmail {
  const sign = signature.trim();
  if (!sign) return email;
  const text = `${email.text.trimEnd()}\n\n-- \n${sign}`;
  return { subject: email.subject, text, html: paragraphs(escapeHtml(text)) };
}
