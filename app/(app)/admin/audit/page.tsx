import type { Metadata } from "next";
import Link from "next/link";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { HistoryList } from "@/components/audit/history-list";
import { requirePageUser } from "@/lib/auth/authorized";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents, parseAuditFilters, readableHistory } from "@/lib/data/audit";
import { plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("ADMIN");
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const [{ events, total }, actors] = await Promise.all([listAuditEvents(filters), listAuditActors()]);
  // Admins only: nothing is redacted here.
  const history = await readableHistory(events, { redact: false, reader: user });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (typeof value === "string" && key !== "page") query.set(key, value);
    query.set("page", String(page));
    return `/admin/audit?${query}`;
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="mt-1 text-sm text-slate-700">Every create, change, merge and delete, newest first. The log cannot be edited.</p>
      <div className="mt-4"><AuditFiltersForm filters={filters} actors={actors.map((a) => ({ value: String(a.id), label: a.name }))} /></div>
      <p className="mt-4 text-sm" role="status">{plural(total, "event")}{pages > 1 ? ` · page ${filters.page} of ${pages}` : ""}</p>
      <div className="mt-2"><HistoryList history={history} /></div>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} className="underline">Newer events</Link> : null}
          {filters.page < pages ? <Link href={pageHref(filters.page + 1)} className="underline">Older events</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
