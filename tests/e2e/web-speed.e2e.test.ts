import { expect, it } from "vitest";
import { describeInBrowser } from "./support.js";

const signInBudgetBytes = 150 * 1024;

describeInBrowser("how the web app is delivered", (env) => {
  it("loads the sign-in page with at most 150 kB of compressed JavaScript, brotli-encoded", async () => {
    const page = await env.browser.newPage();
    const scripts: Array<{ url: string; encoding: string | undefined; bytes: number }> = [];
    page.on("requestfinished", async (request) => {
      if (request.resourceType() !== "script") return;
      const response = await request.response();
      const sizes = await request.sizes();
      scripts.push({
        url: request.url(),
        encoding: (await response?.allHeaders())?.["content-encoding"],
        bytes: sizes.responseBodySize,
      });
    });
    await page.goto(`${env.amplio.baseUrl}/sign-in`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.waitForLoadState("networkidle");

    expect(scripts.length).toBeGreaterThan(0);
    // The build leaves files under 1 KiB as they are: compressing them gains nothing.
    for (const script of scripts) if (script.bytes >= 1024) expect(script.encoding, script.url).toBe("br");
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    expect(total).toBeLessThanOrEqual(signInBudgetBytes);
    // Pages come with their route: the report's charts are not part of signing in.
    expect(scripts.some((script) => /report-page|Chart/.test(script.url))).toBe(false);
    await page.close();
  });

  it("caches hashed assets for a year and checks the app shell on every visit", async () => {
    const shell = await fetch(`${env.amplio.baseUrl}/campaigns`);
    expect(shell.headers.get("cache-control")).toBe("no-cache");
    const html = await shell.text();
    const entry = html.match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1];
    expect(entry).toBeDefined();

    const plain = await fetch(`${env.amplio.baseUrl}${entry}`, {
      headers: { "accept-encoding": "identity" },
    });
    const source = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");

    // fetch decodes the gzip copy: what arrives must be the very file the build wrote.
    const gzipped = await fetch(`${env.amplio.baseUrl}${entry}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(gzipped.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await gzipped.arrayBuffer()).equals(source)).toBe(true);
  });
});
