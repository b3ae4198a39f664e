import { describe, expect, it } from "vitest";
import { slugify, slugPattern } from "./slug.js";

describe("organisation slugs", () => {
  it.each([
    ["Northwind Outdoor", "northwind-outdoor"],
    ["Harbor & Pine Agency", "harbor-and-pine-agency"],
    ["Café Größe", "cafe-groesse"],
    ["  --Ünïcödé--  ", "uenicoede"],
    ["🚀🚀", "org"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slugPattern.test(slugify(name))).toBe(true);
  });
});
