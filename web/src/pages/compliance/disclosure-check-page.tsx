import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { $api, type BodyOf, type Schemas } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, PageHeader, SelectField } from "../../components/ui";
import classes from "./disclosure-check.module.css";

type CheckBody = BodyOf<"/api/v1/compliance/check">;
type CheckResult = Schemas["ComplianceResult"];
type Finding = CheckResult["findings"][number];

const platformOptions = [
  { value: "instagram", label: "Instagram" },
  { value: "tiktok", label: "TikTok" },
  { value: "youtube", label: "YouTube" },
  { value: "linkedin", label: "LinkedIn" },
];

// The checker assumes a paid partnership when the connection is not given; the label says so.
const connectionOptions = [
  { value: "", label: "Not given (checked as paid)" },
  { value: "paid", label: "Paid" },
  { value: "affiliate", label: "Affiliate commission" },
  { value: "gift", label: "Gift, with brand control" },
  { value: "gift-uncontrolled", label: "Gift, no brand control" },
  { value: "family", label: "Family tie" },
  { value: "employee", label: "Employee" },
];

const schema = z.object({
  caption: z.string().refine((c) => c.trim().length > 0, "Enter the caption to check"),
  jurisdiction: z.string().min(1, "Choose the country whose rules apply"),
  platform: z.string().min(1, "Choose the platform"),
  brand: z.string().trim().max(100, "Keep the brand under 100 characters"),
  connection: z.string(),
});
type Values = z.infer<typeof schema>;

interface Piece {
  text: string;
  start: number;
  findings: number[];
}

/** Cuts the caption at every finding boundary so overlapping spans can each be marked. */
function pieces(caption: string, findings: Finding[]): Piece[] {
  const cuts = new Set([0, caption.length]);
  for (const f of findings) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1] ?? caption.length;
    return {
      text: caption.slice(start, end),
      start,
      findings: findings.flatMap((f, index) =>
        f.end > f.start && f.start <= start && f.end >= end ? [index] : [],
      ),
    };
  });
}

function CaptionPreview({
  caption,
  findings,
  active,
}: {
  caption: string;
  findings: Finding[];
  active: number | null;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" c="dimmed" mb={4}>
        The caption as checked, with each finding's span marked
      </Text>
      <div className={classes.preview} data-testid="caption-preview">
        {pieces(caption, findings).map((piece) => {
          if (piece.findings.length === 0) return <span key={piece.start}>{piece.text}</span>;
          const isError = piece.findings.some((i) => findings[i]?.severity === "error");
          const isActive = active !== null && piece.findings.includes(active);
          return (
            <mark
              key={piece.start}
              data-severity={isError ? "error" : "warning"}
              data-active={isActive || undefined}
            >
              {piece.text}
            </mark>
          );
        })}
      </div>
    </figure>
  );
}

export function DisclosureCheckPage() {
  const jurisdictions = $api.useQuery("get", "/api/v1/compliance/jurisdictions");
  const check = $api.useMutation("post", "/api/v1/compliance/check");
  const [checked, setChecked] = useState<{ caption: string; result: CheckResult } | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { caption: "", jurisdiction: "us", platform: "instagram", brand: "", connection: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function submit(values: Values) {
    try {
      const result = await check.mutateAsync({
        body: {
          caption: values.caption,
          jurisdiction: values.jurisdiction as CheckBody["jurisdiction"],
          platform: values.platform as CheckBody["platform"],
          ...(values.brand ? { brand: values.brand } : {}),
          ...(values.connection ? { connection: values.connection as CheckBody["connection"] } : {}),
        },
      });
      setChecked({ caption: values.caption, result });
      setActive(null);
    } catch (error) {
      applyServerErrors(form, error);
    }
  }

  const jurisdictionOptions = jurisdictions.data?.items.map((j) => ({ value: j.code, label: j.name })) ?? [
    { value: "us", label: "United States" },
  ];
  const errorCount = checked?.result.findings.filter((f) => f.severity === "error").length ?? 0;

  return (
    <>
      <PageHeader
        title="Disclosure check"
        description="Check a caption for the disclosure its country requires before it goes live."
      />
      <Text size="sm" c="dimmed" mb="md">
        This check is a safety net for people, not legal advice.
      </Text>
      {jurisdictions.isError ? (
        <ErrorAlert
          error={jurisdictions.error}
          title="Could not load the list of countries"
          onRetry={() => void jurisdictions.refetch()}
        />
      ) : null}
      <Paper withBorder radius="md" p="md" mb="md">
        <form onSubmit={form.handleSubmit(submit)} aria-label="Disclosure check" noValidate>
          <Stack gap="sm">
            <Textarea
              label="Caption"
              autosize
              minRows={4}
              maxRows={14}
              {...form.register("caption")}
              error={errors.caption?.message}
            />
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              <Controller
                control={form.control}
                name="jurisdiction"
                render={({ field, fieldState }) => (
                  <SelectField
                    label="Jurisdiction"
                    value={field.value}
                    onChange={field.onChange}
                    options={jurisdictionOptions}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="platform"
                render={({ field, fieldState }) => (
                  <SelectField
                    label="Platform"
                    value={field.value}
                    onChange={field.onChange}
                    options={platformOptions}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput label="Brand" {...form.register("brand")} error={errors.brand?.message} />
              <Controller
                control={form.control}
                name="connection"
                render={({ field, fieldState }) => (
                  <SelectField
                    label="Material connection"
                    value={field.value}
                    onChange={field.onChange}
                    options={connectionOptions}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            {errors.root ? (
              <Alert color="red" variant="light" role="alert">
                {errors.root.message}
              </Alert>
            ) : null}
            <div>
              <Button type="submit" loading={isSubmitting}>
                Check
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
      {checked ? (
        <Paper component="section" withBorder radius="md" p="md" aria-labelledby="disclosure-results">
          <Title order={2} size="h3" id="disclosure-results" mb="xs">
            Findings
          </Title>
          <Text fw={700} c={checked.result.compliant ? "teal.8" : "red.8"} role="status" mb="sm">
            {checked.result.compliant
              ? "Compliant: nothing blocks approval."
              : `Not compliant: ${errorCount} ${errorCount === 1 ? "error blocks" : "errors block"} approval.`}
          </Text>
          <CaptionPreview caption={checked.caption} findings={checked.result.findings} active={active} />
          {checked.result.findings.length > 0 ? (
            <Stack component="ol" gap="xs" p={0} mt="md" style={{ listStyle: "none" }}>
              {checked.result.findings.map((finding, index) => (
                <Paper
                  component="li"
                  key={`${finding.rule}-${finding.start}-${finding.end}-${finding.message}`}
                  withBorder
                  radius="md"
                  p="sm"
                  style={
                    active === index ? { borderColor: "var(--mantine-primary-color-filled)" } : undefined
                  }
                >
                  <Group gap="sm" align="flex-start" wrap="nowrap">
                    <Badge
                      color={finding.severity === "error" ? "red" : "yellow"}
                      variant="light"
                      style={{ flexShrink: 0 }}
                    >
                      {finding.severity}
                    </Badge>
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Text size="sm">
                        {finding.message}{" "}
                        <Text span size="xs" c="dimmed" className={classes.rule}>
                          {finding.rule}
                        </Text>
                      </Text>
                      {finding.end > finding.start ? (
                        <div>
                          <Button
                            variant="subtle"
                            size="compact-sm"
                            aria-pressed={active === index}
                            onClick={() => setActive(active === index ? null : index)}
                          >
                            Show in caption (“{checked.caption.slice(finding.start, finding.end).slice(0, 40)}
                            ”)
                          </Button>
                        </div>
                      ) : null}
                    </Stack>
                  </Group>
                </Paper>
              ))}
            </Stack>
          ) : null}
        </Paper>
      ) : null}
    </>
  );
}
