import type { Selectable } from "kysely";
import type { BreakdownDimension, TrackingClicksTable } from "./schema.js";

/** A click as the rollup counts it. */
export type CountedClick = Pick<
  Selectable<TrackingClicksTable>,
  "link_id" | "occurred_at" | "visitor_hash" | "device" | "referrer_host" | "country" | "is_bot"
>;

export interface ClickCounts {
  clicks: number;
  bot_clicks: number;
  desktop_clicks: number;
  mobile_clicks: number;
  tablet_clicks: number;
  other_clicks: number;
}

/** A human visitor's first click in a tally: the hour it falls in counts them if they are new that day. */
export interface TalliedVisitor {
  linkId: string;
  day: string;
  hash: string;
  hour: string;
}

export interface TalliedBreakdown {
  linkId: string;
  day: string;
  dimension: BreakdownDimension;
  value: string;
  clicks: number;
}

/** (day, link, visitor hash) triples, nested by day and link so that a look-up builds no key string. */
export class VisitorSet {
  private readonly days = new Map<string, Map<string, Set<string>>>();
  size = 0;

  has(day: string, linkId: string, hash: string): boolean {
    return this.days.get(day)?.get(linkId)?.has(hash) === true;
  }

  /** Adds the triple; true when it was not there yet. */
  add(day: string, linkId: string, hash: string): boolean {
    return this.added(this.linksOf(day), linkId, hash);
  }

  /** The day's visitors by link: a caller adding many of one day looks the day up once. */
  linksOf(day: string): Map<string, Set<string>> {
    let links = this.days.get(day);
    if (!links) {
      links = new Map();
      this.days.set(day, links);
    }
    return links;
  }

  /** `add` within the day `linksOf` gave: one set operation when the link has visitors already. */
  added(links: Map<string, Set<string>>, linkId: string, hash: string): boolean {
    const hashes = links.get(linkId);
    if (!hashes) {
      links.set(linkId, new Set([hash]));
      this.size += 1;
      return true;
    }
    const before = hashes.size;
    hashes.add(hash);
    if (hashes.size === before) return false;
    this.size += 1;
    return true;
  }

  clear(): void {
    this.days.clear();
    this.size = 0;
  }
}

/**
 * Clicks counted per hour and link, with each visitor's first click and the per-day breakdowns: what the rollup
 * adds to its tables, without holding the clicks themselves. Bots are counted apart and count no visitor.
 */
export class ClickTally {
  count = 0;
  /** Counts by hour (`YYYY-MM-DDTHH:00:00.000Z`), then link id. */
  readonly hours = new Map<string, Map<string, ClickCounts>>();
  readonly visitors: TalliedVisitor[] = [];
  readonly breakdown = new Map<string, TalliedBreakdown>();
  private readonly seen = new VisitorSet();
  // Clicks come in time order: the hour, day and their counts change only when a click leaves the current hour.
  private hourPrefix = "";
  private hour = "";
  private day = "";
  private counts: Map<string, ClickCounts> | undefined;
  private dayVisitors: Map<string, Set<string>> | undefined;

  add(click: CountedClick): void {
    this.count += 1;
    if (!this.counts || !click.occurred_at.startsWith(this.hourPrefix)) {
      this.hourPrefix = click.occurred_at.slice(0, 13);
      this.day = this.hourPrefix.slice(0, 10);
      this.hour = `${this.hourPrefix}:00:00.000Z`;
      this.counts = this.hours.get(this.hour);
      if (!this.counts) {
        this.counts = new Map();
        this.hours.set(this.hour, this.counts);
      }
      this.dayVisitors = this.seen.linksOf(this.day);
    }
    const linkId = click.link_id;
    let counts = this.counts.get(linkId);
    if (!counts) {
      counts = {
        clicks: 0,
        bot_clicks: 0,
        desktop_clicks: 0,
        mobile_clicks: 0,
        tablet_clicks: 0,
        other_clicks: 0,
      };
      this.counts.set(linkId, counts);
    }
    if (click.is_bot) {
      counts.bot_clicks += 1;
      return;
    }
    counts.clicks += 1;
    counts[`${click.device}_clicks`] += 1;
    const day = this.day;
    if (this.seen.added(this.dayVisitors as Map<string, Set<string>>, linkId, click.visitor_hash))
      this.visitors.push({ linkId, day, hash: click.visitor_hash, hour: this.hour });
    if (click.country) this.countBreakdown(linkId, day, "country", click.country);
    if (click.referrer_host) this.countBreakdown(linkId, day, "referrer", click.referrer_host);
  }

  private countBreakdown(linkId: string, day: string, dimension: BreakdownDimension, value: string): void {
    const key = `${linkId}|${day}|${dimension}|${value}`;
    const entry = this.breakdown.get(key);
    if (entry) entry.clicks += 1;
    else this.breakdown.set(key, { linkId, day, dimension, value, clicks: 1 });
  }
}
