import { describe, expect, it } from "vitest";
import { type MergeContext, renderEmail } from "./render-email.js";

const context: MergeContext = {
  creator: {
    name: "Ava <b>Stone</b> & Co",
    firstName: "Ava",
    email: "ava@example.com",
    handle: "ava.trails",
    platform: "instagram",
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
});
