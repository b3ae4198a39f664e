import { useCallback, useEffect, useState } from "react";
import { get, type Page, pageUrl, post } from "../../api";
import { ErrorAlert } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";

interface PayoutEntry {
  id: string;
  creatorId: string;
  kind: string;
  description: string;
  amount: number;
  currency: string;
  status: "pending" | "approved" | "paid" | "void";
  payableFrom: string;
  locked: boolean;
  approvedBy: string | null;
}

export function PayoutsSection({ campaignId, names }: { campaignId: string; names: Map<string, string> }) {
  const [entries, setEntries] = useState<PayoutEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  // The ledger can run to thousands of entries: the first page, then the rest on request.
  const load = useCallback(
    async (after?: string) => {
      try {
        const page = await get<Page<PayoutEntry>>(pageUrl(`/api/v1/campaigns/${campaignId}/payouts`, after));
        setEntries((previous) => (after ? [...(previous ?? []), ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (caught) {
        setError(caught);
      }
    },
    [campaignId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function act(entry: PayoutEntry, action: "approve" | "pay" | "void") {
    setError(null);
    try {
      // The entry changes in place, so the pages loaded so far stay open.
      const changed = await post<PayoutEntry>(`/api/v1/payouts/${entry.id}/${action}`);
      setEntries((previous) => previous?.map((e) => (e.id === changed.id ? changed : e)) ?? null);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="payouts-title">
      <div className="page-header">
        <h2 id="payouts-title" className="section-title">
          Payouts
        </h2>
        <a className="button" href={`/api/v1/campaigns/${campaignId}/payouts.csv`} download>
          Export payouts CSV
        </a>
      </div>
      <ErrorAlert error={error} />
      {entries && entries.length === 0 ? (
        <p className="muted">
          Nothing owed yet: fees appear when their trigger happens, commissions with each attributed order.
        </p>
      ) : null}
      {entries && entries.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">What</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Payable from</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{names.get(entry.creatorId) ?? "—"}</td>
                  <td>{entry.description}</td>
                  <td className="num">{formatMoney(entry.amount, entry.currency)}</td>
                  <td>
                    {formatTime(entry.payableFrom)}
                    {entry.locked ? <span className="muted small"> (locked)</span> : null}
                  </td>
                  <td>
                    <span
                      className={`badge status-${entry.status === "paid" || entry.status === "approved" ? "active" : entry.status === "void" ? "revoked" : "pending"}`}
                    >
                      {entry.status}
                    </span>
                    {entry.approvedBy ? <span className="muted small"> by {entry.approvedBy}</span> : null}
                  </td>
                  <td>
                    {entry.status === "pending" && !entry.locked ? (
                      <button
                        type="button"
                        className="button small"
                        onClick={() => void act(entry, "approve")}
                      >
                        Approve
                      </button>
                    ) : null}
                    {entry.status === "approved" ? (
                      <button type="button" className="button small" onClick={() => void act(entry, "pay")}>
                        Mark paid
                      </button>
                    ) : null}
                    {entry.status === "pending" || entry.status === "approved" ? (
                      <button
                        type="button"
                        className="button small danger"
                        onClick={() => void act(entry, "void")}
                      >
                        Void
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor ? (
        <button type="button" className="button load-more" onClick={() => void load(cursor)}>
          Load more entries
        </button>
      ) : null}
    </section>
  );
}
