import type { AmplioConfig } from "../../config.js";
import { instagramLogin } from "./instagram-login.js";
import type { ConnectionPlatformClient } from "./platform.js";
import type { ConnectionPlatform } from "./schema.js";
import { tiktokLogin } from "./tiktok-login.js";
import { youtubeOAuth } from "./youtube-oauth.js";

/** Each platform's client, at its official hosts or the origin the configuration puts in their place. */
export function platformClient(
  config: Pick<AmplioConfig, "oauthBaseUrls">,
  platform: ConnectionPlatform,
): ConnectionPlatformClient {
  const override = config.oauthBaseUrls[platform];
  if (platform === "instagram") return instagramLogin(override);
  if (platform === "youtube") return youtubeOAuth(override);
  return tiktokLogin(override);
}

/** Where the platform sends the creator back: registered as-is in the platform's app settings. */
export function redirectUri(config: Pick<AmplioConfig, "publicUrl">, platform: ConnectionPlatform): string {
  return `${config.publicUrl.replace(/\/+$/, "")}/api/portal/connections/${platform}/callback`;
}
