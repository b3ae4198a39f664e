import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

/** Generous: a loaded CI machine hashes passwords slowly. */
const poll = { timeout: 10_000 };

describeInBrowser("signing up, API keys and signing out in the browser", (env) => {
  async function signUp(page: Page, user: { name: string; email: string; organisation: string }) {
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill(user.name);
    await page.getByLabel("Work email").fill(user.email);
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill(user.organisation);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
  }

  // The organisation switcher, the new-organisation dialog and signing out live in the account menu.
  const accountMenu = (page: Page) => page.getByRole("button", { name: "Organisation and account" }).click();

  async function activeOrganisation(page: Page) {
    await accountMenu(page);
    const active = await page.locator('[role="menuitem"][aria-current="true"]').textContent();
    await page.keyboard.press("Escape");
    return active;
  }

  async function signOut(page: Page) {
    await accountMenu(page);
    await page.getByRole("menuitem", { name: "Sign out" }).click();
  }

  it("signs up, creates an API key shown once, signs out and back in", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.amplio.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("link", { name: "Create an account" }).click();

    await page.getByLabel("Your name").fill("Erin Example");
    await page.getByLabel("Work email").fill("erin@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByLabel("Organisation name").fill("Erin's Outdoor Co");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    await expect.poll(() => activeOrganisation(page), poll).toBe("Erin's Outdoor Co");
    expect(await page.getByText("Erin Example").isVisible()).toBe(true);

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("tab", { name: "API keys" }).click();
    await page.getByLabel("Key name").fill("CI key");
    await page.getByRole("button", { name: "Create API key" }).click();
    const secret = page.getByTestId("new-api-key");
    await secret.waitFor();
    const key = (await secret.textContent()) ?? "";
    expect(key).toMatch(/^amp_/);
    await expect.poll(() => page.getByText("This key is shown once").isVisible(), poll).toBe(true);
    expect(await page.getByRole("button", { name: "Copy", exact: true }).isVisible()).toBe(true);

    // The key works against the API as this organisation.
    const organisation = await fetch(`${env.amplio.baseUrl}/api/v1/organisation`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(await organisation.json()).toMatchObject({ name: "Erin's Outdoor Co" });

    // After a reload the key is listed by name, and its secret is gone for good.
    await page.reload();
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "CI key", exact: true }) });
    await row.waitFor();
    expect(await row.getByText("Active").isVisible()).toBe(true);
    expect(await page.getByTestId("new-api-key").count()).toBe(0);
    expect(await page.content()).not.toContain(key);

    await signOut(page);
    await page.waitForURL(/\/sign-in/);

    // Signing in again lands on Today.
    await page.getByLabel("Work email").fill("erin@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");

    // A signed-out visit to an app page signs in and comes back to it.
    await signOut(page);
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${env.amplio.baseUrl}/settings`);
    await page.waitForURL(/\/sign-in\?next=%2Fsettings/);
    await page.getByLabel("Work email").fill("erin@example.com");
    await page.getByLabel("Password").fill("a strong passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();

    // next= never leaves Amplio, and never for a page the app does not have: those land on Today.
    for (const next of [
      "//evil.example/x",
      "/\\evil.example/x",
      "https://evil.example/",
      "javascript:alert(1)",
      "/api/v1/organisation",
    ]) {
      await signOut(page);
      await page.waitForURL(/\/sign-in/);
      await page.goto(`${env.amplio.baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
      await page.getByLabel("Work email").fill("erin@example.com");
      await page.getByLabel("Password").fill("a strong passphrase");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
      expect(page.url(), next).toBe(`${env.amplio.baseUrl}/`);
    }

    // An address the app has no page for says so, with the way back.
    await page.goto(`${env.amplio.baseUrl}/campaigns/x/no-such-page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Go to Today" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
    await page.close();
  });

  it("shows the API's field errors next to the inputs", async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.amplio.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Short Password");
    await page.getByLabel("Work email").fill("short@example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByLabel("Organisation name").fill("Short Co");
    await page.getByRole("button", { name: "Create account" }).click();
    // The server's rule, said at the field it is about.
    await page.getByText("must be at least 10 characters").first().waitFor();
    const password = page.getByLabel("Password");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent()).toContain(
      "at least 10 characters",
    );
    await page.close();
  });

  it("creates and switches organisations, and brings a teammate in by invitation", async () => {
    const owner = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await owner.newPage();
    await signUp(page, { name: "Gwen Owner", email: "gwen@example.com", organisation: "Gwen Goods" });

    // A new organisation from the dialog becomes the active one.
    await accountMenu(page);
    await page.getByRole("menuitem", { name: "+ New organisation" }).click();
    const dialog = page.getByRole("dialog", { name: "New organisation" });
    await dialog.getByLabel("Organisation name").fill("Gwen Agency");
    await dialog.getByLabel("Kind").selectOption("agency");
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => activeOrganisation(page), poll).toBe("Gwen Agency (agency)");
    await page.getByText("What is running at Gwen Agency and what needs you").waitFor();

    // Switching back reloads the page's data for that organisation.
    await accountMenu(page);
    await page.getByRole("menuitem", { name: "Gwen Goods" }).click();
    await page.getByText("What is running at Gwen Goods and what needs you").waitFor();

    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Email to invite").fill("finn@example.com");
    await page.getByLabel("Role", { exact: true }).selectOption("member");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const inviteUrl = new URL((await page.getByTestId("invite-url").textContent()) ?? "");
    expect(inviteUrl.pathname).toMatch(/^\/invite\//);
    await page.getByRole("cell", { name: "finn@example.com", exact: true }).waitFor();

    // The invitee signs up from the link, with no organisation of their own.
    const invitee = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const finn = await invitee.newPage();
    await finn.goto(`${env.amplio.baseUrl}${inviteUrl.pathname}`);
    await finn.getByRole("heading", { name: "Join Gwen Goods" }).waitFor();
    expect(await finn.getByLabel("Organisation name").count()).toBe(0);
    expect(await finn.getByLabel("Work email").inputValue()).toBe("finn@example.com");
    await finn.getByLabel("Your name").fill("Finn Invitee");
    await finn.getByLabel("Password").fill("another strong passphrase");
    await finn.getByRole("button", { name: "Create account" }).click();
    await finn.getByRole("heading", { name: "Today", exact: true }).waitFor();
    expect(await activeOrganisation(finn)).toBe("Gwen Goods");

    await page.reload();
    const finnRow = page.getByRole("row").filter({ hasText: "finn@example.com" });
    await expect.poll(() => finnRow.getByLabel("Role of Finn Invitee").inputValue(), poll).toBe("member");
    expect(await page.getByText("No invitations are waiting to be accepted.").isVisible()).toBe(true);

    await invitee.close();
    await owner.close();
  });
});
