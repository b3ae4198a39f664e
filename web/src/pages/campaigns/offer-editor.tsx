import { zodResolver } from "@hookform/resolvers/zod";
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { $api, ApiError, invalidate, type Schemas } from "../../api/client";
import { DateField } from "../../components/date-field";
import { applyServerErrors } from "../../components/form";
import { ErrorAlert, Field, SelectField } from "../../components/ui";
import {
  bonusMetrics,
  checkAmounts,
  collaborationTypes,
  formats,
  formField,
  type OfferForm,
  options,
  platforms,
  startingValues,
  toTerms,
} from "./offer-form-values";
import type { Campaign } from "./types";

/** Proposes terms (or records the creator's counter) as a new offer version. Percentages in, fractions out. */
export function OfferEditor({
  campaign,
  creatorId,
  previous,
}: {
  campaign: Campaign;
  creatorId: string;
  previous: Schemas["OfferTerms"] | null;
}) {
  const currency = campaign.currency;
  const propose = $api.useMutation("post", "/api/v1/campaigns/{campaignId}/creators/{creatorId}/offers");
  const form = useForm<OfferForm>({
    resolver: zodResolver(checkAmounts(currency)),
    defaultValues: startingValues(campaign, previous),
  });
  const deliverables = useFieldArray({ control: form.control, name: "deliverables" });
  const products = useFieldArray({ control: form.control, name: "products" });
  const bonuses = useFieldArray({ control: form.control, name: "bonuses" });
  const errors = form.formState.errors;
  const model = form.watch("model");
  const basis = form.watch("basis");
  const isFee = model === "flat_fee" || model === "hybrid";
  const isCommission = model === "affiliate" || model === "hybrid";

  const submit = form.handleSubmit(async (values) => {
    try {
      const offer = await propose.mutateAsync({
        params: { path: { campaignId: campaign.id, creatorId } },
        body: {
          terms: toTerms(values, currency, previous?.disclosure),
          proposedBy: values.proposedBy,
          ...(values.note ? { note: values.note } : {}),
        },
      });
      notifications.show({ color: "teal", message: `Offer version ${offer.version} saved.` });
      form.setValue("note", "");
      // A new version changes the pipeline card, the budget's forecast and this page's offer list.
      await invalidate("/api/v1/campaigns");
    } catch (error) {
      applyServerErrors(
        form,
        error instanceof ApiError
          ? new ApiError({
              ...error.problem,
              errors: error.problem.errors?.map((e) => ({ ...e, field: formField(e.field) })),
            })
          : error,
      );
    }
  });

  const select = <N extends "collaborationType" | "model" | "basis" | "proposedBy">(
    name: N,
    label: string,
    choices: Array<{ value: string; label: string }>,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <SelectField
          label={label}
          value={field.value}
          onChange={field.onChange}
          options={choices}
          error={errors[name]?.message}
        />
      )}
    />
  );
  const numeric = { valueAsNumber: true } as const;

  return (
    <Paper
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="offer-title"
      withBorder
      radius="md"
      p="md"
    >
      <Stack>
        <Title id="offer-title" order={2} size="h3">
          Offer terms
        </Title>
        <ErrorAlert error={errors.root?.message} title="The offer was not saved" />
        {select("collaborationType", "Collaboration type", options(collaborationTypes))}

        <Title order={3} size="h4">
          Deliverables
        </Title>
        {deliverables.fields.map((row, index) => (
          <Fieldset key={row.id} legend={`Deliverable ${index + 1}`} variant="filled">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} verticalSpacing="xs">
              <Controller
                control={form.control}
                name={`deliverables.${index}.platform`}
                render={({ field }) => (
                  <SelectField
                    label="Platform"
                    value={field.value}
                    onChange={field.onChange}
                    options={options(platforms)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`deliverables.${index}.format`}
                render={({ field }) => (
                  <SelectField
                    label="Format"
                    value={field.value}
                    onChange={field.onChange}
                    options={options(formats)}
                  />
                )}
              />
              <Field
                label="Quantity"
                type="number"
                min={1}
                error={errors.deliverables?.[index]?.quantity?.message}
                {...form.register(`deliverables.${index}.quantity`, numeric)}
              />
              <Controller
                control={form.control}
                name={`deliverables.${index}.draftDueDate`}
                render={({ field }) => (
                  <DateField
                    label="Draft due"
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? "")}
                    error={errors.deliverables?.[index]?.draftDueDate?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`deliverables.${index}.dueDate`}
                render={({ field }) => (
                  <DateField
                    label="Due"
                    required
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? "")}
                    error={errors.deliverables?.[index]?.dueDate?.message}
                  />
                )}
              />
            </SimpleGrid>
            {deliverables.fields.length > 1 ? (
              <Group justify="flex-end" mt="xs">
                <Button variant="subtle" color="red" size="xs" onClick={() => deliverables.remove(index)}>
                  Remove deliverable {index + 1}
                </Button>
              </Group>
            ) : null}
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              deliverables.append({
                platform: "instagram",
                format: "story",
                quantity: 1,
                dueDate: campaign.startDate,
                draftDueDate: "",
              })
            }
          >
            Add a deliverable
          </Button>
        </Group>

        <Title order={3} size="h4">
          Usage rights and exclusivity
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="xs">
          <Controller
            control={form.control}
            name="channels"
            render={({ field }) => (
              <TagsInput
                label="Channels the brand may use the content on"
                splitChars={[","]}
                value={field.value}
                onChange={field.onChange}
                error={errors.channels?.message}
              />
            )}
          />
          <Field
            label="Usage duration (days)"
            type="number"
            min={0}
            error={errors.usageDays?.message}
            {...form.register("usageDays", numeric)}
          />
          <Field
            label="Exclusivity category (empty for none)"
            error={errors.exclusiveCategory?.message}
            {...form.register("exclusiveCategory")}
          />
          <Field
            label="Exclusivity period (days)"
            type="number"
            min={1}
            error={errors.exclusiveDays?.message}
            {...form.register("exclusiveDays", numeric)}
          />
        </SimpleGrid>
        <Group gap="lg">
          <Checkbox label="Paid ads allowed" {...form.register("paidAds")} />
          <Checkbox label="Whitelisting allowed" {...form.register("whitelisting")} />
        </Group>

        <Title order={3} size="h4">
          Compensation
        </Title>
        {select("model", "Compensation model", [
          { value: "flat_fee", label: "Flat fee" },
          { value: "affiliate", label: "Affiliate commission" },
          { value: "product_seeding", label: "Product seeding" },
          { value: "hybrid", label: "Hybrid: fee + commission (+ bonuses)" },
        ])}
        {isFee ? (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} verticalSpacing="xs">
            <Field
              label={`Fee (${currency})`}
              inputMode="decimal"
              error={errors.fee?.message}
              {...form.register("fee")}
            />
            <Field
              label="% on signing"
              type="number"
              min={0}
              max={100}
              error={errors.onSigning?.message}
              {...form.register("onSigning", numeric)}
            />
            <Field
              label="% on approval"
              type="number"
              min={0}
              max={100}
              error={errors.onApproval?.message}
              {...form.register("onApproval", numeric)}
            />
            <Field
              label="% on going live"
              type="number"
              min={0}
              max={100}
              error={errors.onLive?.message}
              {...form.register("onLive", numeric)}
            />
          </SimpleGrid>
        ) : null}
        {isCommission ? (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} verticalSpacing="xs">
            {select("basis", "Commission basis", [
              { value: "percent_of_net_revenue", label: "% of net revenue" },
              { value: "fixed_per_order", label: "Fixed per order" },
            ])}
            {basis === "percent_of_net_revenue" ? (
              <Field
                label="Commission (%)"
                type="number"
                min={0}
                max={100}
                step="0.01"
                error={errors.ratePercent?.message}
                {...form.register("ratePercent", numeric)}
              />
            ) : (
              <Field
                label={`Per order (${currency})`}
                inputMode="decimal"
                error={errors.perOrder?.message}
                {...form.register("perOrder")}
              />
            )}
            <Field
              label="Attribution window (days)"
              type="number"
              min={1}
              error={errors.windowDays?.message}
              {...form.register("windowDays", numeric)}
            />
            <Checkbox label="Cookie tracking" mt={{ base: 0, xs: 32 }} {...form.register("cookie")} />
          </SimpleGrid>
        ) : null}
        {model === "product_seeding" ? (
          <>
            {products.fields.map((row, index) => (
              <Fieldset key={row.id} legend={`Product ${index + 1}`} variant="filled">
                <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
                  <Field
                    label="Product"
                    error={errors.products?.[index]?.name?.message}
                    {...form.register(`products.${index}.name`)}
                  />
                  <Field
                    label={`Retail value (${currency})`}
                    inputMode="decimal"
                    error={errors.products?.[index]?.retailValue?.message}
                    {...form.register(`products.${index}.retailValue`)}
                  />
                  <Field
                    label="Quantity"
                    type="number"
                    min={1}
                    error={errors.products?.[index]?.quantity?.message}
                    {...form.register(`products.${index}.quantity`, numeric)}
                  />
                </SimpleGrid>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => products.append({ name: "", retailValue: "", quantity: 1 })}
              >
                Add a product
              </Button>
            </Group>
          </>
        ) : null}
        {model === "hybrid" ? (
          <>
            {bonuses.fields.map((row, index) => (
              <Fieldset key={row.id} legend={`Bonus ${index + 1}`} variant="filled">
                <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="xs">
                  <Controller
                    control={form.control}
                    name={`bonuses.${index}.metric`}
                    render={({ field }) => (
                      <SelectField
                        label="When"
                        value={field.value}
                        onChange={field.onChange}
                        options={options(bonusMetrics)}
                      />
                    )}
                  />
                  <Field
                    label="reach at least"
                    type="number"
                    min={1}
                    error={errors.bonuses?.[index]?.threshold?.message}
                    {...form.register(`bonuses.${index}.threshold`, numeric)}
                  />
                  <Field
                    label={`Bonus (${currency})`}
                    inputMode="decimal"
                    error={errors.bonuses?.[index]?.amount?.message}
                    {...form.register(`bonuses.${index}.amount`)}
                  />
                </SimpleGrid>
                <Group justify="flex-end" mt="xs">
                  <Button variant="subtle" color="red" size="xs" onClick={() => bonuses.remove(index)}>
                    Remove bonus {index + 1}
                  </Button>
                </Group>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => bonuses.append({ metric: "conversions", threshold: 100, amount: "" })}
              >
                Add a performance bonus
              </Button>
            </Group>
          </>
        ) : null}

        <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="xs">
          {select("proposedBy", "This version is", [
            { value: "brand", label: "Our proposal" },
            { value: "creator", label: "The creator's counter-offer" },
          ])}
          <Field label="Note" error={errors.note?.message} {...form.register("note")} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          Saving makes a new version; the creator accepts it in their portal.
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={form.formState.isSubmitting}>
            Save offer version
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
