export interface CreatorListsTable {
  id: string;
  organisation_id: string;
  name: string;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface CreatorListItemsTable {
  list_id: string;
  creator_id: string;
  organisation_id: string;
  note: string | null;
  added_at: string;
}

export interface SavedSearchesTable {
  id: string;
  organisation_id: string;
  name: string;
  /** JSON of the search's query parameters. */
  query: string;
  created_by: string | null;
  created_at: string;
}

export interface DiscoveryTables {
  creator_lists: CreatorListsTable;
  creator_list_items: CreatorListItemsTable;
  saved_searches: SavedSearchesTable;
}
