import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

describeInBrowser("the disclosure check page", (env) => {
  it("checks a caption, marks the finding's span, and passes once it is fixed", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Dana Disclosure");
    await page.getByLabel("Work email").fill("dana@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Glow Skincare");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Disclosure check" }).isVisible()).toBe(true);

    await page.getByRole("link", { name: "Disclosure check" }).click();
    await expect.poll(() => page.getByText("not legal advice").isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel("Jurisdiction").locator("option").count()).toBe(5);

    await page.getByLabel("Caption").fill("Neues Serum von Glow #sp");
    await page.getByLabel("Jurisdiction").selectOption("de");
    await page.getByLabel("Brand").fill("Glow");
    await page.getByLabel("Material connection").selectOption("paid");
    await page.getByRole("button", { name: "Check" }).click();

    await expect.poll(() => page.getByRole("status").textContent()).toContain("Not compliant");
    expect(await page.getByTestId("caption-preview").locator("mark").allTextContents()).toEqual(["#sp"]);
    await page.getByRole("button", { name: /Show in caption/ }).click();
    expect(await page.getByTestId("caption-preview").locator("mark[data-active]").textContent()).toBe("#sp");

    await page.getByLabel("Caption").fill("Werbung | Neues Serum von Glow");
    await page.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Compliant");
    expect(await page.getByTestId("caption-preview").locator("mark").count()).toBe(0);
  });
});
