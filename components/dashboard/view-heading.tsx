import { STATUS_INFO } from "@/lib/domain/status";
import { describeFilters, type DashboardFilters } from "@/lib/validation/dashboard";

/** What is shown (and, on paper, when it was printed), so a briefing explains itself. */
export function ViewDescription({ filters }: { filters: DashboardFilters }) {
  const printedOn = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="view-description">
      <span className="hidden print:inline">Briefing printed {printedOn}. </span>
      Showing {describeFilters(filters, (s) => STATUS_INFO[s].label.toLowerCase())}.
    </p>
  );
}

export function ExportLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="no-print flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Downloads">
      {links.map((link) => (
        <li key={link.href}>
          {/* A plain <a>: a file download, not a page navigation. */}
          <a href={link.href} download className="text-blue-800 underline underline-offset-4">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
