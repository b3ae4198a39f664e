import type { RateLimitTables } from "../http/rate-limits.js";
import type { AccountsTables } from "../modules/accounts/schema.js";
import type { ApiKeysTables } from "../modules/api-keys/schema.js";
import type { ApplicationsTables } from "../modules/applications/schema.js";
import type { AuditTables } from "../modules/audit/schema.js";
import type { BriefsTables } from "../modules/briefs/schema.js";
import type { CampaignsTables } from "../modules/campaigns/schema.js";
import type { ConnectorsTables } from "../modules/connectors/schema.js";
import type { ContractsTables } from "../modules/contracts/schema.js";
import type { ConversionsTables } from "../modules/conversions/schema.js";
import type { CreatorConnectionsTables } from "../modules/creator-connections/schema.js";
import type { CreatorsTables } from "../modules/creators/schema.js";
import type { DiscountCodesTables } from "../modules/discount-codes/schema.js";
import type { DiscoveryTables } from "../modules/discovery/schema.js";
import type { JobsTables } from "../modules/jobs/schema.js";
import type { OrganisationsTables } from "../modules/organisations/schema.js";
import type { OutreachTables } from "../modules/outreach/schema.js";
import type { PayoutsTables } from "../modules/payouts/schema.js";
import type { PortalTables } from "../modules/portal/schema.js";
import type { PostsTables } from "../modules/posts/schema.js";
import type { ReviewTables } from "../modules/review/schema.js";
import type { ShopifyTables } from "../modules/shopify/schema.js";
import type { TrackingTables } from "../modules/tracking/schema.js";

/** Every table, composed from the modules that own them. A module reads and writes only its own. */
export interface Database
  extends AccountsTables,
    RateLimitTables,
    OrganisationsTables,
    ApiKeysTables,
    AuditTables,
    CreatorsTables,
    DiscoveryTables,
    ConnectorsTables,
    JobsTables,
    CampaignsTables,
    ContractsTables,
    OutreachTables,
    PostsTables,
    TrackingTables,
    DiscountCodesTables,
    ConversionsTables,
    ShopifyTables,
    BriefsTables,
    PortalTables,
    ReviewTables,
    PayoutsTables,
    ApplicationsTables,
    CreatorConnectionsTables {}
