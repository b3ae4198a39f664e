import { randomFillSync } from "node:crypto";

const pool = Buffer.allocUnsafe(10 * 4_096);
let offset = pool.length;
const digits = Buffer.from("0123456789abcdef", "latin1");
const idLength = 36;

/**
 * Writes a UUIDv7 (time-ordered, 74 random bits) as 36 ASCII bytes at `at`. Drawing 10 random bytes from a pool
 * refilled in 40 KB steps costs a fraction of one crypto call per id, which at tens of thousands of redirects a
 * second matters.
 */
function writeClickId(target: Buffer, at: number, now: number): void {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = offset;
  offset += 10;
  const hex = (position: number, byte: number) => {
    target[at + position] = digits[byte >> 4] as number;
    target[at + position + 1] = digits[byte & 15] as number;
  };
  // 48 bits of milliseconds: hex digits 0–7, a dash, then 9–12.
  let time = now;
  for (let i = 12; i >= 0; i--) {
    if (i === 8) continue;
    target[at + i] = digits[time % 16] as number;
    time = Math.floor(time / 16);
  }
  for (const dash of [8, 13, 18, 23]) target[at + dash] = 0x2d;
  target[at + 14] = 0x37; // the version, 7
  target[at + 15] = digits[(pool[r] as number) & 15] as number;
  hex(16, pool[r + 1] as number);
  hex(19, ((pool[r + 2] as number) & 0x3f) | 0x80); // the variant, 10xx
  hex(21, pool[r + 3] as number);
  for (let k = 0; k < 6; k++) hex(24 + 2 * k, pool[r + 4 + k] as number);
}

const single = Buffer.alloc(idLength);

/** A click id on its own (the demo, tests). */
export function newClickId(now = Date.now()): string {
  writeClickId(single, 0, now);
  return single.toString("latin1", 0, idLength);
}

/**
 * A redirect's Location, `before + click id + after`, written as bytes and read out as one flat string: a string
 * joined with `+` is flattened again, at a cost, when node validates the header. `clickId` and `location` hold the
 * last one written.
 */
export class ClickLocation {
  private buffer = Buffer.allocUnsafe(4_096);
  clickId = "";
  location = "";

  /** `before` and `after` are ASCII (a serialised URL). */
  write(before: Buffer, after: Buffer, now: number): void {
    const length = before.length + idLength + after.length;
    if (length > this.buffer.length) this.buffer = Buffer.allocUnsafe(length * 2);
    const buffer = this.buffer;
    buffer.set(before, 0);
    writeClickId(buffer, before.length, now);
    buffer.set(after, before.length + idLength);
    this.location = buffer.toString("latin1", 0, length);
    this.clickId = buffer.toString("latin1", before.length, before.length + idLength);
  }
}
