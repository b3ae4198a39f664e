/** The audience source of data a creator authorised from their own account: shown as "verified by the creator". */
export const verifiedAudienceSource = "creator_verified";
