import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/authorized";
import { hasRole } from "@/lib/auth/roles";
import { listRounds } from "@/lib/data/rounds";
import { formatDate, plural, ROUND_FORMAT_LABELS, ROUND_KIND_LABELS } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Rounds" };

export default async function RoundsPage() {
  const user = await requirePageUser();
  const rounds = await listRounds();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Rounds</h1>
        {hasRole(user.role, "ANALYST") ? <Link href="/rounds/new" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">New round</Link> : null}
      </div>
      {rounds.length === 0 ? (
        <p className="mt-6 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">No rounds yet.</p>
      ) : (
        <ul className="mt-6 space-y-3" aria-label="Rounds, newest first">
          {rounds.map((round) => (
            <li key={round.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-medium"><Link href={`/rounds/${round.id}`} className="hover:underline">{round.title}</Link></h2>
              <p className="mt-1 text-sm text-slate-700">
                {formatDate(round.startDate)}{round.endDate ? ` – ${formatDate(round.endDate)}` : ""}
                {round.place ? ` · ${round.place}` : ""} · {ROUND_FORMAT_LABELS[round.format]} · {ROUND_KIND_LABELS[round.kind]}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {plural(round._count.documents, "document")} · {plural(round._count.statusAssessments, "status", "statuses")} recorded
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
