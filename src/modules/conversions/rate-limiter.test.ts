import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("refuses past the limit within a window and lets the next window through", () => {
    const limiter = new RateLimiter(2, 1_000);
    limiter.take("a", 0);
    limiter.take("a", 10);
    expect(() => limiter.take("a", 20)).toThrow(/Too many/);
    limiter.take("b", 20);
    expect(() => limiter.take("a", 1_000)).not.toThrow();
  });

  it("keeps a busy key's count while more than 50,000 other keys come and go", () => {
    const limiter = new RateLimiter(8, 60_000);
    limiter.take("busy", 0);
    for (let i = 1; i <= 60_000; i++) {
      limiter.take(`other-${i}`, 0);
      if (i % 10_000 === 0) limiter.take("busy", 0);
    }
    limiter.take("busy", 0);
    expect(() => limiter.take("busy", 0)).toThrow(/Too many/);
  });
});
