import { randomFillSync } from "node:crypto";

const pool = Buffer.allocUnsafe(10 * 4_096);
let offset = pool.length;
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

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
  const time = now.toString(16).padStart(12, "0");
  const b = (i: number) => hex[pool[r + i] as number] as string;
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${b(0).slice(1)}${b(1)}-` +
    `${hex[((pool[r + 2] as number) & 0x3f) | 0x80]}${b(3)}-${b(4)}${b(5)}${b(6)}${b(7)}${b(8)}${b(9)}`
  );
}
