import QRCode from "qrcode";

/** The short URL as a QR code, PNG (for print) or SVG (for design tools). */
export async function linkQrCode(shortUrl: string, format: "png" | "svg"): Promise<Buffer | string> {
  if (format === "svg")
    return QRCode.toString(shortUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return QRCode.toBuffer(shortUrl, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 512 });
}
