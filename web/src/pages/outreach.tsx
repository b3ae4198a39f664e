// The outreach pages live in ./outreach/; App.tsx imports them from here.
export { DoNotContactPage } from "./outreach/do-not-contact-page";
export { OutboxPage } from "./outreach/outbox-page";
export { OutreachSettingsPage } from "./outreach/outreach-settings-page";
