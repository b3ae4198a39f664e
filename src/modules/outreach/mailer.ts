import nodemailer, { type Transporter } from "nodemailer";

const transports = new Map<string, Transporter>();

export interface OutgoingMail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** Sends one message through the SMTP server at `smtpUrl` (nodemailer builds and encodes every header). */
export async function sendMail(smtpUrl: string, mail: OutgoingMail): Promise<void> {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  await transport.sendMail({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: mail.messageId,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length ? { references: mail.references } : {}),
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    // Addresses come from our validated records; never let nodemailer read them from the message itself.
    envelope: { from: mail.from.address, to: [mail.to] },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

export function newMessageId(id: string, senderEmail: string): string {
  const domain = senderEmail.split("@")[1] ?? "amplio.localdomain";
  return `<${id}@${domain}>`;
}
