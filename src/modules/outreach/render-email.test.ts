import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type MergeContext, mergeFieldCatalogue } from "./merge-context.js";
import { plainEmail, renderEmail, withSignature } from "./render-email.js";

const context: MergeContext = {
  creator: {
    name: "Ava <b>Stone</b> & Co",
    firstName: "Ava",
    email: "ava@example.com",
    handle: "@ava.trails",
    handleWithoutAt: "ava.trails",
    platform: "Instagram",
  },
  campaign: { name: "Spring Trail", startDate: "2026-03-01", endDate: "2026-04-30" },
  brand: { name: "Northwind" },
  sender: { name: "Dana", email: "dana@northwind.example" },
};

describe("outreach templates", () => {
  it("fills merge fields in subject, text and HTML", () => {
    const email = renderEmail(
      {
        subject: "{{brand.name}} × {{creator.firstName}}",
        body: "Hi {{creator.firstName}},\n\nJoin {{campaign.name}}?\n{{sender.name}}",
      },
      context,
    );
    expect(email.subject).toBe("Northwind × Ava");
    expect(email.text).toBe("Hi Ava,\n\nJoin Spring Trail?\nDana");
    expect(email.html).toBe("<p>Hi Ava,</p>\n<p>Join Spring Trail?<br>Dana</p>");
  });

  it("escapes merge values and literal text in HTML, but not in plain text", () => {
    const email = renderEmail({ subject: "Hello", body: "<i>{{creator.name}}</i>" }, context);
    expect(email.text).toBe("<i>Ava <b>Stone</b> & Co</i>");
    expect(email.html).toBe("<p>&#60;i&#62;Ava &lt;b&gt;Stone&lt;/b&gt; &amp; Co&#60;/i&#62;</p>");
    expect(email.html).not.toContain("<b>");
  });

  it("keeps a subject on one line whatever the merge values hold", () => {
    const hostile = {
      ...context,
      creator: { ...context.creator, firstName: "Ava\r\nBcc: victim@example.com\r\n" },
    };
    const email = renderEmail({ subject: "Hi {{creator.firstName}}", body: "x" }, hostile);
    expect(email.subject).toBe("Hi Ava Bcc: victim@example.com");
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("refuses unknown fields, triple braces, helpers and blocks, naming the field", () => {
    const cases: Array<[{ subject: string; body: string }, string, RegExp]> = [
      [{ subject: "Hi {{creator.nickname}}", body: "x" }, "subject", /unknown merge field/],
      [{ subject: "Hi", body: "{{{creator.name}}}" }, "body", /triple braces/],
      [{ subject: "Hi", body: "{{#each creator}}x{{/each}}" }, "body", /blocks/],
      [{ subject: "Hi", body: "{{lookup creator 'name'}}" }, "body", /unknown merge field/],
      [{ subject: "Hi", body: "{{> partial}}" }, "body", /blocks and partials/],
      [{ subject: "Hi {{", body: "x" }, "subject", /does not parse/],
      [{ subject: "Hi", body: "{{constructor.name}}" }, "body", /unknown merge field/],
    ];
    for (const [template, field, message] of cases) {
      try {
        renderEmail(template, context);
        expect.fail(`accepted ${JSON.stringify(template)}`);
      } catch (error) {
        expect((error as { errors: Array<{ field: string }> }).errors[0]?.field).toBe(field);
        expect((error as Error).message).toMatch(message);
      }
    }
  });

  it("accepts every field of the catalogue and nothing else", () => {
    const body = mergeFieldCatalogue.map((entry) => `{{${entry.field}}}`).join("|");
    expect(renderEmail({ subject: "x", body }, context).text).toBe(
      "Ava <b>Stone</b> & Co|Ava|ava@example.com|@ava.trails|ava.trails|Instagram|Spring Trail|2026-03-01|2026-04-30|Northwind|Dana|dana@northwind.example",
    );
  });

  it("lists every merge field in the README, as the template editor shows them", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
    for (const entry of mergeFieldCatalogue) expect(readme).toContain(`{{${entry.field}}}`);
  });

  it("puts the signature under the message after a '-- ' line, escaped in HTML", () => {
    const email = withSignature(
      renderEmail({ subject: "Hi", body: "Hi {{creator.firstName}}\n" }, context),
      "Dana <Northwind>\n",
    );
    expect(email.text).toBe("Hi Ava\n\n-- \nDana <Northwind>");
    expect(email.html).toBe("<p>Hi Ava</p>\n<p>-- <br>Dana &#60;Northwind&#62;</p>");
    expect(withSignature(email, "  ")).toEqual(email);
  });

  it("sends a message written out in full as it reads, braces and all", () => {
    const email = plainEmail("Hi\r\nBcc: x@example.com", "Literal {{creator.name}} & <b>");
    expect(email).toEqual({
      subject: "Hi Bcc: x@example.com",
      text: "Literal {{creator.name}} & <b>",
      html: "<p>Literal {{creator.name}} &#38; &#60;b&#62;</p>",
    });
    expect(() => plainEmail(" \n ", "x")).toThrow(/subject is empty/);
  });
});
