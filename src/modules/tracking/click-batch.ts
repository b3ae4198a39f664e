import type { ClickEvent } from "./click-event.js";

/**
 * Clicks as they cross to the click store: one array per field, numbers in typed arrays, and the strings that repeat
 * from click to click (link, address, user agent, referrer, country) once each, referred to by index. Cloning it
 * to the worker copies a few typed arrays and one string per click (its id), and the store classifies each user
 * agent and parses each referrer once a batch.
 */
export interface ClickBatch {
  count: number;
  clickId: string[];
  /** Epoch milliseconds. */
  at: Float64Array;
  /** Index into linkIds and organisationIds. */
  link: Int32Array;
  linkIds: string[];
  organisationIds: string[];
  /** Indexes into `strings`; -1 where the request had none (referer, country). */
  ip: Int32Array;
  userAgent: Int32Array;
  referer: Int32Array;
  country: Int32Array;
  strings: string[];
}

const none = -1;

/**
 * Where the redirect adds its clicks: arrays sized once and reused from batch to batch (grown when a batch outgrows
 * them), so adding a click allocates nothing but its id; `take` copies the filled part out as a `ClickBatch`.
 */
export class ClickBatchBuilder {
  count = 0;
  private capacity: number;
  private clickId: string[];
  private at: Float64Array;
  private link: Int32Array;
  private ip: Int32Array;
  private userAgent: Int32Array;
  private referer: Int32Array;
  private country: Int32Array;
  private links = new Map<string, number>();
  private linkIds: string[] = [];
  private organisationIds: string[] = [];
  private stringIndex = new Map<string, number>();
  private strings: string[] = [];

  constructor(capacity = 4_096) {
    this.capacity = capacity;
    this.clickId = Array.from({ length: capacity }, () => "");
    this.at = new Float64Array(capacity);
    this.link = new Int32Array(capacity);
    this.ip = new Int32Array(capacity);
    this.userAgent = new Int32Array(capacity);
    this.referer = new Int32Array(capacity);
    this.country = new Int32Array(capacity);
  }

  add(
    clickId: string,
    linkId: string,
    organisationId: string,
    at: number,
    ip: string,
    userAgent: string,
    referer: string | undefined,
    country: string | null,
  ): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.clickId[i] = clickId;
    this.at[i] = at;
    let link = this.links.get(linkId);
    if (link === undefined) {
      link = this.linkIds.length;
      this.links.set(linkId, link);
      this.linkIds.push(linkId);
      this.organisationIds.push(organisationId);
    }
    this.link[i] = link;
    this.ip[i] = this.indexOf(ip);
    this.userAgent[i] = this.indexOf(userAgent);
    this.referer[i] = referer === undefined ? none : this.indexOf(referer);
    this.country[i] = country === null ? none : this.indexOf(country);
  }

  /** The clicks added since the last take, and an empty builder. */
  take(): ClickBatch {
    const n = this.count;
    const batch: ClickBatch = {
      count: n,
      clickId: this.clickId.slice(0, n),
      at: this.at.slice(0, n),
      link: this.link.slice(0, n),
      linkIds: this.linkIds,
      organisationIds: this.organisationIds,
      ip: this.ip.slice(0, n),
      userAgent: this.userAgent.slice(0, n),
      referer: this.referer.slice(0, n),
      country: this.country.slice(0, n),
      strings: this.strings,
    };
    this.count = 0;
    this.links.clear();
    this.linkIds = [];
    this.organisationIds = [];
    this.stringIndex.clear();
    this.strings = [];
    return batch;
  }

  private indexOf(value: string): number {
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.stringIndex.set(value, index);
      this.strings.push(value);
    }
    return index;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const wider = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.clickId = this.clickId.concat(Array.from({ length: this.capacity }, () => ""));
    this.at = wider(this.at, new Float64Array(capacity));
    this.link = wider(this.link, new Int32Array(capacity));
    this.ip = wider(this.ip, new Int32Array(capacity));
    this.userAgent = wider(this.userAgent, new Int32Array(capacity));
    this.referer = wider(this.referer, new Int32Array(capacity));
    this.country = wider(this.country, new Int32Array(capacity));
    this.capacity = capacity;
  }
}

/** Events built elsewhere (the demo, benchmarks, tests) as one batch. */
export function batchOf(events: ClickEvent[]): ClickBatch {
  const builder = new ClickBatchBuilder(Math.max(1, events.length));
  for (const e of events)
    builder.add(e.clickId, e.linkId, e.organisationId, e.at, e.ip, e.userAgent, e.referer, e.country);
  return builder.take();
}

/** The string at `index` in the batch's dictionary, or null for none. */
export function stringAt(batch: ClickBatch, index: number): string | null {
  return index === none ? null : (batch.strings[index] as string);
}
