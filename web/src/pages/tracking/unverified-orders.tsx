import { useCallback, useEffect, useState } from "react";
import { get, type Page, pageUrl, post } from "../../api";
import type { components } from "../../api/schema";
import { ErrorAlert } from "../../components/ui";
import { formatMoney, formatTime } from "../../format";

type Conversion = components["schemas"]["Conversion"];

/**
 * Orders a shop's page reported (with its public key) that neither the shop's server nor a person has confirmed:
 * they earn no commission until someone checks them in the shop and approves them here.
 */
export function UnverifiedOrders({
  campaignId,
  nameOf,
}: {
  campaignId: string;
  nameOf: (id: string) => string;
}) {
  const [orders, setOrders] = useState<Conversion[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const url = `/api/v1/conversions?campaignId=${encodeURIComponent(campaignId)}&verified=false`;

  const load = useCallback(
    async (cursor: string | null) => {
      try {
        const page = await get<Page<Conversion>>(pageUrl(url, cursor));
        setOrders((shown) => (cursor ? [...shown, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setError(null);
      } catch (e) {
        setError(e);
      }
    },
    [url],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  async function approve(order: Conversion) {
    try {
      await post(`/api/v1/conversions/${encodeURIComponent(order.orderId)}/approve`);
      setOrders((shown) => shown.filter((o) => o.id !== order.id));
    } catch (e) {
      setError(e);
    }
  }

  if (orders.length === 0 && !error) return null;
  return (
    <section aria-labelledby="unverified-title">
      <h2 id="unverified-title" className="section-title">
        Orders awaiting confirmation
      </h2>
      <p className="muted">
        Reported by the shop's page only, so anyone could have sent them. They earn no commission until your
        shop's server reports the same order (conversions API or Shopify), or you check it in the shop and
        approve it.
      </p>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Reported</th>
              <th scope="col">Creator</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td>
                  <code>{order.orderId}</code>
                </td>
                <td>{formatTime(order.createdAt)}</td>
                <td>
                  {order.attribution.creatorId ? nameOf(order.attribution.creatorId) : "Not attributed"}
                </td>
                <td className="num">{order.currency ? formatMoney(order.amount, order.currency) : "—"}</td>
                <td>
                  <button type="button" className="button" onClick={() => void approve(order)}>
                    Approve {order.orderId}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextCursor ? (
        <button type="button" className="button" onClick={() => void load(nextCursor)}>
          Load more
        </button>
      ) : null}
    </section>
  );
}
