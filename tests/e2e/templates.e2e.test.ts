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
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("body");

    await page.getByLabel("Template name").fill("First contact");
    await page
      .getByLabel("Body")
      .fill("Hi {{creator.firstName}}, we love your work for {{campaign.name}}. {{sender.name}}");
    await page.getByRole("button", { name: "Create template" }).click();
    await page.getByRole("cell", { name: "First contact" }).waitFor();

    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Subject").fill("A collaboration, {{creator.firstName}}?");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("cell", { name: "A collaboration, {{creator.firstName}}?" }).waitFor();
    await context.close();
  });
});
