import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { parse } from "csv-parse/browser/esm/sync";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, type BodyOf, fetchClient, invalidate, type Schemas } from "../../api/client";
import { type Column, DataTable } from "../../components/data-table";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Field, SelectField } from "../../components/ui";
import { formatDate, formatMoney, formatRate } from "../../format";
import { CsvBox } from "../activation/csv-box";
import { toMinor } from "../campaigns/types";

type DiscountCode = Schemas["DiscountCode"];
type ImportItem = BodyOf<"/api/v1/campaigns/{campaignId}/discount-codes/import">["items"][number];

export function discountWords(
  code: Pick<DiscountCode, "valueType" | "percentOff" | "amountOff" | "currency">,
) {
  return code.valueType === "percent"
    ? `${formatRate(code.percentOff, 0)} off`
    : `${formatMoney(code.amountOff, code.currency)} off`;
}

/** Percent is typed as people say it (15 for 15%), sent as the fraction the API takes; amounts in major units. */
function discountValue(valueType: "percent" | "fixed", text: string, currency: string): number | null {
  if (valueType === "fixed") {
    const minor = toMinor(text, currency);
    return minor && minor > 0 ? minor : null;
  }
  const percent = Number(text.trim().replace(/%$/, ""));
  return Number.isFinite(percent) && percent > 0 && percent <= 100 ? percent / 100 : null;
}

const codeForm = (currency: string) =>
  z
    .object({
      creatorId: z.string().min(1, "Choose the creator who shares the code"),
      valueType: z.enum(["percent", "fixed"]),
      value: z.string().trim().min(1, "Enter what the code takes off"),
      code: z
        .string()
        .trim()
        .max(50, "At most 50 characters")
        .regex(/^[A-Za-z0-9_-]*$/, "Letters, digits, - and _ only"),
      prefix: z.string().trim().max(12, "At most 12 characters"),
    })
    .refine((f) => discountValue(f.valueType, f.value, currency) !== null, {
      message: `A percentage from 1 to 100, or an amount in ${currency}`,
      path: ["value"],
    });
type CodeForm = z.infer<ReturnType<typeof codeForm>>;

function CreateCode({
  campaignId,
  currency,
  creators,
}: {
  campaignId: string;
  currency: string;
  creators: Array<{ value: string; label: string }>;
}) {
  const create = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/discount-codes");
  const form = useForm<CodeForm>({
    resolver: zodResolver(codeForm(currency)),
    defaultValues: { creatorId: "", valueType: "percent", value: "", code: "", prefix: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const valueType = form.watch("valueType");
  const submit = form.handleSubmit(async ({ code, prefix, value, ...rest }) => {
    try {
      const { items } = await create.mutateAsync({
        params: { path: { campaignId } },
        body: {
          ...rest,
          value: discountValue(rest.valueType, value, currency) ?? 0,
          ...(code ? { code } : {}),
          ...(prefix ? { prefix } : {}),
        },
      });
      form.reset({ ...rest, value, code: "", prefix: "" });
      notifications.show({ color: "teal", message: `Code ${items.map((i) => i.code).join(", ")} created.` });
      await invalidate("/api/v1/campaigns/{campaignId}/discount-codes");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label="New discount code"
    >
      <Title order={3} size="h4" mb="sm">
        New discount code
      </Title>
      {errors.root ? <ErrorAlert error={errors.root.message} title="The code was not created" /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="md">
        <Controller
          control={form.control}
          name="creatorId"
          render={({ field }) => (
            <Select
              label="Creator for the code"
              placeholder="Choose a creator"
              data={creators}
              searchable
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? "")}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.creatorId?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="valueType"
          render={({ field }) => (
            <SelectField
              label="Discount"
              value={field.value}
              onChange={field.onChange}
              options={[
                { value: "percent", label: "Percentage off" },
                { value: "fixed", label: `Amount off (${currency})` },
              ]}
            />
          )}
        />
        <Field
          label={valueType === "percent" ? "Percent off" : `Amount off (${currency})`}
          inputMode="decimal"
          placeholder={valueType === "percent" ? "15" : "10.00"}
          error={errors.value?.message}
          {...form.register("value")}
        />
        <Field
          label="Code (optional)"
          hint="Made up when left empty"
          error={errors.code?.message}
          {...form.register("code")}
        />
        <Field
          label="Prefix (optional)"
          hint="For made-up codes, e.g. MAYA"
          error={errors.prefix?.message}
          {...form.register("prefix")}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={isSubmitting}>
          Create code
        </Button>
      </Group>
    </Paper>
  );
}

interface ParsedImport {
  items: ImportItem[];
  problems: string[];
}

/** Reads "creator,code,type,value" lines; the creator by name or id as in this campaign. */
function parseCodes(
  text: string,
  creators: Array<{ value: string; label: string }>,
  currency: string,
): ParsedImport {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    return { items: [], problems: [error instanceof Error ? error.message : String(error)] };
  }
  const first = rows[0]?.map((c) => c.toLowerCase());
  if (first?.[0] === "creator" && first[1] === "code") rows = rows.slice(1);
  const byName = new Map(creators.map((c) => [c.label.toLowerCase(), c.value]));
  const ids = new Set(creators.map((c) => c.value));
  const items: ImportItem[] = [];
  const problems: string[] = [];
  rows.forEach(([creator = "", code = "", type = "", value = ""], index) => {
    const line = index + (first?.[0] === "creator" ? 2 : 1);
    const creatorId = ids.has(creator) ? creator : byName.get(creator.toLowerCase());
    const valueType =
      type.toLowerCase() === "fixed" ? "fixed" : type.toLowerCase() === "percent" ? "percent" : null;
    const amount = valueType ? discountValue(valueType, value, currency) : null;
    if (!creatorId) problems.push(`Line ${line}: no creator "${creator}" in this campaign`);
    else if (!code) problems.push(`Line ${line}: the code is empty`);
    else if (!valueType) problems.push(`Line ${line}: the type is "percent" or "fixed", not "${type}"`);
    else if (amount === null)
      problems.push(`Line ${line}: "${value}" is not a discount for a ${valueType} code`);
    else items.push({ creatorId, code, valueType, value: amount });
  });
  if (rows.length === 0) problems.push("There are no lines to import.");
  return { items, problems };
}

function ImportCodes({
  campaignId,
  currency,
  creators,
}: {
  campaignId: string;
  currency: string;
  creators: Array<{ value: string; label: string }>;
}) {
  const [csv, setCsv] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function send() {
    setError(null);
    const parsed = parseCodes(csv, creators, currency);
    setProblems(parsed.problems);
    // The import is all or none, so nothing is sent while a line is wrong.
    if (parsed.problems.length > 0) return;
    setBusy(true);
    try {
      const { data } = await fetchClient.POST("/api/v1/campaigns/{campaignId}/discount-codes/import", {
        params: { path: { campaignId } },
        body: { items: parsed.items },
      });
      setCsv("");
      notifications.show({ color: "teal", message: `${data?.items.length ?? 0} codes imported.` });
      await invalidate("/api/v1/campaigns/{campaignId}/discount-codes");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="codes-import-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="codes-import-title">
          Import existing codes
        </Title>
        <Text size="sm" c="dimmed">
          Codes already made in your shop, one a line: <Code>creator,code,type,value</Code> — the creator's
          name, the code, <Code>percent</Code> (value 15 for 15%) or <Code>fixed</Code> (value in {currency}).
          All lines are imported, or none.
        </Text>
        <CsvBox label="Codes CSV" hint="Paste it here, or choose a file" value={csv} onChange={setCsv}>
          <Button onClick={() => void send()} loading={busy} disabled={!csv.trim()}>
            Import codes
          </Button>
        </CsvBox>
        {problems.length > 0 ? (
          <Alert color="red" title="Nothing was imported: fix these lines" role="alert">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <ErrorAlert error={error} title="The codes were not imported" />
      </Stack>
    </Paper>
  );
}

/** The campaign's discount codes per creator: created here or imported, exported for a Shopify discount import. */
export function DiscountCodesSection({
  campaignId,
  currency,
  creators,
  nameOf,
}: {
  campaignId: string;
  currency: string;
  creators: Array<{ value: string; label: string }>;
  nameOf(id: string): string;
}) {
  const codes = $api.useInfiniteQuery(
    "get",
    "/api/v1/campaigns/{campaignId}/discount-codes",
    { params: { path: { campaignId }, query: { limit: 100 } } },
    {
      pageParamName: "cursor",
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    },
  );
  const columns: Array<Column<DiscountCode>> = [
    {
      id: "code",
      header: "Code",
      required: true,
      cell: (c) => (
        <Group gap="xs" wrap="nowrap">
          <Code>{c.code}</Code>
          <CopyButton text={c.code} label="Copy" />
        </Group>
      ),
    },
    { id: "creator", header: "Creator", cell: (c) => nameOf(c.creatorId) },
    { id: "discount", header: "Discount", cell: (c) => discountWords(c) },
    {
      id: "source",
      header: "Source",
      cell: (c) => (
        <Badge variant="light" color={c.source === "generated" ? "blue" : "grape"}>
          {c.source === "generated" ? "Made here" : "Imported"}
        </Badge>
      ),
    },
    { id: "created", header: "Created", hiddenByDefault: true, cell: (c) => formatDate(c.createdAt) },
  ];
  return (
    <Stack component="section" aria-labelledby="codes-title" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} id="codes-title">
          Discount codes
        </Title>
        <Button
          component="a"
          variant="default"
          href={`/api/v1/campaigns/${campaignId}/discount-codes.csv`}
          download
        >
          Export CSV for Shopify
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        A code sends each order that carries it to its creator (it wins over a link click). Creators see their
        code in the portal.
      </Text>
      <CreateCode campaignId={campaignId} currency={currency} creators={creators} />
      <ImportCodes campaignId={campaignId} currency={currency} creators={creators} />
      <ErrorAlert
        error={codes.error}
        title="Could not load the discount codes"
        onRetry={() => void codes.refetch()}
      />
      <DataTable
        id="discount-codes"
        caption="Discount codes of this campaign"
        columns={columns}
        rows={codes.data?.pages.flatMap((p) => p.items)}
        rowKey={(c) => c.id}
        loading={codes.isPending}
        maxHeight={420}
        empty="No discount codes yet. Create one above, or import the codes your shop already has."
        footer={
          codes.hasNextPage ? (
            <Button
              variant="default"
              loading={codes.isFetchingNextPage}
              onClick={() => void codes.fetchNextPage()}
            >
              Load more codes
            </Button>
          ) : null
        }
      />
    </Stack>
  );
}
