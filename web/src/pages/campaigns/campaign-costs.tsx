import { minorToDecimal } from "@shared/money";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { del, get, pageUrl, patch, post } from "../../api";
import { ErrorAlert, Field, fieldError } from "../../components/ui";
import { formatMoney } from "../../format";
import { type CampaignCost, type CampaignCostPage, toMinor } from "./types";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Campaign-level costs (M7): what the campaign cost beyond its creators. They count in the report's campaign cost
 * and on their day in spend by day. A list with the total of every cost and a small form to enter or change one.
 */
export function CampaignCosts({ campaignId, currency }: { campaignId: string; currency: string }) {
  const [costs, setCosts] = useState<CampaignCostPage | null>(null);
  const [editing, setEditing] = useState<CampaignCost | null>(null);
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState("");
  const [incurredOn, setIncurredOn] = useState(today);
  const [error, setError] = useState<unknown>(null);
  const url = `/api/v1/campaigns/${campaignId}/costs`;

  const load = useCallback(async () => {
    try {
      setCosts(await get<CampaignCostPage>(pageUrl(url)));
    } catch (caught) {
      setError(caught);
    }
  }, [url]);

  useEffect(() => {
    void load();
  }, [load]);

  async function loadMore(current: CampaignCostPage) {
    try {
      const next = await get<CampaignCostPage>(pageUrl(url, current.nextCursor));
      setCosts({ ...next, items: [...current.items, ...next.items] });
    } catch (caught) {
      setError(caught);
    }
  }

  function reset() {
    setEditing(null);
    setDescription("");
    setAmount("");
    setIncurredOn(today());
  }

  function edit(cost: CampaignCost) {
    setEditing(cost);
    setDescription(cost.description);
    setAmount(minorToDecimal(cost.amount, cost.currency));
    setIncurredOn(cost.incurredOn);
    setError(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    // An amount that does not parse goes as text, so the server names the field in its answer.
    const minor = toMinor(amount, currency) ?? amount;
    const body = { description, amount: minor, incurredOn };
    try {
      if (editing) await patch(`${url}/${editing.id}`, body);
      else await post(url, { ...body, currency });
      reset();
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  async function remove(cost: CampaignCost) {
    if (!window.confirm(`Delete the cost "${cost.description}"?`)) return;
    setError(null);
    try {
      await del(`${url}/${cost.id}`);
      if (editing?.id === cost.id) reset();
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="card" aria-labelledby="costs-title">
      <h2 id="costs-title" className="section-title">
        Campaign costs
      </h2>
      <p className="muted">
        Costs beyond the creators (a shoot, an agency, a tool). They count in the report's cost and on their
        day in spend over time.
      </p>
      <ErrorAlert error={error} />
      {costs && costs.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Description</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {costs.items.map((cost) => (
                <tr key={cost.id}>
                  <td>{cost.incurredOn}</td>
                  <td>{cost.description}</td>
                  <td className="num">{formatMoney(cost.amount, cost.currency)}</td>
                  <td>
                    <button type="button" className="button" onClick={() => edit(cost)}>
                      Edit
                    </button>{" "}
                    <button type="button" className="button" onClick={() => void remove(cost)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Total{costs.nextCursor ? " (all costs, including those not shown)" : ""}
                </th>
                <td className="num">{formatMoney(costs.total, costs.currency)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : costs ? (
        <p>No campaign costs entered.</p>
      ) : null}
      {costs?.nextCursor ? (
        <button type="button" className="button load-more" onClick={() => void loadMore(costs)}>
          Load older costs
        </button>
      ) : null}
      <form className="inline-form" onSubmit={save} aria-label={editing ? "Change the cost" : "Add a cost"}>
        <Field
          label="Description"
          value={description}
          required
          maxLength={300}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldError(error, "description")}
        />
        <Field
          label={`Amount (${currency})`}
          value={amount}
          required
          inputMode="decimal"
          onChange={(e) => setAmount(e.target.value)}
          error={fieldError(error, "amount")}
        />
        <Field
          label="Day"
          type="date"
          value={incurredOn}
          required
          onChange={(e) => setIncurredOn(e.target.value)}
          error={fieldError(error, "incurredOn")}
        />
        <button type="submit" className="button">
          {editing ? "Save changes" : "Add cost"}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={reset}>
            Cancel
          </button>
        ) : null}
      </form>
    </section>
  );
}
