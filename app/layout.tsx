import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dialogue Tracker", template: "%s · Dialogue Tracker" },
  description: "What the EU raised in its Human Rights Dialogue with Kazakhstan, and what became of it, round by round.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
