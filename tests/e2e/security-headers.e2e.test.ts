import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

describeInBrowser("the Content-Security-Policy in the browser", (env) => {
  it("sends a policy without inline scripts, under which the app, the portal and the API reference work", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    const shell = await page.goto(`${env.amplio.baseUrl}/sign-up`);
    const policy = (await shell?.allHeaders())?.["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");

    await page.getByLabel("Your name").fill("Casey Policy");
    await page.getByLabel("Work email").fill("casey@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Policy Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    await page.getByRole("link", { name: "Campaigns" }).first().click();
    await page.getByRole("heading", { name: "Campaigns", exact: true }).first().waitFor();

    await page.goto(`${env.amplio.baseUrl}/portal/sign-in`);
    await page.waitForLoadState("networkidle");

    await page.goto(`${env.amplio.baseUrl}/api/docs`);
    await page.getByText("Amplio API").first().waitFor();

    expect(violations).toEqual([]);
    await context.close();
  });
});
