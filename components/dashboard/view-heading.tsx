import { Fragment } from "react";
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, exportHref } from "@/lib/domain/export-file";
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

/** Each download in every format: "Download the matrix: CSV · Excel · JSON". `href` is the export's address without a format. */
export function ExportLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="no-print flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Downloads">
      {links.map((link) => (
        <li key={link.href}>
          {link.label}:{" "}
          {EXPORT_FORMATS.map((format, i) => (
            <Fragment key={format}>
              {i > 0 ? " · " : null}
              {/* A plain <a>: a file download, not a page navigation. */}
              <a
                href={exportHref(link.href, format)}
                download
                aria-label={`${link.label} (${EXPORT_FORMAT_LABELS[format]})`}
                className="text-blue-800 underline underline-offset-4"
              >
                {EXPORT_FORMAT_LABELS[format]}
              </a>
            </Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}
