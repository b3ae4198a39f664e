import { randomFillSync } from "node:crypto";

const pool = Buffer.allocUnsafe(10 * 4_096);
let offset = pool.length;
const digits = Buffer.from("0123456789abcdef", "latin1");
/** The id is written here as ASCII and read out as one flat string: no intermediate strings per id. */
const text = Buffer.from("00000000-0000-7000-8000-000000000000", "latin1");

function putByte(at: number, byte: number): void {
  text[at] = digits[byte >> 4] as number;
  text[at + 1] = digits[byte & 15] as number;
}

/**
 * A UUIDv7 (time-ordered, 74 random bits) for each click. Drawing 10 random bytes from a pool refilled in 40 KB
 * steps costs a fraction of one crypto call per id, which at tens of thousands of redirects a second matters.
 */
export function newClickId(now = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = offset;
  offset += 10;
  // 48 bits of milliseconds: hex digits 0–7, then 9–12 after the first dash.
  let time = now;
  for (let i = 12; i >= 0; i--) {
    if (i === 8) continue;
    text[i] = digits[time % 16] as number;
    time = Math.floor(time / 16);
  }
  text[15] = digits[(pool[r] as number) & 15] as number;
  putByte(16, pool[r + 1] as number);
  putByte(19, ((pool[r + 2] as number) & 0x3f) | 0x80);
  putByte(21, pool[r + 3] as number);
  for (let k = 0; k < 6; k++) putByte(24 + 2 * k, pool[r + 4 + k] as number);
  return text.toString("latin1", 0, 36);
}

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The millisecond a click id was minted (the redirect mints it as it answers); null for anything but a UUIDv7. */
export function clickIdTime(clickId: string): number | null {
  if (!uuidV7.test(clickId)) return null;
  return Number.parseInt(clickId.slice(0, 8) + clickId.slice(9, 13), 16);
}

/**
 * How long after it was answered a click may still be on its way to the click table: in a process's buffer (one
 * flush interval), or kept there while the database refuses writes. A click id younger than this that is not stored
 * yet is looked for again later; an older one is unknown for good.
 */
export const clickArrivalMs = 10 * 60_000;

/** Whether a click id not found in the click table may still arrive there (see clickArrivalMs). */
export function clickMayStillArrive(clickId: string, now = Date.now()): boolean {
  const at = clickIdTime(clickId);
  // A minute of clock difference between the processes is allowed for ids "from the future".
  return at !== null && at <= now + 60_000 && now - at <= clickArrivalMs;
}
