import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where uploaded media bytes live; an S3-compatible store can implement the same two calls. */
export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
}

const keyPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Files under one folder; keys are `<organisationId>/<mediaId>`, so no caller-chosen name ever reaches the disk. */
export class DiskMediaStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const file = path.resolve(this.root, key);
    if (!keyPattern.test(key) || !file.startsWith(this.root + path.sep))
      throw new Error(`media key "${key}" is not a storage key`);
    return file;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return null;
      throw error;
    }
  }
}

/** The data folder's media directory: AMPLIO_MEDIA_DIR, else `media/` beside the SQLite file, else ./data/media. */
export function defaultMediaRoot(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.AMPLIO_MEDIA_DIR) return env.AMPLIO_MEDIA_DIR;
  const file = databaseUrl.startsWith("sqlite:") ? databaseUrl.slice("sqlite:".length) : "";
  if (file && file !== ":memory:") return path.join(path.dirname(file), "media");
  return path.join(".", "data", "media");
}
