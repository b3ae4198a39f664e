import Handlebars from "handlebars";
import { invalidField } from "../../http/errors.js";

/** What a template can say: `{{creator.firstName}}`, `{{campaign.name}}`, `{{brand.name}}`, `{{sender.name}}`… */
export interface MergeContext {
  creator: { name: string; firstName: string; email: string; handle: string; platform: string };
  campaign: { name: string; startDate: string; endDate: string };
  brand: { name: string };
  sender: { name: string; email: string };
}

export const mergeFields: Record<keyof MergeContext, string[]> = {
  creator: ["name", "firstName", "email", "handle", "platform"],
  campaign: ["name", "startDate", "endDate"],
  brand: ["name"],
  sender: ["name", "email"],
};

const knownPaths = new Set(
  Object.entries(mergeFields).flatMap(([group, names]) => names.map((n) => `${group}.${n}`)),
);

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
  const html = escapedBody
    .split(/\r?\n\r?\n/)
    .map((paragraph) => `<p>${paragraph.replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n");
  return { subject, text, html };
}
