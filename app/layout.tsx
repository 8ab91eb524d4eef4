import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dialogue Tracker", template: "%s · Dialogue Tracker" },
  description: "What the EU raised in its Human Rights Dialogue with Kazakhstan, and what became of it, round by round.",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, even those that read no cookie (the
  // not-found page): the CSP nonce is per request, and a page prerendered at
  // build time would carry scripts without it, which the browser refuses.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
