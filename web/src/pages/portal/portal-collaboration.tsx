import { zodResolver } from "@hookform/resolvers/zod";
import {
  Badge,
  Button,
  Checkbox,
  Divider,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { parseMinor } from "@shared/money";
import { type ReactNode, useEffect } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useParams } from "react-router-dom";
import { z } from "zod";
import { $api, ApiError, invalidate } from "../../api/client";
import { applyServerErrors } from "../../components/form";
import { CopyButton, ErrorAlert, Field, Loaded, PageLoading } from "../../components/ui";
import { formatDate, formatMoney, formatRate, formatTime, platformName } from "../../format";
import classes from "../review/review.module.css";
import { statusColors, statusLabels } from "../review/types";
import { BriefView } from "./brief-view";
import { Facts } from "./facts";
import type { Offer, PortalCollaboration } from "./portal-api";
import { TermsView } from "./terms-view";

/** The fee a creator may counter: a flat fee, or a hybrid's fee part; null when the offer has none. */
function feeOf(offer: Offer): number | null {
  const c = offer.terms.compensation;
  if (c.model === "flat_fee") return c.amount;
  if (c.model === "hybrid") return c.fee.amount;
  return null;
}

const acceptForm = z.object({
  acceptedName: z.string().trim().min(2, "Type your full legal name"),
  consent: z.boolean().refine((agreed) => agreed, "Tick the box to agree to these terms"),
});
const counterForm = z.object({
  fee: z.number({ error: "Enter your fee" }).positive("Enter a fee above zero"),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters"),
});
type CounterForm = z.infer<typeof counterForm>;

function AcceptOffer({ campaignId, offer }: { campaignId: string; offer: Offer }) {
  const accept = $api.useMutation("post", "/api/portal/campaigns/{campaignId}/offers/{offerId}/accept");
  const form = useForm({
    resolver: zodResolver(acceptForm),
    defaultValues: { acceptedName: "", consent: false },
  });
  const [name, agreed] = form.watch(["acceptedName", "consent"]);
  const errors = form.formState.errors;
  // The brand changed the terms after this page loaded: the creator reads the new ones before signing.
  const termsChanged = accept.error instanceof ApiError && accept.error.status === 409;
  const submit = form.handleSubmit(async ({ acceptedName }) => {
    try {
      await accept.mutateAsync({
        params: { path: { campaignId, offerId: offer.id } },
        body: { acceptedName, consent: true, termsSha256: offer.termsSha256 },
      });
      notifications.show({ color: "teal", message: "Signed. The contract is in Your contracts." });
      await invalidate("/api/portal");
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Accept offer">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Accept offer
        </Title>
        <Field
          label="Your full legal name"
          required
          autoComplete="name"
          hint="Typing your name is your signature."
          error={errors.acceptedName?.message}
          {...form.register("acceptedName")}
        />
        <Controller
          control={form.control}
          name="consent"
          render={({ field }) => (
            <Checkbox
              label="I agree to these terms"
              size="md"
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.consent?.message}
              styles={{ body: { alignItems: "center", minHeight: 44 } }}
            />
          )}
        />
        {termsChanged ? (
          <ErrorAlert
            error={accept.error}
            title="The terms changed"
            onRetry={() => {
              accept.reset();
              void invalidate("/api/portal/campaigns/{campaignId}");
            }}
          />
        ) : (
          <ErrorAlert error={errors.root?.message} title="Not signed" />
        )}
        <Group>
          <Button
            type="submit"
            loading={form.formState.isSubmitting}
            disabled={!agreed || name.trim().length < 2}
          >
            Accept and sign
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          We record your name, the time, your IP address and browser, and a fingerprint (SHA-256) of these
          exact terms and of the contract PDF. You and the brand both get a copy.
        </Text>
      </Stack>
    </form>
  );
}

function CounterOffer({
  campaignId,
  offer,
  currency,
}: {
  campaignId: string;
  offer: Offer;
  currency: string;
}) {
  const counter = $api.useMutation("post", "/api/portal/campaigns/{campaignId}/offers");
  const form = useForm<CounterForm>({
    resolver: zodResolver(counterForm),
    defaultValues: { note: "" },
  });
  const submit = form.handleSubmit(async ({ fee, note }) => {
    // Minor units by the currency's own exponent (¥ has none, € two), never a fixed ×100.
    const amount = parseMinor(String(fee), currency, { round: true });
    if (amount === null) {
      form.setError("fee", { message: `Enter your fee in ${currency}` });
      return;
    }
    const c = offer.terms.compensation;
    const compensation =
      c.model === "hybrid"
        ? { ...c, fee: { ...c.fee, amount } }
        : c.model === "flat_fee"
          ? { ...c, amount }
          : c;
    try {
      await counter.mutateAsync({
        params: { path: { campaignId } },
        body: { terms: { ...offer.terms, compensation }, ...(note ? { note } : {}) },
      });
      form.reset({ note: "" });
      notifications.show({ color: "teal", message: "Your counter-offer is with the brand." });
      await invalidate("/api/portal");
    } catch (error) {
      applyServerErrors(form, error);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Propose a different fee">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Or propose a different fee
        </Title>
        <Controller
          control={form.control}
          name="fee"
          render={({ field }) => (
            <NumberInput
              label={`Your fee (${currency})`}
              required
              min={0}
              decimalScale={2}
              thousandSeparator=","
              inputMode="decimal"
              value={field.value ?? ""}
              onChange={(value) => field.onChange(typeof value === "number" ? value : undefined)}
              onBlur={field.onBlur}
              error={form.formState.errors.fee?.message}
              maw={260}
            />
          )}
        />
        <Textarea
          label="Note to the brand"
          autosize
          minRows={2}
          error={form.formState.errors.note?.message}
          {...form.register("note")}
        />
        <ErrorAlert error={form.formState.errors.root?.message} title="Not sent" />
        <Group>
          <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
            Propose a different fee
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function OfferSection({ collab, offer }: { collab: PortalCollaboration; offer: Offer }) {
  const fromBrand = offer.proposedBy === "brand";
  return (
    <Stack gap="md">
      <Text>
        Version {offer.version} from the {offer.proposedBy}, worth{" "}
        {formatMoney(offer.committedAmount, collab.currency)}
        {offer.note ? ` · “${offer.note}”` : ""}
      </Text>
      <TermsView terms={offer.terms} currency={collab.currency} />
      <Button
        component="a"
        href={`/api/portal/campaigns/${collab.campaignId}/offers/${offer.id}/pdf`}
        download
        variant="light"
        w="fit-content"
      >
        Read the full contract (PDF)
      </Button>
      {fromBrand ? (
        <>
          <Divider />
          <AcceptOffer campaignId={collab.campaignId} offer={offer} />
          {feeOf(offer) !== null ? (
            <>
              <Divider />
              <CounterOffer campaignId={collab.campaignId} offer={offer} currency={collab.currency} />
            </>
          ) : null}
        </>
      ) : (
        <Text c="dimmed">Your counter-offer is with the brand.</Text>
      )}
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Collaboration({ collab }: { collab: PortalCollaboration }) {
  const open = collab.offers.find((o) => o.status === "proposed");
  const inForce = collab.contracts.find((c) => c.status === "in_force");
  useEffect(() => {
    document.title = `${collab.campaignName} · Amplio`;
  }, [collab.campaignName]);
  return (
    <>
      <div>
        <Title order={1}>{collab.campaignName}</Title>
        <Text c="dimmed">
          {collab.brand} · {formatDate(collab.startDate)} to {formatDate(collab.endDate)}
        </Text>
      </div>
      <Section id="offer-title" title="Offer and contract">
        <Stack gap="md">
          {open ? <OfferSection collab={collab} offer={open} /> : null}
          {inForce ? (
            <Stack gap="sm">
              <Text>
                Contract version {inForce.version}: {inForce.acceptance}, on {formatTime(inForce.acceptedAt)}.
              </Text>
              <Button
                component="a"
                href={`/api/portal/contracts/${inForce.id}/pdf`}
                download
                variant="light"
                w="fit-content"
              >
                Download the contract (PDF)
              </Button>
              <TermsView terms={inForce.terms} currency={inForce.currency} />
            </Stack>
          ) : open ? null : (
            <Text c="dimmed">No offer yet.</Text>
          )}
        </Stack>
      </Section>
      <Section id="deliverables-title" title="Your content">
        {collab.deliverables.length === 0 ? (
          <Text c="dimmed">Nothing to submit yet.</Text>
        ) : (
          <Stack gap={0}>
            {collab.deliverables.map((d) => (
              <UnstyledButton
                key={d.id}
                component={Link}
                to={`/portal/deliverables/${d.id}`}
                py="sm"
                style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} c="var(--mantine-primary-color-filled)">
                      {d.title}
                    </Text>
                    <Text
                      size="sm"
                      c={d.overdue ? undefined : "dimmed"}
                      className={d.overdue ? classes.danger : undefined}
                    >
                      {platformName(d.platform)} {d.format} · due {formatDate(d.dueDate)}
                      {d.overdue ? " · overdue" : ""}
                    </Text>
                  </div>
                  <Badge variant="light" color={statusColors[d.status]} style={{ flexShrink: 0 }}>
                    {statusLabels[d.status]}
                  </Badge>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="brief-title" title="Brief">
        <BriefView brief={collab.brief} />
      </Section>
      <Section id="earnings-title" title="Links and earnings">
        <Facts
          entries={[
            [
              "Tracking link",
              collab.trackingLink ? (
                <Group key="link" gap="xs" wrap="wrap">
                  <Text span style={{ overflowWrap: "anywhere" }}>
                    {collab.trackingLink}
                  </Text>
                  <CopyButton text={collab.trackingLink} label="Copy link" />
                </Group>
              ) : (
                "—"
              ),
            ],
            [
              "Your code",
              collab.discountCode ? (
                <Group key="code" gap="xs">
                  <Text span ff="monospace">
                    {collab.discountCode}
                  </Text>
                  {collab.discount ? (
                    <Text span data-testid="discount-value">
                      {collab.discount.valueType === "percent"
                        ? `${formatRate(collab.discount.percentOff, 0)} off`
                        : `${formatMoney(collab.discount.amountOff, collab.discount.currency)} off`}
                    </Text>
                  ) : null}
                  <CopyButton text={collab.discountCode} label="Copy code" />
                </Group>
              ) : (
                "—"
              ),
            ],
            ["Agreed", formatMoney(collab.earnings.committed, collab.currency)],
            ["Due so far", formatMoney(collab.earnings.earnedSoFar, collab.currency)],
            [
              "Possible bonus",
              collab.earnings.maximumBonus
                ? `up to ${formatMoney(collab.earnings.maximumBonus, collab.currency)}`
                : null,
            ],
          ]}
        />
      </Section>
    </>
  );
}

export function PortalCollaborationPage() {
  const { campaignId = "" } = useParams();
  const query = $api.useQuery("get", "/api/portal/campaigns/{campaignId}", {
    params: { path: { campaignId } },
  });
  return (
    <Loaded query={query} what="this collaboration" skeleton={<PageLoading />}>
      {(collab) => <Collaboration collab={collab} />}
    </Loaded>
  );
}
