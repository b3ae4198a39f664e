import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserUnavailable, launchBrowser, type RunningAmplio, startAmplio } from "./support.js";

const skip = browserUnavailable();

describe.skipIf(skip)("signing up, API keys and signing out in the browser", () => {
  let amplio: RunningAmplio;
  let browser: Browser;

  beforeAll(async () => {
    amplio = await startAmplio();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await amplio?.stop();
  });

  it("signs up, creates an API key shown once, signs out and back in", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${amplio.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("link", { name: "Create an account" }).click();

    await page.getByLabel("Your name").fill("Erin Example");
    await page.getByLabel("Work email").fill("erin@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Erin's Outdoor Co");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect.poll(() => page.getByRole("heading", { name: "Overview" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel("Organisation").inputValue()).not.toBe("");
    expect(await page.getByLabel("Organisation").locator("option:checked").textContent()).toBe(
      "Erin's Outdoor Co",
    );

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "API keys" }).click();
    await page.getByLabel("Key name").fill("CI key");
    await page.getByRole("button", { name: "Create API key" }).click();
    const secret = page.getByTestId("new-api-key");
    await secret.waitFor();
    const key = (await secret.textContent()) ?? "";
    expect(key).toMatch(/^amp_/);
    await expect.poll(() => page.getByText("this key is shown once").isVisible()).toBe(true);

    // The key works against the API as this organisation.
    const organisation = await fetch(`${amplio.baseUrl}/api/v1/organisation`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(await organisation.json()).toMatchObject({ name: "Erin's Outdoor Co" });

    await page.reload();
    await page.getByRole("cell", { name: "CI key" }).waitFor();
    expect(await page.content()).not.toContain(key);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${amplio.baseUrl}/settings`);
    await page.waitForURL(/\/sign-in\?next=%2Fsettings/);

    await page.getByLabel("Work email").fill("erin@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();
  });

  it("shows the API's field errors next to the inputs", async () => {
    const page = await browser.newPage();
    await page.goto(`${amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Short Password");
    await page.getByLabel("Work email").fill("short@example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByLabel("Organisation name").fill("Short Co");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("must be at least 10 characters").first().waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("password");
  });
});
