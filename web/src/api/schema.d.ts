/**
 * Generated from Amplio's OpenAPI document by `npm run generate:api` (openapi-typescript). Do not edit: change the
 * route schemas and run the script again; a test fails while this file differs from what it generates.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their organisations and the CSRF token */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (and an organisation, or join one through an invite) */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (rate-limited) */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/active-organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the organisation this session acts in */
        post: operations["switchOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation is for */
        get: operations["getInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invites/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation as the signed-in user */
        post: operations["acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a magic link's token for a portal session */
        post: operations["signInToPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the portal session */
        post: operations["signOutOfPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and their collaborations */
        get: operations["getPortalMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brief, offer, contracts, deliverables and earnings of one collaboration */
        get: operations["getPortalCollaboration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/campaigns/{campaignId}/offers/{offerId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract this offer would become, as a PDF, to read before you accept */
        get: operations["downloadOfferPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/campaigns/{campaignId}/offers/{offerId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the brand's open offer with your typed name and consent; its terms become your contract
         * @description Records your name, consent, the time, your address and browser, and the SHA-256 of the terms and of the contract PDF. 409 when the offer changed since you loaded it.
         */
        post: operations["acceptPortalOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your contracts with this brand, every version, newest first */
        get: operations["listMyContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/contracts/{contractId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your contracts as a PDF, with its signature block */
        get: operations["downloadMyContractPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/campaigns/{campaignId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Counter the offer with the terms you propose */
        post: operations["counterPortalOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/deliverables/{deliverableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your deliverables, with drafts, findings and comments */
        get: operations["getPortalDeliverable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/deliverables/{deliverableId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft (or a new version); it is checked for disclosure and the brief at once */
        post: operations["submitPortalDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/deliverables/{deliverableId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to the brand's comments */
        post: operations["commentOnPortalDeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/deliverables/{deliverableId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the live post's link once the approved content is published */
        post: operations["submitPortalLivePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image or video (raw bytes) to attach to a draft */
        post: operations["uploadPortalMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your uploads */
        get: operations["downloadPortalMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/campaigns/{campaignId}/brief/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a reference file the brief lists for you */
        get: operations["downloadPortalBriefFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/apply/{organisationSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's public application page: its name, pitch and questions */
        get: operations["getApplicationForm"];
        put?: never;
        /** Apply to work with the organisation */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/apply/{organisationSlug}/{campaignSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's public application page */
        get: operations["getCampaignApplicationForm"];
        put?: never;
        /** Apply to work with the organisation on a campaign */
        post: operations["submitCampaignApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your accounts on each platform: connected or not, and exactly what connecting shares */
        get: operations["listMyConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/connections/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your connection on one platform: its status, last sync and what it shares */
        get: operations["getMyConnection"];
        put?: never;
        post?: never;
        /** Disconnect: the platform is asked to revoke access, your tokens are deleted and sharing stops */
        delete: operations["disconnectMyConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/connections/{platform}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin connecting your account: the platform's sign-in page to send you to (OAuth 2.0 with PKCE) */
        post: operations["startMyConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/connections/{platform}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the platform sends you back after you allow (or refuse) the connection
         * @description Register `<AMPLIO_PUBLIC_URL>/api/portal/connections/<platform>/callback` as the redirect URI of the platform's app. Answers with a redirect to the portal's Connected accounts page, saying what happened.
         */
        get: operations["completeMyConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/r/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a short link: a 302 to its destination with a click id, and the click recorded */
        get: operations["followLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a conversion from a shop's page with a publishable key (used by /t.js) */
        post: operations["recordStorefrontConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/shopify/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shopify webhook (orders/create, refunds/create), signed with X-Shopify-Hmac-Sha256 */
        post: operations["receiveShopifyWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation the caller acts in */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create another organisation (an agency's client brand, say) owned by the signed-in user */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Headline counts for the workspace */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People in the organisation, longest-standing first */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (admin) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role (admin; owner for the owner role) */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent, newest first */
        get: operations["listInvites"];
        put?: never;
        /** Invite someone by link (admin); the link is valid for 7 days and works once */
        post: operations["createInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{inviteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation (admin) */
        delete: operations["revokeInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's API keys, newest first (admin) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (admin); the key is in this response only */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin) */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, newest first (admin) */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search creator accounts: filters, full text, sort, cursor, exact total and facets */
        get: operations["searchCreators"];
        put?: never;
        /** Add a creator with their social accounts (posts, follower snapshots and audience optional) */
        post: operations["createCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One creator with every account */
        get: operations["getCreator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a creator's name or email (null removes the email) */
        patch: operations["updateCreator"];
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A creator's profile: follower history, recent posts, audience, sentiment, brand safety, flags */
        get: operations["getCreatorProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record new facts about an account (posts upsert by externalId, snapshots by day); signals recompute */
        patch: operations["updateSocialAccount"];
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this creator: accounts, lists and notes, campaigns and their records move here */
        post: operations["mergeCreators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The creator's history with the brand: campaigns, the contract agreed in each, and results */
        get: operations["getCreatorHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/fee-estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely fee per deliverable for each account, by the planner's price model, with its basis */
        get: operations["estimateCreatorFee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or JSON export: stored, with a preview of its columns mapped to fields */
        post: operations["uploadCreatorImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-imports/{importId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an uploaded import with the chosen mapping; it runs in the background */
        post: operations["startCreatorImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's preview, progress and outcome with its rejected rows */
        get: operations["getCreatorImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-imports/{importId}/rejected.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows of an import as CSV: line, field and reason */
        get: operations["exportCreatorImportRejections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audience fit (M6) of a creator's accounts for a campaign, with conflicts (M5) */
        get: operations["getCreatorFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/lookalikes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Creators similar to this one: niche overlap, tier, audience countries, language */
        get: operations["listLookalikes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shortlists, newest first */
        get: operations["listCreatorLists"];
        put?: never;
        /** Create a shortlist */
        post: operations["createCreatorList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shortlist with its creators and notes, oldest addition first */
        get: operations["getCreatorList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists/{listId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add creators (with notes) to a shortlist */
        post: operations["addCreatorListItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists/{listId}/items/{creatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a creator from a shortlist */
        delete: operations["removeCreatorListItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists/{listId}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shortlist as CSV, safe to open in a spreadsheet (no formula injection) */
        get: operations["exportCreatorListCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-lists/{listId}/add-to-campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist every creator of the list in a campaign */
        post: operations["addCreatorListToCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved creator searches, newest first */
        get: operations["listSavedSearches"];
        put?: never;
        /** Save a creator search */
        post: operations["createSavedSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-searches/{savedSearchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved search */
        delete: operations["deleteSavedSearch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform connectors (YouTube Data API, Instagram Graph API) and their status */
        get: operations["listConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a connector's keys, base URL and refresh interval; starts the scheduled refresh */
        put: operations["updateConnector"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/{platform}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrich accounts now (the given ones, or every account on the platform not enriched recently) */
        post: operations["refreshConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/youtube/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search YouTube channels by keyword, country and language (YouTube Data API search.list and channels.list: 101 quota units a page) */
        get: operations["searchYouTubeChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/youtube/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** YouTube Data API quota units used today by this organisation (the day ends at midnight Pacific time) */
        get: operations["getYouTubeQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connectors/youtube/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add YouTube channels to the database as creators (skipping ones already in it), and to a shortlist when one is given */
        post: operations["addYouTubeChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/posts/refresh-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the campaign's post metrics and comments from YouTube and Instagram now (queued; a platform in backoff waits for it) */
        post: operations["refreshPostMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-connections/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each platform's app for creator connections (secrets never shown) and whether the encryption key is set */
        get: operations["listConnectionClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creator-connections/clients/{platform}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a platform's client id and secret (the secret is stored encrypted and never shown again) */
        put: operations["saveConnectionClient"];
        post?: never;
        /** Remove a platform's app: creators can no longer connect it */
        delete: operations["deleteConnectionClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a campaign */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a campaign, or archive it (archived: true) and restore it; `kpis` replaces the whole list */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a new campaign from this one: same objectives, ideal customer, KPIs and brief; no creators or results */
        post: operations["duplicateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The five planning phases, and what each still lacks */
        get: operations["getCampaignPlan"];
        put?: never;
        /** Propose the creator mix that best serves the goal within the budget, beside two naive alternatives */
        post: operations["planCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Committed and forecast spend against the budget */
        get: operations["getCampaignBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's pipeline, in the order creators were added */
        get: operations["listCampaignCreators"];
        put?: never;
        /** Add a creator to the campaign (shortlisted, or a later stage the pipeline allows) */
        post: operations["addCampaignCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist many creators at once (for example a whole list) */
        post: operations["addCampaignCreators"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a creator through the pipeline, or change how they collaborate */
        patch: operations["updateCampaignCreator"];
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew an ambassador's term by its length */
        post: operations["renewCampaignCreator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/stage-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every pipeline move: who, when, from and to, newest first */
        get: operations["listStageChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaign-level costs (M7), latest day first, with their total */
        get: operations["listCampaignCosts"];
        put?: never;
        /** Enter a campaign-level cost: counted in the report's cost and spend by day */
        post: operations["addCampaignCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/costs/{costId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a campaign-level cost */
        delete: operations["removeCampaignCost"];
        options?: never;
        head?: never;
        /** Change a campaign-level cost's description, amount or day */
        patch: operations["updateCampaignCost"];
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the terms offered to a creator, newest first */
        get: operations["listOffers"];
        put?: never;
        /** Propose terms, or record the creator's counter-offer, as a new version */
        post: operations["proposeOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{offerId}/signed-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an acceptance made outside Amplio by uploading the signed document (raw PDF bytes)
         * @description Only the creator accepts an offer, in the portal. When they signed elsewhere, the signed PDF is the evidence: the contract is marked accepted outside Amplio, uploaded by you.
         */
        post: operations["recordOutsideAcceptance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/signed-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed document uploaded for a contract accepted outside Amplio */
        get: operations["downloadSignedDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts, newest first, every version */
        get: operations["listContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract version */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{contractId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract as a PDF */
        get: operations["downloadContractPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a caption for the disclosure and brief requirements (C1–C7)
         * @description A safety net, not legal advice. Findings name a rule, a severity (an error blocks approval) and the span of the caption they are about.
         */
        post: operations["checkCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jurisdictions the checker knows, from its data files */
        get: operations["listJurisdictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email templates, by name */
        get: operations["listEmailTemplates"];
        put?: never;
        /** Create an email template with merge fields ({{creator.firstName}}, {{campaign.name}}… see listMergeFields) */
        post: operations["createEmailTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template */
        get: operations["getEmailTemplate"];
        /** Replace a template */
        put: operations["replaceEmailTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/email-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a template for one creator without sending it */
        post: operations["previewEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a creator (SMTP, or the outbox when none is configured), optionally with follow-ups */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The creator's conversation in this campaign */
        get: operations["getEmailThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a reply that came some other way; stops follow-ups */
        post: operations["logReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a reply from your mail provider's inbound webhook (API key); threads it to its conversation */
        post: operations["receiveInboundEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails waiting to be sent, newest first: all of them while no SMTP server is configured */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/messages/{messageId}/mark-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an outbox email as sent by hand */
        post: operations["markEmailSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sender and daily send limit */
        get: operations["getOutreachSettings"];
        /** Set the sender and daily send limit */
        put: operations["updateOutreachSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/do-not-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Addresses never to email, most recently added first */
        get: operations["listDoNotContact"];
        put?: never;
        /** Add an address to the do-not-contact list */
        post: operations["addDoNotContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/do-not-contact/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address from the do-not-contact list */
        delete: operations["removeDoNotContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/merge-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merge fields a template may use, each with what it gives and an example */
        get: operations["listMergeFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up sequences, by name, each with its steps in order */
        get: operations["listEmailSequences"];
        put?: never;
        /** Create a follow-up sequence: templates sent in order, each after N days without a reply */
        post: operations["createEmailSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach/sequences/{sequenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a sequence's name and steps; follow-ups already scheduled keep theirs */
        put: operations["replaceEmailSequence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/emails/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a template for many creators in a campaign, saying who will be skipped and why */
        post: operations["previewBulkEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email many creators in a campaign, each message on its own; creators who must not be emailed are skipped with the reason */
        post: operations["sendBulkEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's live posts with paid spend and latest metrics, newest first */
        get: operations["listLivePosts"];
        put?: never;
        /** Record a post that went live (moves a creator in production to live) */
        post: operations["createLivePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{postId}/amplifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record paid amplification (whitelisting or a boost) behind a post */
        post: operations["addAmplification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{postId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every metric snapshot of a post, oldest first */
        get: operations["listPostMetrics"];
        put?: never;
        /** Add a snapshot of a post's metrics (omitted metrics are unknown, not zero) */
        post: operations["addPostMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/post-metrics/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import metric snapshots from CSV (text/csv: url, captured_at, impressions, reach, views, likes, comments, shares, saves, link_clicks) */
        post: operations["importPostMetricsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/sentiment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sentiment of the comments on the campaign's live posts (VADER, as in discovery): per day, per post, with examples */
        get: operations["getCampaignSentiment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/forecast-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecast vs actual: the planner's forecast for each creator's posts in a measured campaign beside the report's figures */
        get: operations["getForecastCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's brief, its versions and what last changed */
        get: operations["getCampaignBrief"];
        /** Save a new version of the campaign's brief */
        put: operations["saveCampaignBrief"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brief in force for one creator: the campaign's brief with their override */
        get: operations["getCreatorBrief"];
        /** Save a new version of one creator's override (only the fields that differ) */
        put: operations["saveCreatorBrief"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/brief/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a reference file (image, video or PDF, raw bytes) to the campaign's brief as a new version */
        post: operations["addBriefFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/brief/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a reference file of the campaign's brief or of a creator's override */
        get: operations["downloadBriefFile"];
        put?: never;
        post?: never;
        /** Take a reference file out of the campaign's brief as a new version */
        delete: operations["removeBriefFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a reference file for one creator only, on their override */
        post: operations["addCreatorBriefFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/brief/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a reference file out of what one creator's brief lists */
        delete: operations["removeCreatorBriefFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a deliverable the creator owes, with the date its draft is due */
        post: operations["createDeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/deliverables/from-contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make one deliverable per contracted item of the contract in force, with its due date
         * @description Each unit of each contracted deliverable becomes a deliverable due for review on its draft due date (its live date when there is none). Items already made (same title) are not made twice, so running it after an amendment adds only what changed. 409 when no contract is in force.
         */
        post: operations["createDeliverablesFromContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's deliverables with review status and overdue flags, by due date */
        get: operations["listDeliverables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliverables/{deliverableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deliverable with its drafts, compliance findings and timeline */
        get: operations["getDeliverable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliverables/{deliverableId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on the deliverable, or on a quoted part of the latest caption */
        post: operations["commentOnDeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliverables/{deliverableId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the draft in review, or request changes
         * @description A draft with an `error` compliance finding is approved only with a written `overrideReason`, which is recorded.
         */
        post: operations["decideOnDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliverables/{deliverableId}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the approved deliverable's live post on the creator's behalf; its caption is checked again */
        post: operations["recordDeliverableLivePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/content-library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved and live content with usage rights and their expiry, most recently approved first */
        get: operations["listContentLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An uploaded image or video */
        get: operations["downloadMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/creators/{creatorId}/portal-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the creator a single-use link into their portal */
        post: operations["sendPortalLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creators/{creatorId}/portal-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw the creator's unused links and end their portal sessions */
        delete: operations["revokePortalAccess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the campaign cost and returned (M7–M10): totals, breakdowns, KPI progress; null where unknown */
        get: operations["getCampaignReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention impact: the share of customers first acquired through the campaign's creators who ordered again within 90 days, beside other customers */
        get: operations["getRetentionImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Creators ranked for renewal by shrunk conversion rate with 80% intervals (M12)
         * @description Conversions (orders and leads) per click, shrunk toward a Beta prior fitted to every creator with clicks across the organisation's campaigns. A creator is renewed when the lower end of the 80% interval beats the target: the campaign's conversion-rate KPI, otherwise the organisation's median creator rate (M13 Renewal).
         */
        get: operations["listRenewals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/renewals/{creatorId}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a creator: add them to another campaign and propose the terms they last had in this one (M13 Renewal)
         * @description The contract in force, else the latest offer, is proposed in the target campaign with deliverable dates moved by the gap between the two campaigns' starts. Without terms the creator is only shortlisted. Both campaigns must use the same currency.
         */
        post: operations["inviteOnLastTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report's creator rows and total as CSV (safe from spreadsheet formula injection) */
        get: operations["downloadReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as a PDF: totals with units, KPI progress, daily chart, funnel, spend vs revenue, leaderboard */
        get: operations["downloadReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two to ten campaigns side by side: each report's totals; money summed only within a currency */
        get: operations["compareCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/compare-creators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Creators across campaigns: one row per campaign they were measured in, and a total */
        get: operations["compareCreators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payout ledger by payable date: fees on their schedule, commissions after the refund lock, bonuses, clawbacks; balances over all of it */
        get: operations["listPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/payouts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payout ledger as CSV (spreadsheet-safe) */
        get: operations["downloadPayoutsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/payouts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve every payable pending entry, or mark every approved entry paid, for the campaign or one creator (admin; all or none) */
        post: operations["changePayoutsInBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/{entryId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a payable entry (admin) */
        post: operations["approvePayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/{entryId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved entry paid (admin) */
        post: operations["payPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payouts/{entryId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an unpaid entry (admin) */
        post: operations["voidPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home page: live and starting campaigns with KPI progress, committed and spent budget, days left; and what needs the user */
        get: operations["getToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's tracking links with click counts, newest first */
        get: operations["listLinks"];
        put?: never;
        /** Create a tracking link for a creator in the campaign */
        post: operations["createLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tracking link */
        get: operations["getLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or re-enable a link (a disabled link answers 404) */
        patch: operations["updateLink"];
        trace?: never;
    };
    "/api/v1/links/{linkId}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The short URL as a QR code (PNG or SVG) */
        get: operations["getLinkQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/links/{linkId}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clicks over time, unique visitors, country, referrer and device for one link */
        get: operations["getLinkAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/link-analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Link analytics for a whole campaign (or one creator in it), with a per-creator breakdown */
        get: operations["getCampaignLinkAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/discount-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's discount codes, by code */
        get: operations["listDiscountCodes"];
        put?: never;
        /** Generate discount codes for a creator in the campaign, or add one given code */
        post: operations["createDiscountCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/discount-codes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import existing codes (all or none) */
        post: operations["importDiscountCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/discount-codes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the codes as CSV for a Shopify discount import */
        get: operations["exportDiscountCodesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded orders and leads, newest first; verified=false lists those awaiting confirmation */
        get: operations["listConversions"];
        put?: never;
        /** Record an order or lead (idempotent on orderId) and attribute it (M11) */
        post: operations["recordConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{orderId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an order a shop's page reported, after checking it in the shop: it then earns commission */
        post: operations["approveConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversion with its attribution and refunds */
        get: operations["getConversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{orderId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse revenue of a conversion, partly or fully */
        post: operations["recordRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaignId}/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign's attributed conversions by reason (code or click) and creator */
        get: operations["listCampaignConversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storefront-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publishable keys, newest first */
        get: operations["listStorefrontKeys"];
        put?: never;
        /** Create a publishable key and the snippet for a shop's pages */
        post: operations["createStorefrontKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/shopify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Connected Shopify stores, oldest first */
        get: operations["listShopifyConnections"];
        put?: never;
        /** Connect a Shopify store: returns the webhook URL for orders/create and refunds/create */
        post: operations["connectShopify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/application-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the public application page is open, its pitch and its questions */
        get: operations["getApplicationSettings"];
        /** Open or close the public application page and set its pitch and questions */
        put: operations["updateApplicationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The applications inbox: applications of one status, newest first, and how many are new */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an application: shortlist the creator in a campaign's pipeline */
        post: operations["acceptApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an application, optionally emailing the creator */
        post: operations["declineApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/spam": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an application as spam: it leaves the inbox and nobody is emailed */
        post: operations["markApplicationSpam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PersonaInputInput: {
            name: string;
            description?: string | null;
            /** @default [] */
            motivations: string[];
        };
        IdealCustomerProfileInput: {
            /** @default [] */
            countries: string[];
            /** @default null */
            ageMin: number | null;
            /** @default null */
            ageMax: number | null;
            /** @default [] */
            genders: ("female" | "male" | "other")[];
            /** @default [] */
            niches: string[];
            /** @default [] */
            languages: string[];
            /** @default [] */
            tiers: ("emerging" | "nano" | "micro" | "mid" | "macro" | "mega")[];
            /** @default [] */
            personas: components["schemas"]["PersonaInputInput"][];
        };
        CompensationInput: {
            /** @constant */
            model: "flat_fee";
            amount: number;
            /** @description When the fee is paid; shares are fractions that add up to 1. */
            schedule: {
                /** @enum {string} */
                trigger: "on_signing" | "on_approval" | "on_live";
                share: number;
            }[];
        } | {
            /** @constant */
            model: "affiliate";
            /** @enum {string} */
            basis: "percent_of_net_revenue" | "fixed_per_order";
            /** @description Share of net revenue (M8), a fraction; for percent_of_net_revenue */
            rate?: number | null;
            /** @description Minor units per order; for fixed_per_order */
            perOrder?: number | null;
            attributionWindowDays: number;
            cookie: boolean;
        } | {
            /** @constant */
            model: "product_seeding";
            products: {
                name: string;
                retailValue: number;
                quantity: number;
            }[];
        } | {
            /** @constant */
            model: "hybrid";
            fee: {
                amount: number;
                /** @description When the fee is paid; shares are fractions that add up to 1. */
                schedule: {
                    /** @enum {string} */
                    trigger: "on_signing" | "on_approval" | "on_live";
                    share: number;
                }[];
            };
            commission: {
                /** @enum {string} */
                basis: "percent_of_net_revenue" | "fixed_per_order";
                /** @description Share of net revenue (M8), a fraction; for percent_of_net_revenue */
                rate?: number | null;
                /** @description Minor units per order; for fixed_per_order */
                perOrder?: number | null;
                attributionWindowDays: number;
                cookie: boolean;
            };
            /** @default [] */
            bonuses: {
                /** @enum {string} */
                metric: "impressions" | "reach" | "views" | "engagements" | "clicks" | "conversions" | "leads";
                threshold: number;
                amount: number;
            }[];
        };
        OfferTermsInput: {
            /** @enum {string} */
            collaborationType: "sponsored_post" | "review" | "tutorial" | "giveaway" | "affiliate" | "ambassador";
            deliverables: components["schemas"]["Deliverable"][];
            usageRights: components["schemas"]["UsageRights"];
            /** @default null */
            exclusivity: components["schemas"]["Exclusivity"] | null;
            compensation: components["schemas"]["CompensationInput"];
            /** @default Every post must be clearly labelled as an advertisement (for example #ad) at its start. */
            disclosure: string;
        };
        CreatorFiltersInput: {
            q?: string;
            platform?: ("instagram" | "tiktok" | "youtube" | "linkedin")[];
            niche?: string[];
            country?: string[];
            language?: string[];
            tier?: ("emerging" | "nano" | "micro" | "mid" | "macro" | "mega")[];
            minFollowers?: number;
            maxFollowers?: number;
            /** @description A fraction: 0.03 is 3% */
            minEngagementRate?: number;
            maxEngagementRate?: number;
            minQuality?: number;
            /** @enum {string} */
            hasEmail?: "true" | "false";
            audienceCountry?: string;
            minAudienceCountryShare?: number;
            /** @enum {string} */
            audienceAge?: "13-17" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+";
            minAudienceAgeShare?: number;
            /** @enum {string} */
            audienceGender?: "female" | "male" | "other";
            minAudienceGenderShare?: number;
        };
        OutreachSettingsInput: {
            senderName: string;
            senderEmail: string;
            dailySendLimit: number;
            /**
             * @description Plain text under every outreach email, after a "-- " line; empty for none
             * @default
             */
            signature: string;
        };
        /** @description Whom to plan over: the campaign's pipeline (default), a creator list, a saved search, or discovery's filters */
        PlanCandidatesInput: {
            /** @constant */
            kind: "pipeline";
        } | {
            /** @constant */
            kind: "list";
            listId: string;
        } | {
            /** @constant */
            kind: "savedSearch";
            savedSearchId: string;
        } | {
            /** @constant */
            kind: "filters";
            filters: components["schemas"]["CreatorFiltersInput"];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        Session: {
            user: {
                id: string;
                email: string;
                name: string;
            };
            organisations: {
                id: string;
                name: string;
                slug: string;
                /** @enum {string} */
                kind: "brand" | "agency";
                /** @enum {string} */
                role: "owner" | "admin" | "member" | "viewer";
            }[];
            activeOrganisationId: string | null;
            /** @description Send as X-CSRF-Token on cookie-authenticated writes */
            csrfToken: string;
        };
        ApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the key, to recognise it */
            prefix: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        /** @description An M4 signal that lowered the quality score, with its evidence */
        QualityFlag: {
            code: string;
            /** @enum {string} */
            severity: "warning" | "critical";
            message: string;
            penalty: number;
            evidence: {
                [key: string]: number | string | null;
            };
            posts: string[];
        };
        SocialAccount: {
            id: string;
            /** @enum {string} */
            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            handle: string;
            profileUrl: string | null;
            followers: number;
            /** @enum {string} */
            tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
            /** @description Engagement rate by followers (M2), a fraction */
            engagementRate: number | null;
            country: string | null;
            language: string | null;
            niches: string[];
            following: number | null;
            postsCount: number | null;
            city: string | null;
            bio: string | null;
            contactEmail: string | null;
            /** @description Engagement rate by views (M2), a fraction */
            engagementRateViews: number | null;
            /** @description M4 quality score, 0–100 */
            qualityScore: number;
            qualityFlags: components["schemas"]["QualityFlag"][];
            /** @description M5 sponsored share of the last 90 days */
            sponsoredShare: number | null;
            /** @enum {string} */
            saturation: "none" | "saturated" | "strong";
            sponsoredBrands: string[];
            lastEnrichedAt: string | null;
        };
        Creator: {
            id: string;
            name: string;
            email: string | null;
            /** @description application: the creator applied on the public page; null: the team added them */
            source: "application" | null;
            accounts: components["schemas"]["SocialAccount"][];
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        CreatorProfile: {
            id: string;
            name: string;
            email: string | null;
            /** @description application: the creator applied on the public page; null: the team added them */
            source: "application" | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            accounts: {
                id: string;
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                handle: string;
                profileUrl: string | null;
                followers: number;
                /** @enum {string} */
                tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                /** @description Engagement rate by followers (M2), a fraction */
                engagementRate: number | null;
                country: string | null;
                language: string | null;
                niches: string[];
                following: number | null;
                postsCount: number | null;
                city: string | null;
                bio: string | null;
                contactEmail: string | null;
                /** @description Engagement rate by views (M2), a fraction */
                engagementRateViews: number | null;
                /** @description M4 quality score, 0–100 */
                qualityScore: number;
                qualityFlags: components["schemas"]["QualityFlag"][];
                /** @description M5 sponsored share of the last 90 days */
                sponsoredShare: number | null;
                /** @enum {string} */
                saturation: "none" | "saturated" | "strong";
                sponsoredBrands: string[];
                lastEnrichedAt: string | null;
                followerHistory: {
                    takenOn: string;
                    followers: number;
                }[];
                recentPosts: {
                    externalId: string;
                    postedAt: string;
                    caption: string | null;
                    likes: number | null;
                    comments: number | null;
                    shares: number | null;
                    saves: number | null;
                    views: number | null;
                    engagements: number | null;
                    sponsored: boolean;
                    brands: string[];
                }[];
                audience: {
                    countries: {
                        [key: string]: number;
                    };
                    ages: {
                        [key: string]: number;
                    };
                    genders: {
                        [key: string]: number;
                    };
                    credibility: number | null;
                    source: string;
                    updatedAt: string;
                } | null;
                sentiment: {
                    comments: number;
                    positive: number;
                    neutral: number;
                    negative: number;
                    examples: {
                        positive: string[];
                        negative: string[];
                    };
                } | null;
                brandSafety: {
                    topic: string;
                    posts: {
                        externalId: string;
                        terms: string[];
                    }[];
                }[];
            }[];
        };
        CreatorImport: {
            id: string;
            fileName: string;
            /** @enum {string} */
            format: "csv" | "json";
            /** @enum {string} */
            status: "uploaded" | "queued" | "running" | "done" | "failed";
            totalRows: number;
            rowsRead: number;
            imported: number;
            updated: number;
            unchanged: number;
            rejected: number;
            /** @description The first 100 rejected rows; the rejected-rows CSV has up to 1,000 */
            rejections: {
                line: number;
                field: string;
                message: string;
            }[];
            error: string | null;
            platform: string | null;
            preview: {
                columns: {
                    name: string;
                    field: string | null;
                    samples: string[];
                }[];
                rows: string[][];
            };
            /** @description The fields a column can fill */
            fields: string[];
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            finishedAt: string | null;
        };
        ApplicationSettings: {
            /** @description Whether the public application page takes applications */
            open: boolean;
            /** @description A few sentences on the page, under the brand's name */
            pitch: string;
            /** @description Questions the creator answers in their own words */
            questions: string[];
        };
        ApplicationForm: {
            organisation: {
                name: string;
                slug: string;
            };
            campaign: {
                name: string;
                slug: string;
            } | null;
            open: boolean;
            pitch: string;
            questions: string[];
        };
        ApplicationReceived: {
            /** @constant */
            received: true;
            message: string;
        };
        Application: {
            id: string;
            creatorId: string;
            /** @description The campaign whose page it came from */
            campaign: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "new" | "accepted" | "declined" | "spam";
            name: string;
            email: string;
            country: string;
            accounts: {
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                handle: string;
                followers: number;
            }[];
            niches: string[];
            rates: {
                deliverable: string;
                amount: number;
                currency: string;
            }[];
            answers: {
                question: string;
                answer: string;
            }[];
            /**
             * @description When the creator agreed to be contacted
             * @example 2026-11-24T09:00:00.000Z
             */
            consentedAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            acceptedCampaign: {
                id: string;
                name: string;
            } | null;
            emails: {
                id: string;
                /** @enum {string} */
                kind: "confirmation" | "decline";
                /**
                 * @description outbox: no SMTP server is configured; skipped: the address is on do-not-contact
                 * @enum {string}
                 */
                status: "queued" | "sent" | "outbox" | "failed" | "skipped";
                toAddress: string;
                subject: string;
                bodyText: string;
                error: string | null;
                sentAt: string | null;
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                createdAt: string;
            }[];
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        AuditEvent: {
            id: string;
            actor: {
                /** @enum {string} */
                type: "user" | "api_key" | "system";
                id: string | null;
                label: string;
            };
            action: string;
            targetType: string;
            targetId: string | null;
            details: {
                [key: string]: unknown;
            };
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        Campaign: {
            id: string;
            slug: string;
            name: string;
            brand: string;
            /** @enum {string} */
            goal: "awareness" | "consideration" | "conversion" | "loyalty";
            funnelRole: string;
            startDate: string;
            endDate: string;
            currency: string;
            budget: number | null;
            attributionWindowDays: number;
            idealCustomerProfile: {
                countries: string[];
                ageMin: number | null;
                ageMax: number | null;
                genders: ("female" | "male" | "other")[];
                niches: string[];
                languages: string[];
                tiers: ("emerging" | "nano" | "micro" | "mid" | "macro" | "mega")[];
                personas: {
                    name: string;
                    description: string | null;
                    motivations: string[];
                }[];
            };
            competitorBrands: string[];
            kpis: {
                /** @enum {string} */
                metric: "cost" | "impressions" | "reach" | "views" | "engagements" | "engagement_rate" | "engagement_rate_followers" | "clicks" | "ctr" | "leads" | "orders" | "conversions" | "conversion_rate" | "new_customers" | "revenue" | "emv" | "cpm" | "cpv" | "cpe" | "cpc" | "cpl" | "cpa" | "cac" | "roas" | "roi";
                /** @enum {string} */
                comparison: "gte" | "lte";
                target: number;
                /** @enum {string} */
                unit: "count" | "fraction" | "money" | "ratio";
            }[];
            /** @description When the campaign was archived; null while active */
            archivedAt: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        CampaignPlan: {
            campaignId: string;
            /** @enum {string} */
            currentPhase: "objectives" | "discovery" | "collaboration" | "activation" | "measurement";
            phases: {
                /** @enum {string} */
                phase: "objectives" | "discovery" | "collaboration" | "activation" | "measurement";
                question: string;
                keyActions: string[];
                primaryMetrics: string[];
                missing: string[];
                /** @enum {string} */
                status: "done" | "current" | "upcoming";
            }[];
        };
        CampaignBudget: {
            currency: string;
            budget: number | null;
            /** @description Fixed fees and product value of the contracts in force */
            contracted: number;
            /** @description Contracts in force (fees, product value) plus the campaign-level costs */
            committed: number;
            forecast: number;
            /** @description Campaign-level costs entered (M7), counted in committed and forecast */
            campaignCosts: number;
            remaining: number | null;
            excludes: string[];
        };
        CampaignCreator: {
            creatorId: string;
            name: string;
            email: string | null;
            primaryAccount: {
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                handle: string;
                followers: number;
                /** @enum {string} */
                tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
            } | null;
            /** @enum {string} */
            stage: "shortlisted" | "contacted" | "negotiating" | "contracted" | "in_production" | "live" | "completed" | "declined" | "dropped";
            stageReason: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            stageChangedAt: string;
            collaborationType: ("sponsored_post" | "review" | "tutorial" | "giveaway" | "affiliate" | "ambassador") | null;
            termMonths: number | null;
            deliverablesPerMonth: number | null;
            termEndsOn: string | null;
            contract: {
                id: string;
                version: number;
                committedAmount: number;
                model: string;
            } | null;
            openOffer: {
                id: string;
                version: number;
                /** @enum {string} */
                proposedBy: "brand" | "creator";
                committedAmount: number;
            } | null;
            /** @description Deliverables past their due date and not yet approved or live; null when none */
            overdue: {
                count: number;
                /** @description The earliest due date missed, YYYY-MM-DD */
                earliestDueDate: string;
            } | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            addedAt: string;
        };
        CampaignCost: {
            id: string;
            campaignId: string;
            description: string;
            /** @description Minor units of currency */
            amount: number;
            currency: string;
            /** @description YYYY-MM-DD */
            incurredOn: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        BriefContent: {
            objective: string;
            keyMessages: string[];
            talkingPoints: string[];
            creativeGuidelines: string;
            dos: string[];
            donts: string[];
            requiredHashtags: string[];
            requiredMentions: string[];
            forbiddenTerms: string[];
            requiredDisclosure: string;
            /** @enum {string} */
            jurisdiction: "de" | "fr" | "in" | "uk" | "us";
            trackingLink: string;
            discountCode: string;
            referenceLinks: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            deadlines: {
                label: string;
                /**
                 * Format: date
                 * @example 2026-11-24
                 */
                date: string;
            }[];
            /** @description Uploaded through the brief's files routes, never set by saving the brief */
            referenceFiles: {
                id: string;
                name: string;
                /** @description Read from the file's bytes, not its name */
                contentType: string;
                /** @description Bytes */
                size: number;
            }[];
        };
        BriefOverride: {
            objective?: string;
            keyMessages?: string[];
            talkingPoints?: string[];
            creativeGuidelines?: string;
            dos?: string[];
            donts?: string[];
            requiredHashtags?: string[];
            requiredMentions?: string[];
            forbiddenTerms?: string[];
            requiredDisclosure?: string;
            /** @enum {string} */
            jurisdiction?: "de" | "fr" | "in" | "uk" | "us";
            trackingLink?: string;
            discountCode?: string;
            referenceLinks?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            deadlines?: {
                label: string;
                /**
                 * Format: date
                 * @example 2026-11-24
                 */
                date: string;
            }[];
            /** @description Uploaded through the brief's files routes, never set by saving the brief */
            referenceFiles?: {
                id: string;
                name: string;
                /** @description Read from the file's bytes, not its name */
                contentType: string;
                /** @description Bytes */
                size: number;
            }[];
        };
        BriefOverrideBody: {
            objective?: string;
            keyMessages?: string[];
            talkingPoints?: string[];
            creativeGuidelines?: string;
            dos?: string[];
            donts?: string[];
            requiredHashtags?: string[];
            requiredMentions?: string[];
            forbiddenTerms?: string[];
            requiredDisclosure?: string;
            /** @enum {string} */
            jurisdiction?: "de" | "fr" | "in" | "uk" | "us";
            trackingLink?: string;
            discountCode?: string;
            referenceLinks?: {
                label: string;
                /** Format: uri */
                url: string;
            }[];
            deadlines?: {
                label: string;
                /**
                 * Format: date
                 * @example 2026-11-24
                 */
                date: string;
            }[];
        };
        Brief: {
            campaignId: string;
            creatorId: string | null;
            /** @description The brief in force, with the creator's override on top */
            content: components["schemas"]["BriefContent"];
            override: components["schemas"]["BriefOverride"] | null;
            versions: {
                /** @enum {string} */
                source: "campaign" | "creator";
                version: number;
                savedBy: string;
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                savedAt: string;
            }[];
            /** @description What the latest version changed, field by field */
            changes: {
                field: string;
                before: unknown;
                after: unknown;
            }[];
            updatedAt: string | null;
        };
        ComplianceResult: {
            /** @description True when there is no error finding */
            compliant: boolean;
            findings: {
                /** @enum {string} */
                rule: "disclosure.missing" | "disclosure.ambiguous" | "disclosure.buried" | "disclosure.hashtag-pile" | "disclosure.video-unverified" | "brief.hashtag-missing" | "brief.mention-missing" | "brief.forbidden-term" | "brief.link-missing" | "brief.code-missing";
                /** @enum {string} */
                severity: "error" | "warning";
                message: string;
                /** @description UTF-16 index into the caption */
                start: number;
                /** @description UTF-16 index, exclusive; equal to start when nothing to point at */
                end: number;
            }[];
        };
        YouTubeQuota: {
            /** @description Units Amplio spent today with the organisation's key (searches 100, other calls 1), by its own count of the calls Google answered */
            usedToday: number;
            /** @description Google's default daily quota per project */
            dailyLimit: number;
            /**
             * @description The next midnight Pacific time, when Google resets the quota
             * @example 2026-11-24T09:00:00.000Z
             */
            resetsAt: string;
        };
        YouTubeChannel: {
            channelId: string;
            title: string;
            /** @description The channel's @handle without the @; null when it has none */
            handle: string | null;
            description: string;
            country: string | null;
            language: string | null;
            thumbnailUrl: string | null;
            /** @description Rounded by YouTube to three significant figures; null when the channel hides it (never 0) */
            subscribers: number | null;
            subscribersHidden: boolean;
            videos: number | null;
            views: number | null;
            /** @description The creator this channel already is; null when new */
            creatorId: string | null;
        };
        Connector: {
            /** @enum {string} */
            platform: "youtube" | "instagram";
            configured: boolean;
            keyHint: string | null;
            businessAccountId: string | null;
            baseUrl: string;
            refreshIntervalHours: number;
            /** @enum {string} */
            status: "not_configured" | "idle" | "ok" | "rate_limited" | "error";
            statusDetail: string | null;
            lastRunAt: string | null;
            backoffUntil: string | null;
            nextRefreshAt: string | null;
        };
        Deliverable: {
            /** @enum {string} */
            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            /** @enum {string} */
            format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
            quantity: number;
            /**
             * Format: date
             * @example 2026-11-24
             */
            dueDate: string;
            draftDueDate?: string | null;
        };
        UsageRights: {
            channels: string[];
            durationDays: number;
            paidAds: boolean;
            whitelisting: boolean;
        };
        Exclusivity: {
            category: string;
            periodDays: number;
        };
        Compensation: {
            /** @constant */
            model: "flat_fee";
            amount: number;
            /** @description When the fee is paid; shares are fractions that add up to 1. */
            schedule: {
                /** @enum {string} */
                trigger: "on_signing" | "on_approval" | "on_live";
                share: number;
            }[];
        } | {
            /** @constant */
            model: "affiliate";
            /** @enum {string} */
            basis: "percent_of_net_revenue" | "fixed_per_order";
            /** @description Share of net revenue (M8), a fraction; for percent_of_net_revenue */
            rate?: number | null;
            /** @description Minor units per order; for fixed_per_order */
            perOrder?: number | null;
            attributionWindowDays: number;
            cookie: boolean;
        } | {
            /** @constant */
            model: "product_seeding";
            products: {
                name: string;
                retailValue: number;
                quantity: number;
            }[];
        } | {
            /** @constant */
            model: "hybrid";
            fee: {
                amount: number;
                /** @description When the fee is paid; shares are fractions that add up to 1. */
                schedule: {
                    /** @enum {string} */
                    trigger: "on_signing" | "on_approval" | "on_live";
                    share: number;
                }[];
            };
            commission: {
                /** @enum {string} */
                basis: "percent_of_net_revenue" | "fixed_per_order";
                /** @description Share of net revenue (M8), a fraction; for percent_of_net_revenue */
                rate?: number | null;
                /** @description Minor units per order; for fixed_per_order */
                perOrder?: number | null;
                attributionWindowDays: number;
                cookie: boolean;
            };
            /** @default [] */
            bonuses: {
                /** @enum {string} */
                metric: "impressions" | "reach" | "views" | "engagements" | "clicks" | "conversions" | "leads";
                threshold: number;
                amount: number;
            }[];
        };
        OfferTerms: {
            /** @enum {string} */
            collaborationType: "sponsored_post" | "review" | "tutorial" | "giveaway" | "affiliate" | "ambassador";
            deliverables: components["schemas"]["Deliverable"][];
            usageRights: components["schemas"]["UsageRights"];
            /** @default null */
            exclusivity: components["schemas"]["Exclusivity"] | null;
            compensation: components["schemas"]["Compensation"];
            /** @default Every post must be clearly labelled as an advertisement (for example #ad) at its start. */
            disclosure: string;
        };
        Offer: {
            id: string;
            campaignId: string;
            creatorId: string;
            version: number;
            /** @enum {string} */
            status: "proposed" | "superseded" | "accepted" | "withdrawn";
            /** @enum {string} */
            proposedBy: "brand" | "creator";
            terms: components["schemas"]["OfferTerms"];
            note: string | null;
            proposedByLabel: string;
            /** @description Fixed fees plus product value, minor units */
            committedAmount: number;
            /** @description SHA-256 of the canonical JSON of the terms */
            termsSha256: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        Contract: {
            id: string;
            campaignId: string;
            creatorId: string;
            offerId: string;
            version: number;
            /** @enum {string} */
            status: "in_force" | "superseded";
            terms: components["schemas"]["OfferTerms"];
            currency: string;
            committedAmount: number;
            maximumBonus: number;
            installments: {
                /** @enum {string} */
                trigger: "on_signing" | "on_approval" | "on_live";
                amount: number;
            }[];
            /** @enum {string} */
            acceptedBy: "brand" | "creator";
            acceptedName: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            acceptedAt: string;
            acceptedIp: string | null;
            /**
             * @description portal: the creator accepted in the portal; signed_document: accepted outside Amplio, the signed document uploaded; recorded: typed in by the brand before signatures
             * @enum {string}
             */
            acceptanceMethod: "portal" | "signed_document" | "recorded";
            /** @description How the contract was accepted, in words */
            acceptance: string;
            acceptedUserAgent: string | null;
            termsSha256: string | null;
            /** @description SHA-256 of the contract PDF the creator accepted, or of the signed document */
            pdfSha256: string | null;
            hasSignedDocument: boolean;
            recordedBy: string | null;
            supersededAt: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        Conversion: {
            id: string;
            orderId: string;
            /** @enum {string} */
            type: "order" | "lead";
            /** @enum {string} */
            source: "api" | "shopify" | "storefront";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            occurredAt: string;
            amount: number | null;
            refundedAmount: number;
            netAmount: number | null;
            currency: string | null;
            customerId: string | null;
            isNewCustomer: boolean | null;
            discountCodes: string[];
            clickId: string | null;
            attribution: {
                /**
                 * @description Why it was attributed (M11)
                 * @enum {string}
                 */
                reason: "code" | "click" | "none";
                campaignId: string | null;
                creatorId: string | null;
                discountCodeId: string | null;
                clickId: string | null;
                linkId: string | null;
                /** @description A click in the window pointed at this creator; the code won */
                conflictingCreatorId: string | null;
            };
            /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
            verification: {
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                verifiedAt: string;
                /** @description "api", "shopify", or the person who approved it */
                verifiedBy: string;
            } | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        ConversionWithRefunds: {
            id: string;
            orderId: string;
            /** @enum {string} */
            type: "order" | "lead";
            /** @enum {string} */
            source: "api" | "shopify" | "storefront";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            occurredAt: string;
            amount: number | null;
            refundedAmount: number;
            netAmount: number | null;
            currency: string | null;
            customerId: string | null;
            isNewCustomer: boolean | null;
            discountCodes: string[];
            clickId: string | null;
            attribution: {
                /**
                 * @description Why it was attributed (M11)
                 * @enum {string}
                 */
                reason: "code" | "click" | "none";
                campaignId: string | null;
                creatorId: string | null;
                discountCodeId: string | null;
                clickId: string | null;
                linkId: string | null;
                /** @description A click in the window pointed at this creator; the code won */
                conflictingCreatorId: string | null;
            };
            /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
            verification: {
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                verifiedAt: string;
                /** @description "api", "shopify", or the person who approved it */
                verifiedBy: string;
            } | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            refunds: {
                id: string;
                /** @description The shop's refund id, when it sent one */
                refundId: string | null;
                /** @description Minor units of the order's currency */
                amount: number;
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                occurredAt: string;
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                createdAt: string;
            }[];
        };
        CreatorConnection: {
            /** @enum {string} */
            platform: "instagram" | "youtube" | "tiktok";
            label: string;
            /** @description The brand has set up this platform's app */
            available: boolean;
            connected: boolean;
            handle: string | null;
            status: ("connected" | "error") | null;
            statusDetail: string | null;
            connectedAt: string | null;
            lastSyncedAt: string | null;
            shares: {
                /** @enum {string} */
                item: "profile" | "followers" | "audience_age" | "audience_gender" | "audience_country" | "post_metrics";
                label: string;
            }[];
        };
        ConnectionClient: {
            /** @enum {string} */
            platform: "instagram" | "youtube" | "tiktok";
            clientId: string | null;
            /** @description Whether a secret is stored; it is never returned */
            clientSecretSet: boolean;
            updatedAt: string | null;
            /** @description The redirect URI to register in the platform's app */
            redirectUri: string;
        };
        DiscountCode: {
            id: string;
            code: string;
            campaignId: string;
            creatorId: string;
            /** @enum {string} */
            valueType: "percent" | "fixed";
            percentOff: number | null;
            amountOff: number | null;
            currency: string;
            /** @enum {string} */
            source: "generated" | "imported";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        CreatorSearch: {
            items: {
                id: string;
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                handle: string;
                profileUrl: string | null;
                followers: number;
                /** @enum {string} */
                tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                /** @description Engagement rate by followers (M2), a fraction */
                engagementRate: number | null;
                country: string | null;
                language: string | null;
                niches: string[];
                following: number | null;
                postsCount: number | null;
                city: string | null;
                bio: string | null;
                contactEmail: string | null;
                /** @description Engagement rate by views (M2), a fraction */
                engagementRateViews: number | null;
                /** @description M4 quality score, 0–100 */
                qualityScore: number;
                qualityFlags: components["schemas"]["QualityFlag"][];
                /** @description M5 sponsored share of the last 90 days */
                sponsoredShare: number | null;
                /** @enum {string} */
                saturation: "none" | "saturated" | "strong";
                sponsoredBrands: string[];
                lastEnrichedAt: string | null;
                creatorId: string;
                name: string;
                email: string | null;
                hasEmail: boolean;
                /** @description M6 audience fit for campaignId, 0–100 */
                fit: number | null;
                /** @description M5 competitor brands for campaignId */
                conflicts: string[];
            }[];
            /** @description Pass as cursor for the next page; null on the last */
            nextCursor: string | null;
            total: number;
            facets: {
                platform: {
                    value: string;
                    count: number;
                }[];
                tier: {
                    value: string;
                    count: number;
                }[];
                country: {
                    value: string;
                    count: number;
                }[];
                niche: {
                    value: string;
                    count: number;
                }[];
            };
        };
        CreatorList: {
            id: string;
            name: string;
            description: string | null;
            creators: number;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        Organisation: {
            id: string;
            name: string;
            slug: string;
            /** @enum {string} */
            kind: "brand" | "agency";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        Member: {
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            joinedAt: string;
        };
        Invite: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            expiresAt: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        EmailTemplate: {
            id: string;
            name: string;
            subject: string;
            body: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        EmailMessage: {
            id: string;
            /** @enum {string} */
            direction: "outbound" | "inbound";
            /** @enum {string} */
            status: "queued" | "sent" | "outbox" | "failed" | "received" | "logged";
            from: string;
            to: string;
            subject: string;
            text: string;
            html: string | null;
            messageId: string;
            inReplyTo: string | null;
            followUpStep: number | null;
            error: string | null;
            sentAt: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        EmailThread: {
            id: string;
            campaignId: string;
            creatorId: string;
            subject: string;
            /** @enum {string} */
            status: "open" | "replied" | "opted_out";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            lastMessageAt: string;
            messages: components["schemas"]["EmailMessage"][];
            followUps: {
                step: number;
                templateId: string;
                afterDays: number;
                /** @enum {string} */
                status: "scheduled" | "sent" | "stopped";
                dueAt: string | null;
                stoppedReason: string | null;
                templateName: string | null;
                sequenceName: string | null;
            }[];
        };
        OutreachSettings: {
            senderName: string;
            /** Format: email */
            senderEmail: string;
            dailySendLimit: number;
            /**
             * @description Plain text under every outreach email, after a "-- " line; empty for none
             * @default
             */
            signature: string;
        };
        EmailSequence: {
            id: string;
            name: string;
            steps: {
                templateId: string;
                templateName: string;
                afterDays: number;
            }[];
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        PayoutEntry: {
            id: string;
            campaignId: string;
            creatorId: string;
            contractId: string;
            /** @enum {string} */
            kind: "fee" | "commission" | "bonus" | "clawback";
            description: string;
            /** @description Minor units; negative for a clawback */
            amount: number;
            currency: string;
            /** @enum {string} */
            status: "pending" | "approved" | "paid" | "void";
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            payableFrom: string;
            locked: boolean;
            approvedBy: string | null;
            approvedAt: string | null;
            paidAt: string | null;
        };
        CampaignPlanResult: {
            campaignId: string;
            currency: string;
            /** @enum {string} */
            goal: "reach" | "impressions" | "engagements" | "clicks" | "conversions" | "revenue";
            budget: number;
            /**
             * @description Where the candidates came from: creators = the creatorIds given; everyone = the organisation's biggest accounts, used by default while the pipeline is empty
             * @enum {string}
             */
            candidateSource: "pipeline" | "list" | "savedSearch" | "filters" | "creators" | "everyone";
            /** @description Accounts considered */
            candidates: number;
            /** @description Each 'at least' KPI the planner forecasts, and how far the proposed mix gets */
            kpiReach: {
                /** @enum {string} */
                metric: "reach" | "impressions" | "engagements" | "clicks" | "conversions" | "revenue";
                target: number;
                /** @description Expected from the proposed mix */
                forecast: number;
                /** @description forecast ÷ target, a fraction */
                share: number;
                met: boolean;
                /** @description Minor units more the cheapest spare deliverables would cost to close the gap; null when even all candidates fall short */
                extraBudget: number | null;
            }[];
            excluded: {
                creatorId: string;
                handle: string;
                reason: string;
            }[];
            proposed: {
                label: string;
                creators: {
                    accountId: string;
                    creatorId: string;
                    name: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    handle: string;
                    /** @enum {string} */
                    tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                    followers: number;
                    /** @description Already in the campaign's pipeline: not to be added again */
                    inPipeline: boolean;
                    deliverables: number;
                    format: string;
                    price: {
                        expected: number;
                        low: number;
                        high: number;
                        /** @enum {string} */
                        basis: "quote" | "history" | "default";
                        historyCount: number;
                    };
                    cost: number;
                    forecast: {
                        reach: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        impressions: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        engagements: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        clicks: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        conversions: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        revenue: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                    };
                }[];
                cost: number;
                forecast: {
                    expected: number;
                    low: number;
                    high: number;
                };
                /** @enum {string} */
                status: "optimal" | "near-optimal" | "time-limit" | "infeasible";
                /** @description Proved distance from the optimum, a fraction of the LP bound */
                gap: number;
                upperBound: number;
            };
            alternatives: {
                label: string;
                creators: {
                    accountId: string;
                    creatorId: string;
                    name: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    handle: string;
                    /** @enum {string} */
                    tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                    followers: number;
                    /** @description Already in the campaign's pipeline: not to be added again */
                    inPipeline: boolean;
                    deliverables: number;
                    format: string;
                    price: {
                        expected: number;
                        low: number;
                        high: number;
                        /** @enum {string} */
                        basis: "quote" | "history" | "default";
                        historyCount: number;
                    };
                    cost: number;
                    forecast: {
                        reach: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        impressions: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        engagements: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        clicks: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        conversions: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                        revenue: {
                            expected: number;
                            low: number;
                            high: number;
                        };
                    };
                }[];
                cost: number;
                forecast: {
                    expected: number;
                    low: number;
                    high: number;
                };
            }[];
            /** @description The organisation's own history behind the estimates: contracted fees, measured campaigns */
            learnedFrom: {
                pastFees: number;
                measuredCampaigns: number;
            };
        };
        PostMetricSnapshot: {
            id: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            capturedAt: string;
            /** @enum {string} */
            source: "manual" | "portal" | "csv" | "youtube" | "instagram" | "creator";
            impressions: number | null;
            reach: number | null;
            views: number | null;
            likes: number | null;
            comments: number | null;
            shares: number | null;
            saves: number | null;
            linkClicks: number | null;
        };
        LivePost: {
            id: string;
            campaignId: string;
            creatorId: string;
            /** @enum {string} */
            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            /** @enum {string} */
            format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
            url: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            postedAt: string;
            caption: string | null;
            /** @description The disclosure check of the live caption (C1–C7) */
            compliance: {
                compliant: boolean;
                findings: {
                    rule: string;
                    /** @enum {string} */
                    severity: "error" | "warning";
                    message: string;
                    start: number;
                    end: number;
                }[];
            } | null;
            amplifications: {
                id: string;
                /** @enum {string} */
                kind: "whitelisting" | "boost";
                spend: number;
                startDate: string;
                endDate: string;
            }[];
            paidSpend: number;
            latestMetrics: components["schemas"]["PostMetricSnapshot"] | null;
        };
        CampaignSentiment: {
            totals: {
                comments: number;
                /** @description Comments with a VADER compound score ≥ 0.05 */
                positive: number;
                neutral: number;
                /** @description Comments with a VADER compound score ≤ −0.05 */
                negative: number;
                /** @description Mean VADER compound score, −1 … 1; null without comments */
                meanCompound: number | null;
            };
            byDay: {
                /** @description UTC date, YYYY-MM-DD */
                day: string;
                comments: number;
                /** @description Comments with a VADER compound score ≥ 0.05 */
                positive: number;
                neutral: number;
                /** @description Comments with a VADER compound score ≤ −0.05 */
                negative: number;
                /** @description Mean VADER compound score, −1 … 1; null without comments */
                meanCompound: number | null;
            }[];
            byPost: {
                postId: string;
                creatorId: string;
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                url: string;
                comments: number;
                /** @description Comments with a VADER compound score ≥ 0.05 */
                positive: number;
                neutral: number;
                /** @description Comments with a VADER compound score ≤ −0.05 */
                negative: number;
                /** @description Mean VADER compound score, −1 … 1; null without comments */
                meanCompound: number | null;
            }[];
            examples: {
                positive: {
                    commentId: string;
                    text: string;
                    compound: number;
                    /**
                     * @description UTC ISO-8601 time
                     * @example 2026-11-24T09:00:00.000Z
                     */
                    postedAt: string;
                    postId: string;
                    postUrl: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    creatorId: string;
                    creatorName: string;
                }[];
                negative: {
                    commentId: string;
                    text: string;
                    compound: number;
                    /**
                     * @description UTC ISO-8601 time
                     * @example 2026-11-24T09:00:00.000Z
                     */
                    postedAt: string;
                    postId: string;
                    postUrl: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    creatorId: string;
                    creatorName: string;
                }[];
            };
        };
        Draft: {
            id: string;
            version: number;
            caption: string;
            media: ({
                /** @constant */
                kind: "link";
                url: string;
            } | {
                /** @constant */
                kind: "upload";
                mediaId: string;
                contentType: string;
            })[];
            findings: {
                /** @enum {string} */
                rule: "disclosure.missing" | "disclosure.ambiguous" | "disclosure.buried" | "disclosure.hashtag-pile" | "disclosure.video-unverified" | "brief.hashtag-missing" | "brief.mention-missing" | "brief.forbidden-term" | "brief.link-missing" | "brief.code-missing";
                /** @enum {string} */
                severity: "error" | "warning";
                message: string;
                /** @description UTF-16 index into the caption */
                start: number;
                /** @description UTF-16 index, exclusive; equal to start when nothing to point at */
                end: number;
            }[];
            compliant: boolean;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        ReviewDeliverable: {
            id: string;
            campaignId: string;
            creatorId: string;
            title: string;
            /** @enum {string} */
            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            /** @enum {string} */
            format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
            /**
             * Format: date
             * @example 2026-11-24
             */
            dueDate: string;
            /** @enum {string} */
            status: "awaiting_draft" | "in_review" | "changes_requested" | "approved" | "live";
            /** @description Past its due date and not yet approved or live */
            overdue: boolean;
            approvedAt: string | null;
            livePostId: string | null;
            latestDraft: components["schemas"]["Draft"] | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
        };
        ReviewDeliverableDetail: {
            id: string;
            campaignId: string;
            creatorId: string;
            title: string;
            /** @enum {string} */
            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            /** @enum {string} */
            format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
            /**
             * Format: date
             * @example 2026-11-24
             */
            dueDate: string;
            /** @enum {string} */
            status: "awaiting_draft" | "in_review" | "changes_requested" | "approved" | "live";
            /** @description Past its due date and not yet approved or live */
            overdue: boolean;
            approvedAt: string | null;
            livePostId: string | null;
            latestDraft: components["schemas"]["Draft"] | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            updatedAt: string;
            drafts: components["schemas"]["Draft"][];
            timeline: {
                id: string;
                /** @enum {string} */
                kind: "draft_submitted" | "comment" | "changes_requested" | "approved" | "live_submitted";
                /** @enum {string} */
                author: "brand" | "creator";
                authorLabel: string;
                draftId: string | null;
                body: string | null;
                quote: {
                    start: number;
                    end: number;
                    text: string;
                } | null;
                details: {
                    [key: string]: unknown;
                };
                /**
                 * @description UTC ISO-8601 time
                 * @example 2026-11-24T09:00:00.000Z
                 */
                createdAt: string;
            }[];
        };
        PortalCollaboration: {
            campaignId: string;
            campaignName: string;
            brand: string;
            stage: string;
            startDate: string;
            endDate: string;
            currency: string;
            brief: {
                campaignId: string;
                creatorId: string | null;
                /** @description The brief in force, with the creator's override on top */
                content: components["schemas"]["BriefContent"];
                versions: {
                    /** @enum {string} */
                    source: "campaign" | "creator";
                    version: number;
                    savedBy: string;
                    /**
                     * @description UTC ISO-8601 time
                     * @example 2026-11-24T09:00:00.000Z
                     */
                    savedAt: string;
                }[];
                /** @description What the latest version changed, field by field */
                changes: {
                    field: string;
                    before: unknown;
                    after: unknown;
                }[];
                updatedAt: string | null;
            };
            offers: components["schemas"]["Offer"][];
            contracts: components["schemas"]["Contract"][];
            deliverables: components["schemas"]["ReviewDeliverable"][];
            trackingLink: string | null;
            discountCode: string | null;
            /** @description The discount code issued to the creator for this campaign and what it takes off */
            discount: {
                code: string;
                /** @enum {string} */
                valueType: "percent" | "fixed";
                /** @description A fraction for percent codes (0.15 = 15% off) */
                percentOff: number | null;
                /** @description Minor units of currency for fixed codes */
                amountOff: number | null;
                currency: string;
            } | null;
            earnings: {
                /** @description Minor units of currency */
                committed: number;
                maximumBonus: number;
                /** @description Fee installments already due, minor units */
                earnedSoFar: number;
            };
        };
        PortalContract: {
            id: string;
            campaignId: string;
            creatorId: string;
            offerId: string;
            version: number;
            /** @enum {string} */
            status: "in_force" | "superseded";
            terms: components["schemas"]["OfferTerms"];
            currency: string;
            committedAmount: number;
            maximumBonus: number;
            installments: {
                /** @enum {string} */
                trigger: "on_signing" | "on_approval" | "on_live";
                amount: number;
            }[];
            /** @enum {string} */
            acceptedBy: "brand" | "creator";
            acceptedName: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            acceptedAt: string;
            acceptedIp: string | null;
            /**
             * @description portal: the creator accepted in the portal; signed_document: accepted outside Amplio, the signed document uploaded; recorded: typed in by the brand before signatures
             * @enum {string}
             */
            acceptanceMethod: "portal" | "signed_document" | "recorded";
            /** @description How the contract was accepted, in words */
            acceptance: string;
            acceptedUserAgent: string | null;
            termsSha256: string | null;
            /** @description SHA-256 of the contract PDF the creator accepted, or of the signed document */
            pdfSha256: string | null;
            hasSignedDocument: boolean;
            recordedBy: string | null;
            supersededAt: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
            campaignName: string;
            brand: string;
        };
        FigureCoverage: {
            /** @enum {string} */
            basis: "measured" | "estimated" | "mixed" | "unknown";
            covered: number;
            of: number;
            /** @enum {string} */
            unit: "posts" | "creators";
        };
        /** @description Per figure: its basis and how many posts or creators it covers (numerator and denominator both known, M13) */
        ReportCoverage: {
            impressions: components["schemas"]["FigureCoverage"];
            reach: components["schemas"]["FigureCoverage"];
            views: components["schemas"]["FigureCoverage"];
            engagements: components["schemas"]["FigureCoverage"];
            engagementRateByReach: components["schemas"]["FigureCoverage"];
            engagementRateByFollowers: components["schemas"]["FigureCoverage"];
            cpm: components["schemas"]["FigureCoverage"];
            cpv: components["schemas"]["FigureCoverage"];
            cpe: components["schemas"]["FigureCoverage"];
            cpc: components["schemas"]["FigureCoverage"];
            ctr: components["schemas"]["FigureCoverage"];
            cpl: components["schemas"]["FigureCoverage"];
            conversionRate: components["schemas"]["FigureCoverage"];
            cpa: components["schemas"]["FigureCoverage"];
            cac: components["schemas"]["FigureCoverage"];
            roas: components["schemas"]["FigureCoverage"];
            roi: components["schemas"]["FigureCoverage"];
        };
        CampaignComparison: {
            campaigns: {
                campaignId: string;
                name: string;
                startDate: string;
                endDate: string;
                currency: string;
                /** @description Currency of the rate card the EMV is valued in */
                emvCurrency: string;
                /** @description The campaign report's totals, unchanged */
                totals: {
                    /** @description Minor units of the campaign currency (M7) */
                    cost: number;
                    impressions: number | null;
                    reach: number | null;
                    views: number | null;
                    engagements: number | null;
                    engagementRateByReach: number | null;
                    engagementRateByFollowers: number | null;
                    /** @description Tracked clicks, bots excluded */
                    clicks: number;
                    leads: number;
                    /** @description Attributed orders in every currency (M13) */
                    orders: number;
                    /** @description Orders + leads (M13) */
                    conversions: number;
                    newCustomers: number;
                    /** @description Attributed revenue net of refunds, minor units */
                    revenue: number;
                    /** @description Earned media value (M9), an estimate; never revenue */
                    emv: number;
                    posts: number;
                    /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                    postsWithUnknownEngagements: number;
                    basis: {
                        /** @enum {string} */
                        impressions: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        reach: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        engagements: "measured" | "estimated" | "mixed" | "unknown";
                    };
                    coverage: components["schemas"]["ReportCoverage"];
                    cpm: number | null;
                    cpv: number | null;
                    cpe: number | null;
                    cpc: number | null;
                    ctr: number | null;
                    cpl: number | null;
                    conversionRate: number | null;
                    cpa: number | null;
                    cac: number | null;
                    roas: number | null;
                    roi: number | null;
                    campaignLevelCost: number;
                    /** @description Attributed orders and leads by M11 rule */
                    attribution: {
                        orders: {
                            code: number;
                            click: number;
                        };
                        leads: {
                            code: number;
                            click: number;
                        };
                    };
                };
            }[];
            /** @description Money added up within each currency only; never converted */
            byCurrency: {
                currency: string;
                campaignIds: string[];
                /** @description Minor units of this currency */
                cost: number;
                /** @description Minor units of this currency, net of refunds */
                revenue: number;
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
            }[];
            emvByCurrency: {
                currency: string;
                emv: number;
            }[];
            mixedCurrencies: boolean;
            /** @description How money in several currencies was handled */
            moneyNote: string;
            /** @description Creators measured in these campaigns, those in the most campaigns first */
            creators: {
                creatorId: string;
                name: string;
                campaignIds: string[];
            }[];
        };
        CreatorComparison: {
            campaigns: {
                campaignId: string;
                name: string;
                currency: string;
            }[];
            creators: {
                creatorId: string;
                name: string;
                rows: {
                    /** @description Minor units of the campaign currency (M7) */
                    cost: number;
                    impressions: number | null;
                    reach: number | null;
                    views: number | null;
                    engagements: number | null;
                    engagementRateByReach: number | null;
                    engagementRateByFollowers: number | null;
                    /** @description Tracked clicks, bots excluded */
                    clicks: number;
                    leads: number;
                    /** @description Attributed orders in every currency (M13) */
                    orders: number;
                    /** @description Orders + leads (M13) */
                    conversions: number;
                    newCustomers: number;
                    /** @description Attributed revenue net of refunds, minor units */
                    revenue: number;
                    /** @description Earned media value (M9), an estimate; never revenue */
                    emv: number;
                    posts: number;
                    /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                    postsWithUnknownEngagements: number;
                    basis: {
                        /** @enum {string} */
                        impressions: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        reach: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        engagements: "measured" | "estimated" | "mixed" | "unknown";
                    };
                    coverage: components["schemas"]["ReportCoverage"];
                    cpm: number | null;
                    cpv: number | null;
                    cpe: number | null;
                    cpc: number | null;
                    ctr: number | null;
                    cpl: number | null;
                    conversionRate: number | null;
                    cpa: number | null;
                    cac: number | null;
                    roas: number | null;
                    roi: number | null;
                    campaignId: string;
                    campaignName: string;
                    currency: string;
                    emvCurrency: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    /** @enum {string} */
                    tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                }[];
                total: {
                    campaigns: number;
                    posts: number;
                    impressions: number | null;
                    /** @description Sum of each campaign's reach (M10) */
                    reach: number | null;
                    views: number | null;
                    engagements: number | null;
                    clicks: number;
                    leads: number;
                    orders: number;
                    newCustomers: number;
                    basis: {
                        /** @enum {string} */
                        impressions: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        reach: "measured" | "estimated" | "mixed" | "unknown";
                        /** @enum {string} */
                        engagements: "measured" | "estimated" | "mixed" | "unknown";
                    };
                    engagementRateByReach: number | null;
                    ctr: number | null;
                    conversionRate: number | null;
                    byCurrency: {
                        currency: string;
                        campaignIds: string[];
                        /** @description Minor units of this currency */
                        cost: number;
                        /** @description Minor units of this currency, net of refunds */
                        revenue: number;
                        cpm: number | null;
                        cpv: number | null;
                        cpe: number | null;
                        cpc: number | null;
                        ctr: number | null;
                        cpl: number | null;
                        conversionRate: number | null;
                        cpa: number | null;
                        cac: number | null;
                        roas: number | null;
                        roi: number | null;
                    }[];
                    emvByCurrency: {
                        currency: string;
                        emv: number;
                    }[];
                };
            }[];
            mixedCurrencies: boolean;
            /** @description How money in several currencies was handled */
            moneyNote: string;
        };
        CampaignReport: {
            campaignId: string;
            currency: string;
            totals: {
                /** @description Minor units of the campaign currency (M7) */
                cost: number;
                impressions: number | null;
                reach: number | null;
                views: number | null;
                engagements: number | null;
                engagementRateByReach: number | null;
                engagementRateByFollowers: number | null;
                /** @description Tracked clicks, bots excluded */
                clicks: number;
                leads: number;
                /** @description Attributed orders in every currency (M13) */
                orders: number;
                /** @description Orders + leads (M13) */
                conversions: number;
                newCustomers: number;
                /** @description Attributed revenue net of refunds, minor units */
                revenue: number;
                /** @description Earned media value (M9), an estimate; never revenue */
                emv: number;
                posts: number;
                /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                postsWithUnknownEngagements: number;
                basis: {
                    /** @enum {string} */
                    impressions: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    reach: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                };
                coverage: components["schemas"]["ReportCoverage"];
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
                campaignLevelCost: number;
                /** @description Attributed orders and leads by M11 rule */
                attribution: {
                    orders: {
                        code: number;
                        click: number;
                    };
                    leads: {
                        code: number;
                        click: number;
                    };
                };
            };
            byCreator: {
                /** @description Minor units of the campaign currency (M7) */
                cost: number;
                impressions: number | null;
                reach: number | null;
                views: number | null;
                engagements: number | null;
                engagementRateByReach: number | null;
                engagementRateByFollowers: number | null;
                /** @description Tracked clicks, bots excluded */
                clicks: number;
                leads: number;
                /** @description Attributed orders in every currency (M13) */
                orders: number;
                /** @description Orders + leads (M13) */
                conversions: number;
                newCustomers: number;
                /** @description Attributed revenue net of refunds, minor units */
                revenue: number;
                /** @description Earned media value (M9), an estimate; never revenue */
                emv: number;
                posts: number;
                /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                postsWithUnknownEngagements: number;
                basis: {
                    /** @enum {string} */
                    impressions: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    reach: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                };
                coverage: components["schemas"]["ReportCoverage"];
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
                creatorId: string;
                name: string;
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                /** @enum {string} */
                tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
            }[];
            byPlatform: {
                /** @description Minor units of the campaign currency (M7) */
                cost: number;
                impressions: number | null;
                reach: number | null;
                views: number | null;
                engagements: number | null;
                engagementRateByReach: number | null;
                engagementRateByFollowers: number | null;
                /** @description Tracked clicks, bots excluded */
                clicks: number;
                leads: number;
                /** @description Attributed orders in every currency (M13) */
                orders: number;
                /** @description Orders + leads (M13) */
                conversions: number;
                newCustomers: number;
                /** @description Attributed revenue net of refunds, minor units */
                revenue: number;
                /** @description Earned media value (M9), an estimate; never revenue */
                emv: number;
                posts: number;
                /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                postsWithUnknownEngagements: number;
                basis: {
                    /** @enum {string} */
                    impressions: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    reach: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                };
                coverage: components["schemas"]["ReportCoverage"];
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            }[];
            byTier: {
                /** @description Minor units of the campaign currency (M7) */
                cost: number;
                impressions: number | null;
                reach: number | null;
                views: number | null;
                engagements: number | null;
                engagementRateByReach: number | null;
                engagementRateByFollowers: number | null;
                /** @description Tracked clicks, bots excluded */
                clicks: number;
                leads: number;
                /** @description Attributed orders in every currency (M13) */
                orders: number;
                /** @description Orders + leads (M13) */
                conversions: number;
                newCustomers: number;
                /** @description Attributed revenue net of refunds, minor units */
                revenue: number;
                /** @description Earned media value (M9), an estimate; never revenue */
                emv: number;
                posts: number;
                /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                postsWithUnknownEngagements: number;
                basis: {
                    /** @enum {string} */
                    impressions: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    reach: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                };
                coverage: components["schemas"]["ReportCoverage"];
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
                /** @enum {string} */
                tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
            }[];
            /** @description By content format, in whole units: fees and commissions shared equally over a creator's posts, paid amplification on its post; clicks, conversions and other costs in an "unassigned" row (M13 Allocation) */
            byFormat: {
                /** @description Minor units of the campaign currency (M7) */
                cost: number;
                impressions: number | null;
                reach: number | null;
                views: number | null;
                engagements: number | null;
                engagementRateByReach: number | null;
                engagementRateByFollowers: number | null;
                /** @description Tracked clicks, bots excluded */
                clicks: number;
                leads: number;
                /** @description Attributed orders in every currency (M13) */
                orders: number;
                /** @description Orders + leads (M13) */
                conversions: number;
                newCustomers: number;
                /** @description Attributed revenue net of refunds, minor units */
                revenue: number;
                /** @description Earned media value (M9), an estimate; never revenue */
                emv: number;
                posts: number;
                /** @description Posts left out of every engagement figure: likes or comments unknown (M13) */
                postsWithUnknownEngagements: number;
                basis: {
                    /** @enum {string} */
                    impressions: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    reach: "measured" | "estimated" | "mixed" | "unknown";
                    /** @enum {string} */
                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                };
                coverage: components["schemas"]["ReportCoverage"];
                cpm: number | null;
                cpv: number | null;
                cpe: number | null;
                cpc: number | null;
                ctr: number | null;
                cpl: number | null;
                conversionRate: number | null;
                cpa: number | null;
                cac: number | null;
                roas: number | null;
                roi: number | null;
                format: string;
            }[];
            byDay: {
                day: string;
                clicks: number;
                orders: number;
                revenue: number;
            }[];
            /** @description Cost by the day it was incurred (M7), minor units; the days add up to totals.cost */
            spendByDay: {
                day: string;
                cost: number;
            }[];
            kpis: {
                metric: string;
                /** @description The metric as people write it (KPI catalogue) */
                label: string;
                unit: ("count" | "fraction" | "money" | "ratio") | null;
                /** @enum {string} */
                comparison: "gte" | "lte";
                target: number;
                actual: number | null;
                met: boolean | null;
                progress: number | null;
            }[];
            rateCard: {
                currency: string;
                /** @description Minor units of the card's currency per unit */
                rates: {
                    [key: string]: number;
                };
            };
            /** @description Every rate card EMV was valued with, in its own currency (M9) */
            rateCards: {
                currency: string;
                /** @description Minor units of the card's currency per unit */
                rates: {
                    [key: string]: number;
                };
                /** @enum {string} */
                platform: "instagram" | "tiktok" | "youtube" | "linkedin";
            }[];
            /** @description The rate cards' currency, which EMV is in; never converted */
            emvCurrency: string;
            units: {
                [key: string]: string;
            };
            /** @description Orders in other currencies: counted in orders, their net revenue (minor units of that currency) kept apart, never converted (M13) */
            otherCurrencies: {
                currency: string;
                orders: number;
                netRevenue: number;
            }[];
            codeClickConflicts: number;
            clicksFromBots: number;
        };
        ShopifyConnection: {
            id: string;
            shopDomain: string;
            webhookUrl: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        TodayCampaign: {
            id: string;
            name: string;
            /**
             * @description live: today lies between its start and end dates; starting: it starts within 14 days
             * @enum {string}
             */
            status: "live" | "starting";
            /**
             * Format: date
             * @example 2026-11-24
             */
            startDate: string;
            /**
             * Format: date
             * @example 2026-11-24
             */
            endDate: string;
            /** @description Live: days to the end date, today included (1 on the last day); null while starting */
            daysLeft: number | null;
            /** @description Starting: days until the start date (1 = tomorrow); null while live */
            daysUntilStart: number | null;
            currency: string;
            /** @description The rate card's currency, which an EMV KPI is in (M9) */
            emvCurrency: string;
            /** @description Minor units; null when the campaign has no budget */
            budget: number | null;
            /** @description Contracted: fixed fees and product value of the contracts in force, minor units */
            committed: number;
            /** @description Accrued: the report's cost (M7) incurred up to today, by the day it fell (fees on their trigger, paid amplification over its dates, commissions with sales), minor units */
            spent: number;
            kpis: {
                metric: string;
                /** @enum {string} */
                comparison: "gte" | "lte";
                target: number;
                actual: number | null;
                /** @description Share of the target reached (M13 KPI progress), a fraction; null while unknown */
                progress: number | null;
                met: boolean | null;
                /** @description The KPI's name as people write it (the KPI catalogue) */
                label: string;
                /** @description count; fraction: a rate; money: minor units of the campaign currency; ratio: a multiple; null for a metric outside the catalogue */
                unit: ("count" | "fraction" | "money" | "ratio") | null;
            }[];
        };
        TodayAction: {
            /** @enum {string} */
            kind: "draftsAwaitingReview" | "overdueDeliverables" | "repliesToAnswer" | "offersAwaitingResponse" | "payoutsToApprove" | "usageRightsExpiring" | "connectorErrors";
            count: number;
            /** @example 3 drafts awaiting review */
            label: string;
            /**
             * @description The web app's page where the user acts on it
             * @example /campaigns/…
             */
            path: string;
            /** @description null for the organisation's own items (connectors) */
            campaignId: string | null;
            campaignName: string | null;
        };
        Today: {
            /**
             * Format: date
             * @description The UTC day the answer is for
             * @example 2026-11-24
             */
            today: string;
            /** @description Live campaigns (the nearest end first), then those starting within 14 days (the nearest first) */
            campaigns: components["schemas"]["TodayCampaign"][];
            /** @description What needs the user, one item per kind and campaign; a kind with nothing to do is left out, so an empty list means nothing waits */
            actions: components["schemas"]["TodayAction"][];
        };
        TrackingLink: {
            id: string;
            code: string;
            shortUrl: string;
            destinationUrl: string;
            /** @description Destination with UTM parameters; each click adds amp_cid */
            targetUrl: string;
            /** @enum {string} */
            status: "active" | "disabled";
            campaignId: string;
            creatorId: string;
            deliverableId: string | null;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            createdAt: string;
        };
        /** @description Human clicks; bots counted apart in botClicks */
        LinkAnalytics: {
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            from: string;
            /**
             * @description UTC ISO-8601 time
             * @example 2026-11-24T09:00:00.000Z
             */
            to: string;
            /** @enum {string} */
            granularity: "hour" | "day";
            totals: {
                clicks: number;
                botClicks: number;
                uniqueVisitors: number;
            };
            series: {
                bucket: string;
                clicks: number;
                botClicks: number;
                uniqueVisitors: number;
            }[];
            byDevice: {
                value: string;
                clicks: number;
            }[];
            byCountry: {
                value: string;
                clicks: number;
            }[];
            byReferrer: {
                value: string;
                clicks: number;
            }[];
            byCreator: {
                creatorId: string;
                clicks: number;
                botClicks: number;
                uniqueVisitors: number;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up and its database answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "sqlite" | "postgres";
                    };
                };
            };
            /** @description Unavailable: a dependency (the database) cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user, their organisations and the CSRF token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email: string;
                    password: string;
                    organisationName?: string;
                    inviteToken?: string;
                };
            };
        };
        responses: {
            /** @description The new session: user, organisations and CSRF token (the session cookie is set) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The new session: user, organisations and CSRF token (the session cookie is set) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out: the session is ended and its cookie cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    switchOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisationId: string;
                };
            };
        };
        responses: {
            /** @description The session, now acting in the chosen organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation and role the invitation is for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisationName: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "member" | "viewer";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session, now a member of the inviting organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signInToPortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description The portal session: creator name, CSRF token and expiry (the portal cookie is set) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creatorName: string;
                        /** @description Send it back in the x-csrf-token header on every write */
                        csrfToken: string;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOutOfPortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out: the portal session is ended and its cookie cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in creator, the session's CSRF token and their collaborations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creatorName: string;
                        /** @description Send it back in the x-csrf-token header on every write */
                        csrfToken: string;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        expiresAt: string;
                        creatorId: string;
                        collaborations: {
                            campaignId: string;
                            campaignName: string;
                            brand: string;
                            stage: string;
                            startDate: string;
                            endDate: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalCollaboration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collaboration: brief, offers, contracts, deliverables and earnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalCollaboration"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadOfferPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract this offer would become */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptPortalOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your full legal name, as your signature */
                    acceptedName: string;
                    /**
                     * @description You ticked "I agree to these terms"
                     * @enum {boolean}
                     */
                    consent: true;
                    /** @description The offer's termsSha256 as you were shown it; 409 when the terms changed since */
                    termsSha256: string;
                };
            };
        };
        responses: {
            /** @description The contract the accepted terms froze into */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyContracts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your contracts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PortalContract"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMyContractPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract, with its signature block */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    counterPortalOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    terms: components["schemas"]["OfferTermsInput"];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The counter-offer, as the offer's new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliverable with its drafts, findings and comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPortalDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The caption as it will be posted */
                    caption: string;
                    /** @default [] */
                    media?: ({
                        /** @enum {string} */
                        kind: "link";
                        /** Format: uri */
                        url: string;
                    } | {
                        /** @enum {string} */
                        kind: "upload";
                        mediaId: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description The deliverable with the new draft and its compliance findings */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commentOnPortalDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description A span of the latest draft's caption: UTF-16 indices, end exclusive */
                    quote?: {
                        start: number;
                        end: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The deliverable with the new comment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPortalLivePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /**
                     * @description UTC ISO-8601 time
                     * @example 2026-11-24T09:00:00.000Z
                     */
                    postedAt: string;
                    caption?: string | null;
                };
            };
        };
        responses: {
            /** @description The deliverable with its live post */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadPortalMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "image/*": string;
                "video/*": string;
            };
        };
        responses: {
            /** @description The stored upload: id, media type and size */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        contentType: string;
                        size: number;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPortalMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mediaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                    "video/*": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPortalBriefFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/*": string;
                    "video/*": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the application page shows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationForm"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email: string;
                    country: string;
                    accounts: {
                        /** @enum {string} */
                        platform?: "instagram" | "tiktok" | "youtube" | "linkedin";
                        handle?: string;
                        /** @description instagram.com/x, tiktok.com/@x, youtube.com/@x or linkedin.com/in/x */
                        profileUrl?: string;
                        /** @description As the creator states it (required: Discovery never shows an unknown count as 0) */
                        followers: number;
                    }[];
                    /** @default [] */
                    niches?: string[];
                    /** @default [] */
                    rates?: {
                        deliverable: string;
                        /** @description Minor units of currency */
                        amount: number;
                        currency: string;
                    }[];
                    /** @default [] */
                    answers?: string[];
                    /** @description The creator agrees to be contacted; required */
                    consent: boolean;
                    /** @description Leave empty: a field people never see, so a filled one marks a bot */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description The application is received */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceived"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignApplicationForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationSlug: string;
                campaignSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the application page shows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationForm"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitCampaignApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationSlug: string;
                campaignSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email: string;
                    country: string;
                    accounts: {
                        /** @enum {string} */
                        platform?: "instagram" | "tiktok" | "youtube" | "linkedin";
                        handle?: string;
                        /** @description instagram.com/x, tiktok.com/@x, youtube.com/@x or linkedin.com/in/x */
                        profileUrl?: string;
                        /** @description As the creator states it (required: Discovery never shows an unknown count as 0) */
                        followers: number;
                    }[];
                    /** @default [] */
                    niches?: string[];
                    /** @default [] */
                    rates?: {
                        deliverable: string;
                        /** @description Minor units of currency */
                        amount: number;
                        currency: string;
                    }[];
                    /** @default [] */
                    answers?: string[];
                    /** @description The creator agrees to be contacted; required */
                    consent: boolean;
                    /** @description Leave empty: a field people never see, so a filled one marks a bot */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description The application is received */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReceived"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per platform */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreatorConnection"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's connection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorConnection"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disconnectMyConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected; whether the platform confirmed the revoke */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revokedAtPlatform: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMyConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's authorize URL; it is good for ten minutes and this session only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorizeUrl: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMyConnection: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to Connected accounts, with `connected=<platform>` or `error=<what went wrong>` */
            302: {
                headers: {
                    /** @description The portal page */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found: the link's destination, with the click id in its query when the link asks for one */
            302: {
                headers: {
                    /** @description The link's destination */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such link, or it is disabled: a page for people, not problem+json */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The server is shutting down or cannot read the link; retry after Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordStorefrontConversion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description lead: a sign-up, trial, demo request or registration; may carry no amount
                     * @default order
                     * @enum {string}
                     */
                    type?: "order" | "lead";
                    /** @description Your order or lead id; repeats are ignored */
                    orderId: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:00:00Z
                     */
                    occurredAt: string;
                    /** @description Minor units after discounts, excluding tax and shipping; required for orders */
                    amount?: number;
                    currency?: string;
                    customerId?: string;
                    isNewCustomer?: boolean;
                    discountCodes?: string[];
                    /** @description The amp_cid the visitor arrived with */
                    clickId?: string;
                    /** @description Landing page URL; its amp_cid is used */
                    landingUrl?: string;
                    /** @description Publishable key */
                    key: string;
                };
            };
        };
        responses: {
            /** @description The conversion was already recorded (same order id): its attribution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The recorded conversion and its attribution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveShopifyWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The webhook was accepted (or was a duplicate) and queued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: boolean;
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation the caller acts in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default brand
                     * @enum {string}
                     */
                    kind?: "brand" | "agency";
                    slug?: string;
                };
            };
        };
        responses: {
            /** @description The new organisation, owned by the signed-in user */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Headline counts for the workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creators: number;
                        accounts: number;
                        members: number;
                        byPlatform: {
                            /** @enum {string} */
                            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                            accounts: number;
                        }[];
                        byTier: {
                            /** @enum {string} */
                            tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                            accounts: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's members and their roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member is removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The member with their new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvites: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitations sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invite"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "owner" | "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The invitation and its one-time link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "member" | "viewer";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        expiresAt: string;
                        /** @description The invitation link; its token is shown only here */
                        url: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inviteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's API keys (without their secrets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The new API key, with its secret shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        prefix: string;
                        key: string;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked and stops working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCreators: {
        parameters: {
            query?: {
                q?: string;
                platform?: ("instagram" | "tiktok" | "youtube" | "linkedin")[];
                niche?: string[];
                country?: string[];
                language?: string[];
                tier?: ("emerging" | "nano" | "micro" | "mid" | "macro" | "mega")[];
                minFollowers?: number;
                maxFollowers?: number;
                /** @description A fraction: 0.03 is 3% */
                minEngagementRate?: number;
                maxEngagementRate?: number;
                minQuality?: number;
                hasEmail?: "true" | "false";
                audienceCountry?: string;
                minAudienceCountryShare?: number;
                audienceAge?: "13-17" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+";
                minAudienceAgeShare?: number;
                audienceGender?: "female" | "male" | "other";
                minAudienceGenderShare?: number;
                campaignId?: string;
                excludeConflicts?: "true" | "false";
                excludeListId?: string;
                sort?: "relevance" | "followers" | "engagementRate" | "quality" | "fit";
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching accounts, the total, facets and the next cursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorSearch"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    email?: string;
                    accounts: {
                        /** @enum {string} */
                        platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                        /** @description The handle, or the profile URL on the platform */
                        handle: string;
                        followers: number;
                        following?: number | null;
                        postsCount?: number | null;
                        country?: string | null;
                        city?: string | null;
                        language?: string | null;
                        niches?: string[];
                        bio?: string | null;
                        contactEmail?: string | null;
                        engagementRate?: number | null;
                        posts?: {
                            externalId: string;
                            /**
                             * Format: date-time
                             * @example 2026-11-24T09:00:00Z
                             */
                            postedAt: string;
                            caption?: string | null;
                            likes?: number | null;
                            comments?: number | null;
                            shares?: number | null;
                            saves?: number | null;
                            views?: number | null;
                            sponsored?: boolean;
                            brands?: string[];
                            commentTexts?: string[];
                        }[];
                        snapshots?: {
                            /**
                             * Format: date
                             * @example 2026-11-24
                             */
                            takenOn: string;
                            followers: number;
                        }[];
                        audience?: {
                            countries?: {
                                [key: string]: number;
                            };
                            ages?: {
                                [key: string]: number;
                            };
                            genders?: {
                                [key: string]: number;
                            };
                            credibility?: number | null;
                            source?: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The new creator with their accounts and computed signals */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Creator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creator with every account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Creator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description null removes the email */
                    email?: string | null;
                };
            };
        };
        responses: {
            /** @description The creator as it now is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Creator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creator's profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorProfile"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSocialAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    followers?: number;
                    following?: number | null;
                    postsCount?: number | null;
                    country?: string | null;
                    city?: string | null;
                    language?: string | null;
                    niches?: string[];
                    bio?: string | null;
                    contactEmail?: string | null;
                    engagementRate?: number | null;
                    posts?: {
                        externalId: string;
                        /**
                         * Format: date-time
                         * @example 2026-11-24T09:00:00Z
                         */
                        postedAt: string;
                        caption?: string | null;
                        likes?: number | null;
                        comments?: number | null;
                        shares?: number | null;
                        saves?: number | null;
                        views?: number | null;
                        sponsored?: boolean;
                        brands?: string[];
                        commentTexts?: string[];
                    }[];
                    snapshots?: {
                        /**
                         * Format: date
                         * @example 2026-11-24
                         */
                        takenOn: string;
                        followers: number;
                    }[];
                    audience?: {
                        countries?: {
                            [key: string]: number;
                        };
                        ages?: {
                            [key: string]: number;
                        };
                        genders?: {
                            [key: string]: number;
                        };
                        credibility?: number | null;
                        source?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The account with its recomputed signals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeCreators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The creator folded into this one and removed */
                    duplicateId: string;
                    /** @description Whose name and email stay; the survivor's unless said otherwise */
                    keep?: {
                        /** @enum {string} */
                        name?: "survivor" | "duplicate";
                        /** @enum {string} */
                        email?: "survivor" | "duplicate";
                    };
                };
            };
        };
        responses: {
            /** @description The surviving creator with every account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Creator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per campaign, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            campaignId: string;
                            name: string;
                            brand: string;
                            startDate: string;
                            endDate: string;
                            currency: string;
                            stage: string;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            stageChangedAt: string;
                            contract: {
                                version: number;
                                /** @description Minor units of currency */
                                committedAmount: number;
                                currency: string;
                                /**
                                 * @description UTC ISO-8601 time
                                 * @example 2026-11-24T09:00:00.000Z
                                 */
                                acceptedAt: string;
                            } | null;
                            results: {
                                posts: number;
                                reach: number | null;
                                engagements: number | null;
                                clicks: number;
                                orders: number;
                                /** @description Minor units of the campaign currency */
                                revenue: number;
                                basis: {
                                    /** @enum {string} */
                                    reach: "measured" | "estimated" | "mixed" | "unknown";
                                    /** @enum {string} */
                                    engagements: "measured" | "estimated" | "mixed" | "unknown";
                                };
                            } | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    estimateCreatorFee: {
        parameters: {
            query?: {
                currency?: string;
            };
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One estimate per account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountId: string;
                            /** @enum {string} */
                            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                            handle: string;
                            format: string;
                            currency: string;
                            /** @description Minor units */
                            expected: number;
                            low: number;
                            high: number;
                            /** @enum {string} */
                            basis: "history" | "default";
                            pastFees: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadCreatorImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                    /**
                     * @description From the file name when left out
                     * @enum {string}
                     */
                    format?: "csv" | "json";
                    content: string;
                };
            };
        };
        responses: {
            /** @description The uploaded file's preview; start it with a mapping */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorImport"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCreatorImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Column → field it fills (see the preview's fields), or null to leave it out */
                    mapping: {
                        [key: string]: string | null;
                    };
                    /**
                     * @description Platform for rows without one or a profile URL
                     * @enum {string}
                     */
                    platform?: "instagram" | "tiktok" | "youtube" | "linkedin";
                };
            };
        };
        responses: {
            /** @description The import, queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorImport"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorImport"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCreatorImportRejections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per rejected row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorFit: {
        parameters: {
            query: {
                campaignId: string;
            };
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each account's audience fit for the campaign, with conflicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        accounts: {
                            accountId: string;
                            /** @enum {string} */
                            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                            handle: string;
                            score: number | null;
                            components: {
                                name: string;
                                weight: number;
                                value: number | null;
                                /** @enum {string} */
                                status: "known" | "unknown" | "not_targeted";
                            }[];
                            unknown: string[];
                            conflicts: string[];
                            locationMismatch: boolean;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLookalikes: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Similar creators, most similar first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                            handle: string;
                            profileUrl: string | null;
                            followers: number;
                            /** @enum {string} */
                            tier: "emerging" | "nano" | "micro" | "mid" | "macro" | "mega";
                            /** @description Engagement rate by followers (M2), a fraction */
                            engagementRate: number | null;
                            country: string | null;
                            language: string | null;
                            niches: string[];
                            following: number | null;
                            postsCount: number | null;
                            city: string | null;
                            bio: string | null;
                            contactEmail: string | null;
                            /** @description Engagement rate by views (M2), a fraction */
                            engagementRateViews: number | null;
                            /** @description M4 quality score, 0–100 */
                            qualityScore: number;
                            qualityFlags: components["schemas"]["QualityFlag"][];
                            /** @description M5 sponsored share of the last 90 days */
                            sponsoredShare: number | null;
                            /** @enum {string} */
                            saturation: "none" | "saturated" | "strong";
                            sponsoredBrands: string[];
                            lastEnrichedAt: string | null;
                            creatorId: string;
                            name: string;
                            /** @description 0–1 */
                            similarity: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreatorLists: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shortlists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreatorList"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreatorList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The new shortlist */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorList"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorList: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shortlist with its creators and notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            creator: components["schemas"]["Creator"];
                            note: string | null;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            addedAt: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                        id: string;
                        name: string;
                        description: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCreatorListItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        creatorId: string;
                        note?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description The shortlist's items after the addition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        alreadyIn: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCreatorListItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed from the shortlist */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCreatorListCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shortlist's creators, one CSV line each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCreatorListToCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    campaignId: string;
                };
            };
        };
        responses: {
            /** @description How many creators were shortlisted and how many were already in the campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        alreadyIn: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedSearches: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved searches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            query: {
                                [key: string]: string | string[];
                            };
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    query: {
                        [key: string]: string | string[];
                    };
                };
            };
        };
        responses: {
            /** @description The saved search */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        query: {
                            [key: string]: string | string[];
                        };
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                savedSearchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved search is deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each connector's settings (keys masked) and status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Connector"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "youtube" | "instagram";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description YouTube Data API key */
                    apiKey?: string | null;
                    /** @description Instagram Graph API token */
                    accessToken?: string | null;
                    businessAccountId?: string | null;
                    baseUrl?: string | null;
                    refreshIntervalHours?: number;
                };
            };
        };
        responses: {
            /** @description The connector's saved settings and status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Connector"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "youtube" | "instagram";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountIds?: string[];
                };
            };
        };
        responses: {
            /** @description The enrichment job queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchYouTubeChannels: {
        parameters: {
            query: {
                /** @description Keywords */
                q: string;
                /** @description ISO 3166-1 alpha-2: channels relevant to viewers in this country */
                regionCode?: string;
                /** @description ISO 639-1: channels most relevant to this language */
                relevanceLanguage?: string;
                /** @description The nextPageToken of the previous page; leave out for the first page */
                pageToken?: string;
                /** @description Channels per page: 25 unless given, at most 50 */
                maxResults?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of channels with their statistics, whether each is in the database, and today's quota used */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["YouTubeChannel"][];
                        /** @description Pass as pageToken for the next page; null on the last */
                        nextPageToken: string | null;
                        /** @description YouTube's estimate of the matches, not a count */
                        totalResults: number | null;
                        quota: components["schemas"]["YouTubeQuota"];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: a dependency (the database) cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getYouTubeQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units used today of the daily quota, and when it resets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouTubeQuota"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addYouTubeChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelIds: string[];
                    /** @description A shortlist to add the creators to as well */
                    listId?: string;
                };
            };
        };
        responses: {
            /** @description What happened to each channel, what was added to the list, and today's quota used */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            channelId: string;
                            title: string | null;
                            /** @enum {string} */
                            outcome: "created" | "existing" | "skipped";
                            creatorId: string | null;
                            /** @description Why a skipped channel was not added */
                            reason: string | null;
                        }[];
                        created: number;
                        existing: number;
                        skipped: number;
                        /** @description What adding to the list did; null when no list was given */
                        list: {
                            id: string;
                            added: number;
                            alreadyIn: number;
                        } | null;
                        quota: components["schemas"]["YouTubeQuota"];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: a dependency (the database) cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshPostMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics jobs queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Live posts on a configured platform to fetch */
                        queued: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnectionClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platforms' apps */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        encryptionKeySet: boolean;
                        encryptionKeyProblem: string | null;
                        items: components["schemas"]["ConnectionClient"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveConnectionClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientId: string;
                    /** @description Leave out to keep the stored secret */
                    clientSecret?: string;
                };
            };
        };
        responses: {
            /** @description The platform's app as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionClient"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteConnectionClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                platform: "instagram" | "youtube" | "tiktok";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                /** @description Which campaigns: active (default), archived, or all */
                status?: "active" | "archived" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaigns, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            slug: string;
                            name: string;
                            brand: string;
                            /** @enum {string} */
                            goal: "awareness" | "consideration" | "conversion" | "loyalty";
                            funnelRole: string;
                            startDate: string;
                            endDate: string;
                            currency: string;
                            budget: number | null;
                            attributionWindowDays: number;
                            idealCustomerProfile: {
                                countries: string[];
                                ageMin: number | null;
                                ageMax: number | null;
                                genders: ("female" | "male" | "other")[];
                                niches: string[];
                                languages: string[];
                                tiers: ("emerging" | "nano" | "micro" | "mid" | "macro" | "mega")[];
                                personas: {
                                    name: string;
                                    description: string | null;
                                    motivations: string[];
                                }[];
                            };
                            competitorBrands: string[];
                            kpis: {
                                /** @enum {string} */
                                metric: "cost" | "impressions" | "reach" | "views" | "engagements" | "engagement_rate" | "engagement_rate_followers" | "clicks" | "ctr" | "leads" | "orders" | "conversions" | "conversion_rate" | "new_customers" | "revenue" | "emv" | "cpm" | "cpv" | "cpe" | "cpc" | "cpl" | "cpa" | "cac" | "roas" | "roi";
                                /** @enum {string} */
                                comparison: "gte" | "lte";
                                target: number;
                                /** @enum {string} */
                                unit: "count" | "fraction" | "money" | "ratio";
                            }[];
                            /** @description When the campaign was archived; null while active */
                            archivedAt: string | null;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            updatedAt: string;
                            creatorsByStage: {
                                [key: string]: number;
                            };
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    goal: "awareness" | "consideration" | "conversion" | "loyalty";
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    startDate: string;
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    endDate: string;
                    /** @example EUR */
                    currency: string;
                    brand?: string;
                    /** @description Minor units of the currency */
                    budget?: number | null;
                    /** @description Default 30 */
                    attributionWindowDays?: number;
                    idealCustomerProfile?: components["schemas"]["IdealCustomerProfileInput"];
                    competitorBrands?: string[];
                    kpis?: {
                        /** @enum {string} */
                        metric: "cost" | "impressions" | "reach" | "views" | "engagements" | "engagement_rate" | "engagement_rate_followers" | "clicks" | "ctr" | "leads" | "orders" | "conversions" | "conversion_rate" | "new_customers" | "revenue" | "emv" | "cpm" | "cpv" | "cpe" | "cpc" | "cpl" | "cpa" | "cac" | "roas" | "roi";
                        /**
                         * @description gte: at least the target; lte: at most the target
                         * @enum {string}
                         */
                        comparison: "gte" | "lte";
                        /** @description Counts as counts, rates as fractions (0.03 = 3%), money in minor units */
                        target: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The new campaign */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    goal?: "awareness" | "consideration" | "conversion" | "loyalty";
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    startDate?: string;
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    endDate?: string;
                    /** @example EUR */
                    currency?: string;
                    brand?: string;
                    /** @description Minor units of the currency */
                    budget?: number | null;
                    /** @description Default 30 */
                    attributionWindowDays?: number;
                    idealCustomerProfile?: components["schemas"]["IdealCustomerProfileInput"];
                    competitorBrands?: string[];
                    kpis?: {
                        /** @enum {string} */
                        metric: "cost" | "impressions" | "reach" | "views" | "engagements" | "engagement_rate" | "engagement_rate_followers" | "clicks" | "ctr" | "leads" | "orders" | "conversions" | "conversion_rate" | "new_customers" | "revenue" | "emv" | "cpm" | "cpv" | "cpe" | "cpc" | "cpl" | "cpa" | "cac" | "roas" | "roi";
                        /**
                         * @description gte: at least the target; lte: at most the target
                         * @enum {string}
                         */
                        comparison: "gte" | "lte";
                        /** @description Counts as counts, rates as fractions (0.03 = 3%), money in minor units */
                        target: number;
                    }[];
                    /** @description true archives the campaign (hidden from the list by default); false restores it */
                    archived?: boolean;
                };
            };
        };
        responses: {
            /** @description The changed campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    duplicateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default: the name with “(copy)” */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The new campaign */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The planning phases and what each lacks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlan"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    planCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units of the campaign currency; default the campaign budget */
                    budget?: number;
                    /**
                     * @description Default follows the campaign goal
                     * @enum {string}
                     */
                    goal?: "reach" | "impressions" | "engagements" | "clicks" | "conversions" | "revenue";
                    candidates?: components["schemas"]["PlanCandidatesInput"];
                    /** @description Exactly these creators; `candidates` is the usual way to choose them */
                    creatorIds?: string[];
                    perTier?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                        };
                    };
                    perPlatform?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                        };
                    };
                    perCountry?: {
                        [key: string]: {
                            min?: number;
                            max?: number;
                        };
                    };
                    maxShareOfBudget?: number;
                    minQuality?: number;
                    maxDeliverablesPerCreator?: number;
                    averageOrderValue?: number;
                };
            };
        };
        responses: {
            /** @description The proposed creator mix, its forecast and gap, beside two naive alternatives */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPlanResult"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Committed and forecast spend against the budget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignBudget"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignCreators: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's creators with their stages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CampaignCreator"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCampaignCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creatorId: string;
                    /**
                     * @description Default shortlisted; later stages follow the pipeline rules
                     * @enum {string}
                     */
                    stage?: "shortlisted" | "contacted" | "negotiating" | "contracted" | "in_production" | "live" | "completed" | "declined" | "dropped";
                    reason?: string;
                    /** @enum {string} */
                    collaborationType?: "sponsored_post" | "review" | "tutorial" | "giveaway" | "affiliate" | "ambassador";
                };
            };
        };
        responses: {
            /** @description The creator's place in the campaign */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCreator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCampaignCreators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creatorIds: string[];
                };
            };
        };
        responses: {
            /** @description How many creators were added and how many were already in the campaign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        added: number;
                        alreadyIn: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCampaignCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    stage?: "shortlisted" | "contacted" | "negotiating" | "contracted" | "in_production" | "live" | "completed" | "declined" | "dropped";
                    reason?: string;
                    collaborationType?: ("sponsored_post" | "review" | "tutorial" | "giveaway" | "affiliate" | "ambassador") | null;
                    termMonths?: number | null;
                    deliverablesPerMonth?: number | null;
                    termEndsOn?: string | null;
                };
            };
        };
        responses: {
            /** @description The creator's place in the campaign after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCreator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewCampaignCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creator's place in the campaign with the renewed term */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCreator"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStageChanges: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pipeline moves, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            creatorId: string;
                            from: ("shortlisted" | "contacted" | "negotiating" | "contracted" | "in_production" | "live" | "completed" | "declined" | "dropped") | null;
                            /** @enum {string} */
                            to: "shortlisted" | "contacted" | "negotiating" | "contracted" | "in_production" | "live" | "completed" | "declined" | "dropped";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                                label: string;
                            };
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            at: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignCosts: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign-level costs and their total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CampaignCost"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Every cost of the campaign added up, minor units of currency */
                        total: number;
                        currency: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCampaignCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What the cost was for
                     * @example Photo shoot for the launch
                     */
                    description: string;
                    /** @description Minor units of the campaign currency */
                    amount: number;
                    /**
                     * Format: date
                     * @description The day the cost fell on: where spend by day counts it
                     * @example 2026-11-24
                     */
                    incurredOn: string;
                    /** @description The campaign's currency, to confirm it; another one is refused, never converted */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description The cost as recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCost"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCampaignCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                costId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cost is deleted (the audit log keeps what it was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCampaignCost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                costId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description What the cost was for
                     * @example Photo shoot for the launch
                     */
                    description?: string;
                    /** @description Minor units of the campaign currency */
                    amount?: number;
                    /**
                     * Format: date
                     * @description The day the cost fell on: where spend by day counts it
                     * @example 2026-11-24
                     */
                    incurredOn?: string;
                    /** @description The campaign's currency, to confirm it; another one is refused, never converted */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description The cost after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignCost"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the offer, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Offer"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    terms: components["schemas"]["OfferTermsInput"];
                    /**
                     * @description brand: our proposal; creator: a counter-offer the brand records
                     * @default brand
                     * @enum {string}
                     */
                    proposedBy?: "brand" | "creator";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The offer's new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOutsideAcceptance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
            };
        };
        responses: {
            /** @description The contract, marked accepted outside Amplio */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadSignedDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed document, as uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContracts: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                campaignId?: string;
                creatorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contracts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contract"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadContractPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contractId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract as a PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The caption or description, as the creator wrote it */
                    caption: string;
                    /** @enum {string} */
                    jurisdiction: "de" | "fr" | "in" | "uk" | "us";
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    brand?: string;
                    /**
                     * @description The material connection (C1); when absent the checker assumes `paid` and says so
                     * @enum {string}
                     */
                    connection?: "paid" | "affiliate" | "gift" | "gift-uncontrolled" | "family" | "employee";
                    /** @description Hashtags the brief requires, with or without # */
                    requiredHashtags?: string[];
                    /** @description Handles the brief requires, with or without @ */
                    requiredMentions?: string[];
                    /** @description Words or claims from the brief's do-nots; each matches its word forms in the jurisdiction's language, or only as written when quoted */
                    forbiddenTerms?: string[];
                    trackingLink?: string;
                    discountCode?: string;
                    /** @description The disclosure wording the brief demands */
                    requiredDisclosure?: string;
                    /** @description Defaults to true on TikTok and YouTube */
                    isVideo?: boolean;
                    retouchedImages?: boolean;
                    virtualImages?: boolean;
                };
            };
        };
        responses: {
            /** @description The findings, each with its rule, severity and fix */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceResult"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listJurisdictions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jurisdictions and their rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            sources: string[];
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmailTemplates: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EmailTemplate"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    subject: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description The new template */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplate"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplate"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    subject: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description The replaced template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplate"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description The rendered subject and body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subject: string;
                        text: string;
                        html: string;
                        to: string | null;
                        from: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    body: string;
                    templateId?: string;
                    /** @description A saved sequence whose steps are sent as follow-ups, each after its days without a reply */
                    sequenceId?: string;
                    /** @description Sent in order, each after N days without a reply; stopped by a reply, an opt-out or a stage change */
                    followUps?: {
                        templateId: string;
                        afterDays: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The sent (or queued) email */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessage"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmailThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation with its messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailThread"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description The logged reply */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threadId: string;
                        messageId: string;
                        campaignId: string;
                        creatorId: string;
                        optedOut: boolean;
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveInboundEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    to: string;
                    /** @default  */
                    subject?: string;
                    text: string;
                    messageId: string;
                    inReplyTo?: string | null;
                    references?: string[];
                };
            };
        };
        responses: {
            /** @description The email was already received (same message id) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threadId: string;
                        messageId: string;
                        campaignId: string;
                        creatorId: string;
                        optedOut: boolean;
                        duplicate: boolean;
                    };
                };
            };
            /** @description The reply, threaded to its conversation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        threadId: string;
                        messageId: string;
                        campaignId: string;
                        creatorId: string;
                        optedOut: boolean;
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                campaignId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The emails waiting to be sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            direction: "outbound" | "inbound";
                            /** @enum {string} */
                            status: "queued" | "sent" | "outbox" | "failed" | "received" | "logged";
                            from: string;
                            to: string;
                            subject: string;
                            text: string;
                            html: string | null;
                            messageId: string;
                            inReplyTo: string | null;
                            followUpStep: number | null;
                            error: string | null;
                            sentAt: string | null;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                            campaignId: string;
                            creatorId: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                        smtpConfigured: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markEmailSent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email is marked sent */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutreachSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sender and daily send limit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachSettings"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOutreachSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutreachSettingsInput"];
            };
        };
        responses: {
            /** @description The saved sender and daily send limit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachSettings"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDoNotContact: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                /** @description A part of the address or the reason */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses never to email */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            reason: string;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDoNotContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The address is on the list */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDoNotContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address is off the list */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMergeFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merge fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            field: string;
                            description: string;
                            example: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEmailSequences: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-up sequences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EmailSequence"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmailSequence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    steps: {
                        templateId: string;
                        afterDays: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The new sequence */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSequence"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceEmailSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sequenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    steps: {
                        templateId: string;
                        afterDays: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The replaced sequence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailSequence"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewBulkEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    body: string;
                    creatorIds: string[];
                };
            };
        };
        responses: {
            /** @description Each creator's email, or why they are skipped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            creatorId: string;
                            name: string;
                            to: string | null;
                            subject: string;
                            text: string;
                            /** @description Why this creator will not be emailed, or null */
                            skipReason: string | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendBulkEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Chosen once per bulk send; sending the same batch again emails nobody twice
                     */
                    batchId: string;
                    subject: string;
                    body: string;
                    templateId?: string;
                    /** @description A saved sequence whose steps are sent as follow-ups, each after its days without a reply */
                    sequenceId?: string;
                    /** @description Each creator; an edited subject and body are sent as written, without merge fields */
                    recipients: {
                        creatorId: string;
                        subject?: string;
                        body?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description What happened for each creator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            creatorId: string;
                            /** @enum {string} */
                            outcome: "sent" | "already_sent" | "skipped";
                            reason: string | null;
                            messageId: string | null;
                            status: ("queued" | "sent" | "outbox" | "failed" | "received" | "logged") | null;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLivePosts: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's live posts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LivePost"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLivePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creatorId: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    /** @enum {string} */
                    format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
                    url: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:00:00Z
                     */
                    postedAt: string;
                    caption?: string;
                    amplifications?: {
                        /** @enum {string} */
                        kind: "whitelisting" | "boost";
                        /** @description Minor units of the campaign currency */
                        spend: number;
                        /**
                         * Format: date
                         * @example 2026-11-24
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @example 2026-11-24
                         */
                        endDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The recorded live post */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivePost"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addAmplification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "whitelisting" | "boost";
                    /** @description Minor units of the campaign currency */
                    spend: number;
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    startDate: string;
                    /**
                     * Format: date
                     * @example 2026-11-24
                     */
                    endDate: string;
                };
            };
        };
        responses: {
            /** @description The live post with its paid amplification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivePost"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPostMetrics: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post's metric snapshots, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PostMetricSnapshot"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addPostMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:00:00Z
                     */
                    capturedAt?: string;
                    impressions?: number | null;
                    reach?: number | null;
                    views?: number | null;
                    likes?: number | null;
                    comments?: number | null;
                    shares?: number | null;
                    saves?: number | null;
                    linkClicks?: number | null;
                };
            };
        };
        responses: {
            /** @description The recorded snapshot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostMetricSnapshot"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPostMetricsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description How many rows were imported, and each rejected row with its reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                        rejected: {
                            line: number;
                            field: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignSentiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's comment sentiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSentiment"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getForecastCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forecast beside actual for each creator's posts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Measured campaigns that ended before this one began */
                        basedOnCampaigns: number;
                        byCreator: {
                            creatorId: string;
                            name: string;
                            posts: number;
                            metrics: {
                                reach: {
                                    forecast: {
                                        expected: number;
                                        low: number;
                                        high: number;
                                    };
                                    /** @description Measured; null where the report has only an estimate */
                                    actual: number | null;
                                    /** @description Inside the forecast's 80% interval */
                                    withinInterval: boolean | null;
                                    /** @description Actual ÷ expected */
                                    ratio: number | null;
                                };
                                engagements: {
                                    forecast: {
                                        expected: number;
                                        low: number;
                                        high: number;
                                    };
                                    /** @description Measured; null where the report has only an estimate */
                                    actual: number | null;
                                    /** @description Inside the forecast's 80% interval */
                                    withinInterval: boolean | null;
                                    /** @description Actual ÷ expected */
                                    ratio: number | null;
                                };
                                clicks: {
                                    forecast: {
                                        expected: number;
                                        low: number;
                                        high: number;
                                    };
                                    /** @description Measured; null where the report has only an estimate */
                                    actual: number | null;
                                    /** @description Inside the forecast's 80% interval */
                                    withinInterval: boolean | null;
                                    /** @description Actual ÷ expected */
                                    ratio: number | null;
                                };
                                conversions: {
                                    forecast: {
                                        expected: number;
                                        low: number;
                                        high: number;
                                    };
                                    /** @description Measured; null where the report has only an estimate */
                                    actual: number | null;
                                    /** @description Inside the forecast's 80% interval */
                                    withinInterval: boolean | null;
                                    /** @description Actual ÷ expected */
                                    ratio: number | null;
                                };
                            };
                        }[];
                        summary: {
                            reach: {
                                creators: number;
                                /** @description Share inside their 80% interval (fraction) */
                                withinInterval: number | null;
                                /** @description Median of actual ÷ expected: the model's bias */
                                medianRatio: number | null;
                            };
                            engagements: {
                                creators: number;
                                /** @description Share inside their 80% interval (fraction) */
                                withinInterval: number | null;
                                /** @description Median of actual ÷ expected: the model's bias */
                                medianRatio: number | null;
                            };
                            clicks: {
                                creators: number;
                                /** @description Share inside their 80% interval (fraction) */
                                withinInterval: number | null;
                                /** @description Median of actual ÷ expected: the model's bias */
                                medianRatio: number | null;
                            };
                            conversions: {
                                creators: number;
                                /** @description Share inside their 80% interval (fraction) */
                                withinInterval: number | null;
                                /** @description Median of actual ÷ expected: the model's bias */
                                medianRatio: number | null;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brief, its versions and what last changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveCampaignBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        /** @description Every field may be left out and starts empty */
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    objective?: string;
                    /** @default [] */
                    keyMessages?: string[];
                    /** @default [] */
                    talkingPoints?: string[];
                    /** @default  */
                    creativeGuidelines?: string;
                    /** @default [] */
                    dos?: string[];
                    /** @default [] */
                    donts?: string[];
                    /** @default [] */
                    requiredHashtags?: string[];
                    /** @default [] */
                    requiredMentions?: string[];
                    /** @default [] */
                    forbiddenTerms?: string[];
                    /** @default  */
                    requiredDisclosure?: string;
                    /**
                     * @default us
                     * @enum {string}
                     */
                    jurisdiction?: "de" | "fr" | "in" | "uk" | "us";
                    /** @default  */
                    trackingLink?: string;
                    /** @default  */
                    discountCode?: string;
                    /** @default [] */
                    referenceLinks?: {
                        label: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    /** @default [] */
                    deadlines?: {
                        label: string;
                        /**
                         * Format: date
                         * @example 2026-11-24
                         */
                        date: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The brief's new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreatorBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brief in force for the creator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveCreatorBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BriefOverrideBody"];
            };
        };
        responses: {
            /** @description The creator's brief with the override's new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addBriefFile: {
        parameters: {
            query: {
                /** @description The file's name as the team knows it; its type is read from the bytes */
                name: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/pdf": string;
                "image/*": string;
                "video/*": string;
            };
        };
        responses: {
            /** @description The brief's new version, listing the file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadBriefFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/*": string;
                    "video/*": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeBriefFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brief's new version, without the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCreatorBriefFile: {
        parameters: {
            query: {
                /** @description The file's name as the team knows it; its type is read from the bytes */
                name: string;
            };
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/pdf": string;
                "image/*": string;
                "video/*": string;
            };
        };
        responses: {
            /** @description The creator's brief, listing the file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCreatorBriefFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                fileId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creator's brief, without the file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Brief"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                    /** @enum {string} */
                    format: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
                    /**
                     * Format: date
                     * @description When the draft is due for review
                     * @example 2026-11-24
                     */
                    dueDate: string;
                };
            };
        };
        responses: {
            /** @description The new deliverable */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverable"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeliverablesFromContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliverables made from the contract */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contractId: string;
                        contractVersion: number;
                        /** @description The deliverables made now, in the contract's order */
                        created: components["schemas"]["ReviewDeliverable"][];
                        /** @description Contracted items whose deliverable existed already (same title), not made twice */
                        alreadyCreated: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeliverables: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's deliverables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewDeliverable"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliverable with its drafts, findings and timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commentOnDeliverable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description A span of the latest draft's caption: UTF-16 indices, end exclusive */
                    quote?: {
                        start: number;
                        end: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The deliverable with the new comment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideOnDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "request_changes";
                    body: string;
                } | {
                    /** @enum {string} */
                    decision: "approve";
                    body?: string | null;
                    /** @description Required to approve a draft with an error finding; recorded */
                    overrideReason?: string | null;
                };
            };
        };
        responses: {
            /** @description The deliverable with the decision recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordDeliverableLivePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliverableId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /**
                     * @description UTC ISO-8601 time
                     * @example 2026-11-24T09:00:00.000Z
                     */
                    postedAt: string;
                    caption?: string | null;
                };
            };
        };
        responses: {
            /** @description The deliverable with its live post */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDeliverableDetail"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContentLibrary: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                campaignId?: string;
                creatorId?: string;
                platform?: "instagram" | "tiktok" | "youtube" | "linkedin";
                format?: "post" | "reel" | "story" | "short" | "video" | "live" | "carousel" | "newsletter" | "webinar" | "article";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved and live content with usage rights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            deliverableId: string;
                            campaignId: string;
                            creatorId: string;
                            title: string;
                            /** @enum {string} */
                            platform: "instagram" | "tiktok" | "youtube" | "linkedin";
                            format: string;
                            /** @enum {string} */
                            status: "approved" | "live";
                            caption: string;
                            media: ({
                                /** @enum {string} */
                                kind: "link";
                                url: string;
                            } | {
                                /** @enum {string} */
                                kind: "upload";
                                mediaId: string;
                                contentType: string;
                            })[];
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            approvedAt: string;
                            liveUrl: string | null;
                            postedAt: string | null;
                            usageRights: {
                                channels: string[];
                                durationDays: number;
                                paidAds: boolean;
                                whitelisting: boolean;
                                /**
                                 * @description UTC ISO-8601 time
                                 * @example 2026-11-24T09:00:00.000Z
                                 */
                                startsAt: string;
                                /**
                                 * @description UTC ISO-8601 time
                                 * @example 2026-11-24T09:00:00.000Z
                                 */
                                expiresAt: string;
                                /** @enum {string} */
                                state: "active" | "expiring_soon" | "expired";
                            } | null;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mediaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                    "video/*": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendPortalLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where and until when the link was sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        expiresAt: string;
                        /** @description queued: the SMTP job sends it; the link is never shown to the team */
                        emailStatus: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `Retry-After` header's seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokePortalAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many links and sessions were ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReport"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRetentionImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Repeat rates of creator-acquired and other customers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        windowDays: number;
                        from: string;
                        to: string;
                        acquiredByCreators: {
                            customers: number;
                            /** @description Customers whose 90-day window has closed */
                            eligible: number;
                            repeated: number;
                            /** @description repeated ÷ eligible (fraction); null while none is eligible */
                            repeatRate: number | null;
                        };
                        otherCustomers: {
                            customers: number;
                            /** @description Customers whose 90-day window has closed */
                            eligible: number;
                            repeated: number;
                            /** @description repeated ÷ eligible (fraction); null while none is eligible */
                            repeatRate: number | null;
                        };
                        /** @description Creators' repeat rate minus the others' */
                        difference: number | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRenewals: {
        parameters: {
            query?: {
                /** @description A target conversion rate (fraction) to use instead of the KPI or median */
                targetRate?: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creators ranked for renewal, with the target and the prior used */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        target: {
                            /** @description Conversions per click; null when there is none */
                            rate: number | null;
                            /** @enum {string} */
                            source: "kpi" | "organisation-median" | "given" | "none";
                            description: string;
                        };
                        prior: {
                            alpha: number;
                            beta: number;
                            mean: number;
                            /** @description Creators with at least one click it was fitted to */
                            creators: number;
                            /** @enum {string} */
                            source: "empirical" | "weak-default";
                            description: string;
                        };
                        creators: {
                            creatorId: string;
                            name: string;
                            clicks: number;
                            /** @description Orders and leads */
                            conversions: number;
                            rawRate: number | null;
                            posteriorMean: number;
                            /** @description 80% credible interval of conversions per click */
                            interval: {
                                lower: number;
                                upper: number;
                            };
                            renew: boolean;
                            reason: string;
                            revenue: number;
                            cost: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteOnLastTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The campaign to invite the creator to */
                    targetCampaignId: string;
                };
            };
        };
        responses: {
            /** @description The creator was added to the target campaign, with the offer proposed on the last terms (null without terms) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targetCampaignId: string;
                        creatorId: string;
                        offer: components["schemas"]["Offer"] | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report's creator rows and total, one CSV line each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a PDF document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareCampaigns: {
        parameters: {
            query: {
                /** @description 2 to 10 campaign ids of the caller's organisation, comma-separated */
                campaignIds: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaigns' totals side by side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignComparison"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareCreators: {
        parameters: {
            query: {
                /** @description 1 to 50 creator ids, comma-separated */
                creatorIds: string[];
                /** @description Campaigns to look in (1 to 10); default: every campaign with one of the creators */
                campaignIds?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each creator's rows per campaign and total */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorComparison"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayouts: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout ledger */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PayoutEntry"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                        balances: {
                            creatorId: string;
                            pending: number;
                            approved: number;
                            paid: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadPayoutsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout ledger's entries, one CSV line each */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePayoutsInBulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description approve: pending entries already payable; pay: approved entries
                     * @enum {string}
                     */
                    action: "approve" | "pay";
                    /** @description Only this creator's entries; default: every creator in the campaign */
                    creatorId?: string;
                };
            };
        };
        responses: {
            /** @description How many entries changed and their total per currency */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: number;
                        totals: {
                            currency: string;
                            amount: number;
                        }[];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutEntry"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payPayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paid entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutEntry"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidPayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voided entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutEntry"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaigns in progress and what needs the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Today"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinks: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's tracking links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            shortUrl: string;
                            destinationUrl: string;
                            /** @description Destination with UTM parameters; each click adds amp_cid */
                            targetUrl: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            campaignId: string;
                            creatorId: string;
                            deliverableId: string | null;
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                            /** @description Human clicks, all time */
                            clicks: number;
                            botClicks: number;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creatorId: string;
                    /** @description http or https URL */
                    destinationUrl: string;
                    /** @description Custom code (3–64 letters, digits, - or _); default a random 8-character code */
                    slug?: string;
                    deliverableId?: string;
                };
            };
        };
        responses: {
            /** @description The new tracking link with its short URL */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tracking link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The tracking link with its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLinkQrCode: {
        parameters: {
            query?: {
                format?: "png" | "svg";
            };
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code as a PNG image or SVG text, as `format` asks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLinkAnalytics: {
        parameters: {
            query?: {
                /** @description Default 30 days before `to` */
                from?: string;
                /** @description Default now */
                to?: string;
                granularity?: "hour" | "day";
                creatorId?: string;
            };
            header?: never;
            path: {
                linkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link's analytics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkAnalytics"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCampaignLinkAnalytics: {
        parameters: {
            query?: {
                /** @description Default 30 days before `to` */
                from?: string;
                /** @description Default now */
                to?: string;
                granularity?: "hour" | "day";
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's link analytics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkAnalytics"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDiscountCodes: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                creatorId?: string;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's discount codes, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DiscountCode"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDiscountCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creatorId: string;
                    /** @enum {string} */
                    valueType: "percent" | "fixed";
                    /** @description percent: a fraction (0.15 = 15% off); fixed: minor units of the campaign currency (1000 = 10.00) */
                    value: number;
                    /** @description Use this code; default: generate one */
                    code?: string;
                    /** @description Prefix for generated codes, e.g. MAYA */
                    prefix?: string;
                    /**
                     * @description How many codes to generate
                     * @default 1
                     */
                    count?: number;
                };
            };
        };
        responses: {
            /** @description The new codes */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DiscountCode"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importDiscountCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        creatorId: string;
                        code: string;
                        /** @enum {string} */
                        valueType: "percent" | "fixed";
                        /** @description percent: a fraction (0.15 = 15% off); fixed: minor units of the campaign currency (1000 = 10.00) */
                        value: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The imported codes */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DiscountCode"][];
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportDiscountCodesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The codes in Shopify's discount import columns */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConversions: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
                campaignId?: string;
                /** @description false: only orders awaiting confirmation */
                verified?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Conversion"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordConversion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description lead: a sign-up, trial, demo request or registration; may carry no amount
                     * @default order
                     * @enum {string}
                     */
                    type?: "order" | "lead";
                    /** @description Your order or lead id; repeats are ignored */
                    orderId: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:00:00Z
                     */
                    occurredAt: string;
                    /** @description Minor units after discounts, excluding tax and shipping; required for orders */
                    amount?: number;
                    currency?: string;
                    customerId?: string;
                    isNewCustomer?: boolean;
                    discountCodes?: string[];
                    /** @description The amp_cid the visitor arrived with */
                    clickId?: string;
                    /** @description Landing page URL; its amp_cid is used */
                    landingUrl?: string;
                };
            };
        };
        responses: {
            /** @description The conversion was already recorded (same order id): its attribution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The recorded conversion and its attribution */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order, now verified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversion"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversion with its attribution and refunds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionWithRefunds"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units of the order's currency */
                    amount: number;
                    /**
                     * Format: date-time
                     * @example 2026-11-24T09:00:00Z
                     */
                    occurredAt: string;
                    /** @description Your refund id; repeats are ignored */
                    refundId?: string;
                };
            };
        };
        responses: {
            /** @description The refund was already recorded (same refund id): the conversion as it stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The conversion with the refund recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        orderId: string;
                        /** @enum {string} */
                        type: "order" | "lead";
                        /** @enum {string} */
                        source: "api" | "shopify" | "storefront";
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        occurredAt: string;
                        amount: number | null;
                        refundedAmount: number;
                        netAmount: number | null;
                        currency: string | null;
                        customerId: string | null;
                        isNewCustomer: boolean | null;
                        discountCodes: string[];
                        clickId: string | null;
                        attribution: {
                            /**
                             * @description Why it was attributed (M11)
                             * @enum {string}
                             */
                            reason: "code" | "click" | "none";
                            campaignId: string | null;
                            creatorId: string | null;
                            discountCodeId: string | null;
                            clickId: string | null;
                            linkId: string | null;
                            /** @description A click in the window pointed at this creator; the code won */
                            conflictingCreatorId: string | null;
                        };
                        /** @description null while only a shop's page reported the order: it earns no commission until the shop's server reports it or a person approves it */
                        verification: {
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            verifiedAt: string;
                            /** @description "api", "shopify", or the person who approved it */
                            verifiedBy: string;
                        } | null;
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description true: this order id was already recorded; nothing changed */
                        duplicate: boolean;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCampaignConversions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's attributed conversions and their summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaignId: string;
                        currency: string;
                        totals: {
                            conversions: number;
                            orders: number;
                            leads: number;
                            revenue: number;
                            refunded: number;
                            byCode: number;
                            byClick: number;
                            conflicts: number;
                        };
                        byCreator: {
                            creatorId: string;
                            conversions: number;
                            orders: number;
                            leads: number;
                            revenue: number;
                            refunded: number;
                            byCode: number;
                            byClick: number;
                            conflicts: number;
                        }[];
                        otherCurrencyConversions: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStorefrontKeys: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publishable keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            publishableKey: string;
                            allowedOrigins: string[];
                            /**
                             * @description UTC ISO-8601 time
                             * @example 2026-11-24T09:00:00.000Z
                             */
                            createdAt: string;
                            /** @description Paste into every page of the shop */
                            snippet: string;
                        }[];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStorefrontKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    allowedOrigins?: string[];
                };
            };
        };
        responses: {
            /** @description The publishable key and the snippet to paste */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        publishableKey: string;
                        allowedOrigins: string[];
                        /**
                         * @description UTC ISO-8601 time
                         * @example 2026-11-24T09:00:00.000Z
                         */
                        createdAt: string;
                        /** @description Paste into every page of the shop */
                        snippet: string;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShopifyConnections: {
        parameters: {
            query?: {
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connected stores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ShopifyConnection"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    connectShopify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example example.myshopify.com */
                    shopDomain: string;
                    /** @description The webhook signing secret from Shopify */
                    webhookSecret: string;
                };
            };
        };
        responses: {
            /** @description The connection and the webhook URL to register in Shopify */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopifyConnection"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application page's settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSettings"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApplicationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    open: boolean;
                    pitch: string;
                    questions: string[];
                };
            };
        };
        responses: {
            /** @description The saved settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSettings"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                status?: "new" | "accepted" | "declined" | "spam";
                /** @description Rows per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description The nextCursor of the previous page; leave out for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications and the count of new ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        /** @description Pass as cursor for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Applications waiting for a decision */
                        newCount: number;
                    };
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    campaignId: string;
                };
            };
        };
        responses: {
            /** @description The accepted application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    emailCreator?: boolean;
                    message?: string | null;
                };
            };
        };
        responses: {
            /** @description The declined application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type or content is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markApplicationSpam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, marked as spam */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is malformed or invalid; `errors` lists each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: no valid credentials were sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed (role, CSRF token or origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the detail carries a reference to the server log */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
