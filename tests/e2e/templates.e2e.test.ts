import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

describeInBrowser("managing outreach email templates in the browser", (env) => {
  it("creates a template with merge fields, refuses a block, and edits it", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.request.post(`${env.amplio.baseUrl}/api/auth/sign-up`, {
      data: {
        name: "Tess Templates",
        email: "tess@example.com",
        password: "write it once",
        organisationName: "Template Co",
      },
    });
    await page.goto(`${env.amplio.baseUrl}/`);
    await page.getByRole("link", { name: "Email templates" }).click();

    await page.getByLabel("Template name").fill("Risky");
    await page.getByLabel("Subject").fill("Hello {{creator.firstName}}");
    await page.getByLabel("Body").fill("{{#if creator.name}}Hi{{/if}}");
    await page.getByRole("button", { name: "Create template" }).click();
    // The server's refusal is shown at the body field itself.
    await page.getByText(/blocks and partials are not allowed/).waitFor();
    expect(await page.getByLabel("Body").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Template name").fill("First contact");
    await page.getByLabel("Body").fill("Hi {{creator.firstName}}, we love your work for {{campaign.name}}. ");
    // The picker lists the server's merge fields and inserts one where the cursor is.
    await page.getByRole("button", { name: /^Insert \{\{sender\.name\}\}/ }).click();
    await page.getByLabel("Subject").click();
    await page.getByLabel("Subject").press("End");
    await page.getByRole("button", { name: /^Insert \{\{creator\.handleWithoutAt\}\}/ }).click();
    expect(await page.getByLabel("Subject").inputValue()).toBe(
      "Hello {{creator.firstName}}{{creator.handleWithoutAt}}",
    );
    await page.getByLabel("Subject").fill("Hello {{creator.firstName}}");
    expect(await page.getByLabel("Body").inputValue()).toBe(
      "Hi {{creator.firstName}}, we love your work for {{campaign.name}}. {{sender.name}}",
    );
    await page.getByRole("button", { name: "Create template" }).click();
    await page.getByRole("cell", { name: "First contact", exact: true }).waitFor();

    await page.getByRole("button", { name: "Edit First contact" }).click();
    await page.getByRole("heading", { name: "Edit “First contact”" }).waitFor();
    await page.getByLabel("Subject").fill("A collaboration, {{creator.firstName}}?");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("cell", { name: "A collaboration, {{creator.firstName}}?" }).waitFor();
    await context.close();
  });
});
