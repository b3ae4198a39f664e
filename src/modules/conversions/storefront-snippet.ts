/**
 * /t.js for shops that are not on Shopify: keeps the `amp_cid` of the landing URL in a first-party cookie for the
 * attribution window (data-window-days, default 30), and offers `amplio.conversion({ orderId, amount, currency })`
 * for the order confirmation page, which posts to this server with the publishable key from data-key.
 */
export const storefrontScript = `(function () {
  var script = document.currentScript;
  if (!script) return;
  var key = script.getAttribute("data-key");
  var days = Number(script.getAttribute("data-window-days")) || 30;
  var endpoint = new URL(script.src).origin + "/t/conversions";
  function stored() {
    var match = document.cookie.match(/(?:^|; )amp_cid=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : undefined;
  }
  var arrived = new URLSearchParams(location.search).get("amp_cid");
  if (arrived && /^[A-Za-z0-9-]{8,64}$/.test(arrived)) {
    document.cookie = "amp_cid=" + encodeURIComponent(arrived) + "; Max-Age=" + days * 86400 + "; Path=/; SameSite=Lax" +
      (location.protocol === "https:" ? "; Secure" : "");
  }
  window.amplio = {
    clickId: stored,
    conversion: function (order) {
      var body = { key: key, clickId: stored() };
      for (var name in order) body[name] = order[name];
      if (!body.occurredAt) body.occurredAt = new Date().toISOString();
      return fetch(endpoint, {
        method: "POST",
        mode: "cors",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    },
  };
})();
`;

export function storefrontSnippet(publicUrl: string, publishableKey: string): string {
  return `<script src="${publicUrl.replace(/\/+$/, "")}/t.js" data-key="${publishableKey}" data-window-days="30" defer></script>`;
}
