import { STATUS_INFO, STATUSES } from "@/lib/domain/status";

// Every element showing a status (badge, matrix cell, chart segment) carries
// data-status and takes its colours from this one stylesheet, rather than a
// style attribute each: a theme page has over a thousand of them.
const CSS = STATUSES.map(
  (status) => `[data-status="${status}"]{background-color:${STATUS_INFO[status].color};color:${STATUS_INFO[status].textColor}}`,
).join("");

/** Rendered once by the signed-in layout; React hoists it into <head> (href + precedence). */
export function StatusColours() {
  return (
    <style href="status-colours" precedence="default">
      {CSS}
    </style>
  );
}
