import type { ClickEvent } from "./click-event.js";

/**
 * Clicks as they cross to the click store: one array per field, the time in a typed array. Cloning arrays of
 * strings to the worker costs about a third of cloning as many objects.
 */
export interface ClickBatch {
  count: number;
  clickId: string[];
  /** Epoch milliseconds. */
  at: Float64Array;
  linkId: string[];
  organisationId: string[];
  ip: string[];
  userAgent: string[];
  /** null where the request had none. */
  referer: Array<string | null>;
  country: Array<string | null>;
}

const filled = <T>(length: number, value: T): T[] => Array.from({ length }, () => value);

/**
 * Where the redirect adds its clicks: arrays sized once and reused from batch to batch (grown when a batch outgrows
 * them), so adding a click allocates nothing but its id; `take` copies the filled part out as a `ClickBatch`. It
 * stores references only: a map to share repeated strings cost more on the request thread than cloning them.
 */
export class ClickBatchBuilder {
  count = 0;
  private capacity: number;
  private at: Float64Array;
  private readonly strings: {
    clickId: string[];
    linkId: string[];
    organisationId: string[];
    ip: string[];
    userAgent: string[];
    referer: Array<string | null>;
    country: Array<string | null>;
  };

  constructor(capacity = 4_096) {
    this.capacity = capacity;
    this.at = new Float64Array(capacity);
    this.strings = {
      clickId: filled(capacity, ""),
      linkId: filled(capacity, ""),
      organisationId: filled(capacity, ""),
      ip: filled(capacity, ""),
      userAgent: filled(capacity, ""),
      referer: filled<string | null>(capacity, null),
      country: filled<string | null>(capacity, null),
    };
  }

  add(
    clickId: string,
    linkId: string,
    organisationId: string,
    at: number,
    ip: string,
    userAgent: string,
    referer: string | null,
    country: string | null,
  ): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const s = this.strings;
    this.at[i] = at;
    s.clickId[i] = clickId;
    s.linkId[i] = linkId;
    s.organisationId[i] = organisationId;
    s.ip[i] = ip;
    s.userAgent[i] = userAgent;
    s.referer[i] = referer;
    s.country[i] = country;
  }

  /** The clicks added since the last take, and an empty builder. */
  take(): ClickBatch {
    const n = this.count;
    const s = this.strings;
    this.count = 0;
    return {
      count: n,
      clickId: s.clickId.slice(0, n),
      at: this.at.slice(0, n),
      linkId: s.linkId.slice(0, n),
      organisationId: s.organisationId.slice(0, n),
      ip: s.ip.slice(0, n),
      userAgent: s.userAgent.slice(0, n),
      referer: s.referer.slice(0, n),
      country: s.country.slice(0, n),
    };
  }

  private grow(): void {
    const more = this.capacity;
    const at = new Float64Array(this.capacity + more);
    at.set(this.at);
    this.at = at;
    const s = this.strings;
    s.clickId = s.clickId.concat(filled(more, ""));
    s.linkId = s.linkId.concat(filled(more, ""));
    s.organisationId = s.organisationId.concat(filled(more, ""));
    s.ip = s.ip.concat(filled(more, ""));
    s.userAgent = s.userAgent.concat(filled(more, ""));
    s.referer = s.referer.concat(filled<string | null>(more, null));
    s.country = s.country.concat(filled<string | null>(more, null));
    this.capacity += more;
  }
}

/** Events built elsewhere (the demo, benchmarks, tests) as one batch. */
export function batchOf(events: ClickEvent[]): ClickBatch {
  const builder = new ClickBatchBuilder(Math.max(1, events.length));
  for (const e of events)
    builder.add(e.clickId, e.linkId, e.organisationId, e.at, e.ip, e.userAgent, e.referer ?? null, e.country);
  return builder.take();
}
