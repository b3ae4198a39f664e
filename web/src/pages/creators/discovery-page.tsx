import {
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Collapse,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { useDebouncedCallback, useDisclosure, useMediaQuery } from "@mantine/hooks";
import { keepPreviousData } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { $api } from "../../api/client";
import type { operations } from "../../api/schema";
import { type Column, DataTable } from "../../components/data-table";
import { ErrorAlert, PageHeader, SelectField } from "../../components/ui";
import { formatCount, formatRate, platformName } from "../../format";
import { useNewApplicationCount } from "../applications/new-count";
import { AddToList } from "./add-to-list";
import {
  AudienceFilterFields,
  type AudienceFilters,
  audienceFromParams,
  audienceSet,
  audienceToParams,
  audienceToQuery,
  emptyAudience,
} from "./audience-filters";
import { FitPopover } from "./creator-fit";
import { DatabaseSummary } from "./database-summary";
import { DiscoveryTabs } from "./discovery-tabs";
import {
  type CreatorSearch,
  type CreatorSearchItem,
  capitalise,
  type Facet,
  flagLabels,
  tierRanges,
  useCampaignOptions,
} from "./discovery-types";
import { countryName, countryOptions, groupedOptions, languageOptions, type Option } from "./filter-options";
import { SavedSearches } from "./saved-searches";

type SearchQuery = NonNullable<operations["searchCreators"]["parameters"]["query"]>;

const platforms = ["instagram", "tiktok", "youtube", "linkedin"];
const tiers = ["emerging", "nano", "micro", "mid", "macro", "mega"];
const sorts = [
  { value: "", label: "Best match / followers" },
  { value: "followers", label: "Followers" },
  { value: "engagementRate", label: "Engagement rate" },
  { value: "quality", label: "Quality score" },
  { value: "relevance", label: "Relevance (with a search)" },
  { value: "fit", label: "Audience fit (with a campaign)" },
];
const emailChoices = [
  { value: "", label: "Any" },
  { value: "true", label: "Has an email" },
  { value: "false", label: "No email" },
];

/** The filter form's state, in the API's parameter names; rates are typed as percentages and sent as fractions. */
interface Filters {
  q: string;
  platform: string[];
  tier: string[];
  niche: string[];
  country: string[];
  language: string[];
  minFollowers: string;
  maxFollowers: string;
  minEngagementPercent: string;
  maxEngagementPercent: string;
  minQuality: string;
  hasEmail: string;
  campaignId: string;
  excludeConflicts: boolean;
  sort: string;
  audience: AudienceFilters;
}

const emptyFilters: Filters = {
  q: "",
  platform: [],
  tier: [],
  niche: [],
  country: [],
  language: [],
  minFollowers: "",
  maxFollowers: "",
  minEngagementPercent: "",
  maxEngagementPercent: "",
  minQuality: "",
  hasEmail: "",
  campaignId: "",
  excludeConflicts: false,
  sort: "",
  audience: emptyAudience,
};

/** The filters hidden under "More filters"; the panel opens when one is set. */
const rangeKeys = [
  "minFollowers",
  "maxFollowers",
  "minEngagementPercent",
  "maxEngagementPercent",
  "minQuality",
  "hasEmail",
] as const;

/** The page address carries the applied search, so it can be shared, reloaded and saved. */
function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value.trim()) params.set(key, value.trim());
  };
  set("q", filters.q);
  for (const key of ["platform", "tier", "niche", "country", "language"] as const)
    if (filters[key].length) params.set(key, filters[key].join(","));
  set("minFollowers", filters.minFollowers);
  set("maxFollowers", filters.maxFollowers);
  const fraction = (percent: string) => (percent.trim() ? String(Number(percent) / 100) : "");
  set("minEngagementRate", fraction(filters.minEngagementPercent));
  set("maxEngagementRate", fraction(filters.maxEngagementPercent));
  set("minQuality", filters.minQuality);
  set("hasEmail", filters.hasEmail);
  set("campaignId", filters.campaignId);
  if (filters.campaignId && filters.excludeConflicts) params.set("excludeConflicts", "true");
  set("sort", filters.sort);
  audienceToParams(params, filters.audience);
  return params;
}

function fromParams(params: URLSearchParams): Filters {
  const list = (key: string) => (params.get(key) ?? "").split(",").filter(Boolean);
  const percent = (key: string) => {
    const value = params.get(key);
    return value ? String(Math.round(Number(value) * 10_000) / 100) : "";
  };
  return {
    q: params.get("q") ?? "",
    platform: list("platform"),
    tier: list("tier"),
    niche: list("niche"),
    country: list("country"),
    language: list("language"),
    minFollowers: params.get("minFollowers") ?? "",
    maxFollowers: params.get("maxFollowers") ?? "",
    minEngagementPercent: percent("minEngagementRate"),
    maxEngagementPercent: percent("maxEngagementRate"),
    minQuality: params.get("minQuality") ?? "",
    hasEmail: params.get("hasEmail") ?? "",
    campaignId: params.get("campaignId") ?? "",
    excludeConflicts: params.get("excludeConflicts") === "true",
    sort: params.get("sort") ?? "",
    audience: audienceFromParams(params),
  };
}

/** The API's query for the applied filters; empty filters are left out so equal searches share one cache entry. */
function toQuery(filters: Filters): SearchQuery {
  const number = (value: string) => (value.trim() ? Number(value) : undefined);
  const list = <T extends string>(values: string[]) => (values.length ? (values as T[]) : undefined);
  const rate = (percent: string) => (percent.trim() ? Number(percent) / 100 : undefined);
  return {
    q: filters.q.trim() || undefined,
    platform: list<NonNullable<SearchQuery["platform"]>[number]>(filters.platform),
    tier: list<NonNullable<SearchQuery["tier"]>[number]>(filters.tier),
    niche: list(filters.niche),
    country: list(filters.country),
    language: list(filters.language),
    minFollowers: number(filters.minFollowers),
    maxFollowers: number(filters.maxFollowers),
    minEngagementRate: rate(filters.minEngagementPercent),
    maxEngagementRate: rate(filters.maxEngagementPercent),
    minQuality: number(filters.minQuality),
    hasEmail: (filters.hasEmail || undefined) as SearchQuery["hasEmail"],
    campaignId: filters.campaignId || undefined,
    excludeConflicts: filters.campaignId && filters.excludeConflicts ? "true" : undefined,
    sort: (filters.sort || undefined) as SearchQuery["sort"],
    ...audienceToQuery(filters.audience),
    limit: 50,
  };
}

function FacetGroup({
  title,
  facets,
  label,
  onPick,
}: {
  title: string;
  facets: Facet[];
  label(value: string): string;
  onPick(value: string): void;
}) {
  if (facets.length === 0) return null;
  return (
    <Group component="section" aria-label={`${title} counts`} gap={6} wrap="wrap">
      <Text size="sm" fw={600} w={64}>
        {title}
      </Text>
      {facets.slice(0, 8).map((f) => (
        <Button
          key={f.value}
          size="compact-sm"
          variant="light"
          color="gray"
          onClick={() => onPick(f.value)}
          rightSection={
            <Text span size="xs" c="dimmed">
              {formatCount(f.count)}
            </Text>
          }
        >
          {label(f.value)}
        </Button>
      ))}
    </Group>
  );
}

function Flags({ row }: { row: CreatorSearchItem }) {
  const none = row.qualityFlags.length === 0 && row.saturation === "none" && row.conflicts.length === 0;
  if (none) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {row.conflicts.length ? (
        <Tooltip label="Posted for a competitor of the chosen campaign's brand">
          <Badge color="red" variant="filled" tt="none">
            Conflict: {row.conflicts.join(", ")}
          </Badge>
        </Tooltip>
      ) : null}
      {row.qualityFlags.map((f) => (
        <Tooltip key={f.code} label={f.message} multiline maw={320}>
          <Badge color={f.severity === "critical" ? "red" : "yellow"} variant="light" tt="none">
            {flagLabels[f.code] ?? f.code}
          </Badge>
        </Tooltip>
      ))}
      {row.saturation !== "none" ? (
        <Tooltip label={`Sponsored share of the last 90 days: ${formatRate(row.sponsoredShare)}`}>
          <Badge color="orange" variant="light" tt="none">
            {row.saturation === "strong" ? "Heavily sponsored" : "Saturated"}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** An option with how many accounts in the database have it, when known. */
function withCount(countOf: (value: string) => number | undefined) {
  return ({ option }: { option: { value: string; label: string } }) => {
    const count = countOf(option.value);
    return (
      <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
        <span>{option.label}</span>
        {count === undefined ? null : (
          <Text span size="xs" c="dimmed">
            {formatCount(count)}
          </Text>
        )}
      </Group>
    );
  };
}

/** Offers the typed niche when no known one matches: niches are free tags, the list only shows the common ones. */
function NicheSelect({
  value,
  onChange,
  known,
}: {
  value: string[];
  onChange(value: string[]): void;
  known: Facet[];
}) {
  const [search, setSearch] = useState("");
  const typed = search.trim().toLowerCase();
  const data = useMemo(() => {
    const extra: Option[] = value
      .filter((v) => !known.some((f) => f.value === v))
      .map((v) => ({ value: v, label: v }));
    if (typed && !known.some((f) => f.value === typed) && !value.includes(typed))
      extra.push({ value: typed, label: `“${typed}”` });
    return groupedOptions(known, extra, (v) => v);
  }, [known, value, typed]);
  return (
    <MultiSelect
      label="Niches"
      placeholder={value.length ? undefined : "Any niche"}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={data.data}
      renderOption={withCount(data.countOf)}
      value={value}
      onChange={(next) => {
        onChange(next);
        setSearch("");
      }}
      nothingFoundMessage="Type a niche"
    />
  );
}

export function DiscoveryPage() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => fromParams(params));
  const newApplications = useNewApplicationCount();
  // On a phone the filters fold away under the search box so the results are in reach.
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const showFilters = !phone || filtersOpen;
  const [moreOpen, { toggle: toggleMore }] = useDisclosure(
    rangeKeys.some((k) => filters[k] !== "") || audienceSet(filters.audience) > 0,
  );
  const [addOpen, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  const campaigns = useCampaignOptions();

  // Typing waits for a pause before it searches; buttons, facets and saved searches search at once.
  const applyLater = useDebouncedCallback(
    (next: Filters) => setParams(toParams(next), { replace: true }),
    350,
  );
  const change = (next: Filters) => {
    setFilters(next);
    applyLater(next);
  };
  const applyNow = (next: Filters) => {
    change(next);
    applyLater.flush();
  };
  const update = <K extends keyof Filters>(key: K, value: Filters[K]) => change({ ...filters, [key]: value });

  const applied = useMemo(() => fromParams(params), [params]);
  const query = useMemo(() => toQuery(applied), [applied]);
  // Each search is cached under its own parameters: an older, slower answer can never replace a newer one.
  const search = $api.useInfiniteQuery(
    "get",
    "/api/v1/creators",
    { params: { query } },
    {
      initialPageParam: "",
      getNextPageParam: (last: CreatorSearch) => last.nextCursor ?? undefined,
      pageParamName: "cursor",
      // The last results stay on screen, dimmed by the table's loading state, until the new search answers.
      placeholderData: keepPreviousData,
    },
  );
  // The options of the niche and country selects: what the whole database holds, not just this search.
  const everything = $api.useQuery("get", "/api/v1/creators", { params: { query: { limit: 1 } } });

  const searchKey = params.toString();
  const [selection, setSelection] = useState<{ key: string; ids: string[] }>({ key: "", ids: [] });
  const selected = selection.key === searchKey ? selection.ids : [];
  const toggle = (id: string, on: boolean) =>
    setSelection({ key: searchKey, ids: on ? [...selected, id] : selected.filter((s) => s !== id) });

  const pages = search.data?.pages;
  const rows = pages?.flatMap((p) => p.items);
  const first = pages?.[0];
  const creatorIds = [...new Set(rows?.filter((r) => selected.includes(r.id)).map((r) => r.creatorId))];

  function submit(event: FormEvent) {
    event.preventDefault();
    applyNow(filters);
  }

  const columns: Array<Column<CreatorSearchItem>> = [
    {
      id: "select",
      header: <VisuallyHidden>Select</VisuallyHidden>,
      name: "Select",
      required: true,
      cell: (row) => (
        // The label around the box makes the whole 44 px square a touch target.
        <Box
          component="label"
          display="flex"
          miw={44}
          mih={44}
          style={{ alignItems: "center", justifyContent: "center", cursor: "pointer" }}
        >
          <Checkbox
            aria-label={`Select ${row.name} (@${row.handle})`}
            checked={selected.includes(row.id)}
            onChange={(e) => toggle(row.id, e.currentTarget.checked)}
          />
        </Box>
      ),
    },
    {
      id: "creator",
      header: "Creator",
      required: true,
      cell: (row) => (
        <div style={{ minWidth: "9rem" }}>
          <Anchor component={Link} to={`/creators/${row.creatorId}`} fw={600}>
            {row.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            @{row.handle}
          </Text>
        </div>
      ),
    },
    { id: "platform", header: "Platform", cell: (row) => platformName(row.platform) },
    { id: "followers", header: "Followers", align: "right", cell: (row) => formatCount(row.followers) },
    {
      id: "tier",
      header: "Tier",
      cell: (row) => (
        <Tooltip label={tierRanges[row.tier]}>
          <Text size="sm" span>
            {capitalise(row.tier)}
          </Text>
        </Tooltip>
      ),
    },
    {
      id: "engagement",
      header: (
        <Tooltip label="Engagement rate by followers: median over recent posts">
          <span>Engagement</span>
        </Tooltip>
      ),
      name: "Engagement",
      align: "right",
      cell: (row) => formatRate(row.engagementRate),
    },
    {
      id: "quality",
      header: (
        <Tooltip label="Quality score 0–100: 100 minus the penalty of each flag">
          <span>Quality</span>
        </Tooltip>
      ),
      name: "Quality",
      align: "right",
      cell: (row) => row.qualityScore,
    },
    ...(applied.campaignId
      ? [
          {
            id: "fit",
            header: (
              <Tooltip label="Audience fit for the campaign, 0–100">
                <span>Fit</span>
              </Tooltip>
            ),
            name: "Fit",
            align: "right" as const,
            cell: (row: CreatorSearchItem) => (
              <FitPopover
                creatorId={row.creatorId}
                campaignId={applied.campaignId}
                accountId={row.id}
                score={row.fit}
                label={`${row.name} (@${row.handle})`}
              />
            ),
          },
        ]
      : []),
    { id: "country", header: "Country", cell: (row) => row.country ?? "—" },
    {
      id: "niches",
      header: "Niches",
      cell: (row) => (
        <Text size="sm" lineClamp={2} maw="14rem">
          {row.niches.join(", ") || "—"}
        </Text>
      ),
    },
    { id: "email", header: "Email", hiddenByDefault: true, cell: (row) => (row.hasEmail ? "Yes" : "No") },
    {
      id: "flags",
      header: "Flags and conflicts",
      name: "Flags and conflicts",
      cell: (row) => <Flags row={row} />,
    },
  ];

  const rangeSet = rangeKeys.filter((k) => filters[k] !== "").length + audienceSet(filters.audience);
  const countryData = groupedOptions(
    everything.data?.facets.country ?? [],
    countryOptions(),
    (code) => `${countryName(code)} (${code})`,
  );

  return (
    <>
      <PageHeader
        title="Creators"
        description="Find creators by niche, platform, audience and quality."
        actions={
          <>
            <Button component={Link} to="/creators/new" variant="default">
              Add creator
            </Button>
            <Button component={Link} to="/creators/import" variant="default">
              Import
            </Button>
            <Button component={Link} to="/creators/lists" variant="default">
              Shortlists
            </Button>
            <Button component={Link} to="/creators/connectors" variant="default">
              Connectors
            </Button>
            <Button component={Link} to="/creators/applications" variant="default">
              Applications{newApplications ? ` (${newApplications} new)` : ""}
            </Button>
          </>
        }
      />
      <DiscoveryTabs />
      <DatabaseSummary />

      <Paper withBorder p="md" radius="md" mb="md">
        <form onSubmit={submit} aria-label="Search creators">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
              <TextInput
                type="search"
                label="Search"
                placeholder="Name, handle or bio"
                value={filters.q}
                onChange={(e) => update("q", e.currentTarget.value)}
              />
              {showFilters ? (
                <>
                  <MultiSelect
                    label="Platforms"
                    placeholder={filters.platform.length ? undefined : "Any platform"}
                    data={platforms.map((p) => ({ value: p, label: platformName(p) }))}
                    value={filters.platform}
                    onChange={(v) => update("platform", v)}
                    clearable
                  />
                  <MultiSelect
                    label="Tiers"
                    placeholder={filters.tier.length ? undefined : "Any tier"}
                    data={tiers.map((t) => ({ value: t, label: `${capitalise(t)} (${tierRanges[t]})` }))}
                    value={filters.tier}
                    onChange={(v) => update("tier", v)}
                    clearable
                  />
                  <NicheSelect
                    value={filters.niche}
                    onChange={(v) => update("niche", v)}
                    known={everything.data?.facets.niche ?? []}
                  />
                  <MultiSelect
                    label="Countries"
                    placeholder={filters.country.length ? undefined : "Any country"}
                    searchable
                    clearable
                    data={countryData.data}
                    renderOption={withCount(countryData.countOf)}
                    value={filters.country}
                    onChange={(v) => update("country", v)}
                    nothingFoundMessage="No country by that name"
                  />
                  <MultiSelect
                    label="Languages"
                    placeholder={filters.language.length ? undefined : "Any language"}
                    searchable
                    clearable
                    data={languageOptions()}
                    value={filters.language}
                    onChange={(v) => update("language", v)}
                    nothingFoundMessage="No language by that name"
                  />
                  <Select
                    label="For campaign"
                    placeholder="None"
                    searchable
                    clearable
                    data={campaigns.options}
                    value={filters.campaignId || null}
                    onChange={(v) => update("campaignId", v ?? "")}
                    description={campaigns.options.length ? undefined : "No campaigns yet"}
                  />
                  <SelectField
                    label="Sort by"
                    value={filters.sort}
                    onChange={(v) => update("sort", v)}
                    options={sorts}
                  />
                </>
              ) : null}
            </SimpleGrid>
            {showFilters ? (
              <>
                {filters.campaignId ? (
                  <Checkbox
                    label="Leave out competitor conflicts"
                    checked={filters.excludeConflicts}
                    onChange={(e) => update("excludeConflicts", e.currentTarget.checked)}
                  />
                ) : null}
                <Collapse expanded={moreOpen}>
                  <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" verticalSpacing="xs">
                    <NumberInput
                      label="Min followers"
                      min={0}
                      thousandSeparator=","
                      value={filters.minFollowers}
                      onChange={(v) => update("minFollowers", String(v))}
                    />
                    <NumberInput
                      label="Max followers"
                      min={0}
                      thousandSeparator=","
                      value={filters.maxFollowers}
                      onChange={(v) => update("maxFollowers", String(v))}
                    />
                    <NumberInput
                      label="Min engagement (%)"
                      min={0}
                      max={100}
                      step={0.1}
                      decimalScale={2}
                      value={filters.minEngagementPercent}
                      onChange={(v) => update("minEngagementPercent", String(v))}
                    />
                    <NumberInput
                      label="Max engagement (%)"
                      min={0}
                      max={100}
                      step={0.1}
                      decimalScale={2}
                      value={filters.maxEngagementPercent}
                      onChange={(v) => update("maxEngagementPercent", String(v))}
                    />
                    <NumberInput
                      label="Min quality (0–100)"
                      min={0}
                      max={100}
                      allowDecimal={false}
                      value={filters.minQuality}
                      onChange={(v) => update("minQuality", String(v))}
                    />
                    <SelectField
                      label="Contact email"
                      value={filters.hasEmail}
                      onChange={(v) => update("hasEmail", v)}
                      options={emailChoices}
                    />
                  </SimpleGrid>
                  {moreOpen ? (
                    <AudienceFilterFields value={filters.audience} onChange={(v) => update("audience", v)} />
                  ) : null}
                </Collapse>
              </>
            ) : null}
            <Group gap="sm" wrap="wrap">
              <Button type="submit">Search</Button>
              <Button variant="default" onClick={() => applyNow(emptyFilters)}>
                Clear
              </Button>
              {phone ? (
                <Button variant="default" onClick={toggleFilters} aria-expanded={filtersOpen}>
                  {filtersOpen ? "Hide filters" : "Filters"}
                </Button>
              ) : null}
              <Button
                variant="subtle"
                onClick={toggleMore}
                aria-expanded={moreOpen}
                display={showFilters ? undefined : "none"}
              >
                {moreOpen ? "Fewer filters" : `More filters${rangeSet ? ` (${rangeSet} set)` : ""}`}
              </Button>
              <SavedSearches params={params} onPick={(next) => applyNow(fromParams(next))} />
            </Group>
          </Stack>
        </form>
      </Paper>

      <Stack component="section" aria-label="Results" gap="sm">
        {search.isError ? (
          <ErrorAlert
            error={search.error}
            title="Could not search the creators"
            onRetry={() => void search.refetch()}
          />
        ) : null}
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {first ? `${formatCount(first.total)} ${first.total === 1 ? "account" : "accounts"}` : null}
            {search.isPending ? (
              <Skeleton component="span" height={20} width={120} display="inline-block" />
            ) : null}
            {search.isPlaceholderData ? (
              <Text span c="dimmed" fw={400} size="sm" ml="xs">
                Searching…
              </Text>
            ) : null}
          </Text>
          {selected.length > 0 ? (
            <Button onClick={openAdd}>
              Add {creatorIds.length === 1 ? "1 creator" : `${creatorIds.length} creators`} to a shortlist
            </Button>
          ) : null}
        </Group>
        {first ? (
          <Stack gap={6} visibleFrom="sm">
            <FacetGroup
              title="Platform"
              facets={first.facets.platform}
              label={platformName}
              onPick={(v) => applyNow({ ...filters, platform: [v] })}
            />
            <FacetGroup
              title="Tier"
              facets={first.facets.tier}
              label={capitalise}
              onPick={(v) => applyNow({ ...filters, tier: [v] })}
            />
            <FacetGroup
              title="Country"
              facets={first.facets.country}
              label={(code) => code}
              onPick={(v) => applyNow({ ...filters, country: [v] })}
            />
            <FacetGroup
              title="Niche"
              facets={first.facets.niche}
              label={(v) => v}
              onPick={(v) => applyNow({ ...filters, niche: [v] })}
            />
          </Stack>
        ) : null}
        <DataTable
          id="creator-search"
          caption="Creator accounts matching the search"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          loading={search.isPending}
          empty="No accounts match these filters. Try fewer filters."
          footer={
            search.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  onClick={() => void search.fetchNextPage()}
                  loading={search.isFetchingNextPage}
                >
                  Load more
                </Button>
              </Group>
            ) : null
          }
        />
      </Stack>

      <Modal opened={addOpen} onClose={closeAdd} title="Add to a shortlist" size="lg">
        <AddToList creatorIds={creatorIds} onDone={closeAdd} />
      </Modal>
    </>
  );
}
