import type { Metadata } from "next";
import Link from "next/link";
import { FixFirstRaisedButton } from "@/components/data-checks/fix-first-raised-button";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { requirePageUser } from "@/lib/auth/authorized";
import { listRecordsToCheck } from "@/lib/data/data-to-check";
import { CHECK_INFO, CHECKS } from "@/lib/domain/consistency";
import { formatDay } from "@/lib/domain/dashboard";
import { plural } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Data to check" };

export default async function DataToCheckPage() {
  await requirePageUser("ANALYST");
  const records = await listRecordsToCheck();
  return (
    <>
      <h1 className="text-2xl font-semibold">Data to check</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        Records that contradict their concern&apos;s own history. They were saved as entered; fix them here when the fix is clear, or open the
        record. {records.length === 0 ? "Nothing to check: every record agrees with its history." : `${plural(records.length, "record")} to check.`}
      </p>
      {CHECKS.map((check) => {
        const found = records.filter((r) => r.check === check);
        if (found.length === 0) return null;
        return (
          <section key={check} aria-labelledby={`check-${check}`} className="mt-6">
            <h2 id={`check-${check}`} className="text-lg font-semibold">
              {CHECK_INFO[check].label} ({found.length})
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">{CHECK_INFO[check].description}</p>
            <div className="relative mt-2 overflow-x-auto" role="region" aria-label={CHECK_INFO[check].label} tabIndex={0}>
              <table className="min-w-full text-sm">
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="p-1">Concern</th>
                    <th scope="col" className="p-1">Record</th>
                    <th scope="col" className="p-1">First raised</th>
                    <th scope="col" className="p-1">Fix</th>
                  </tr>
                </thead>
                <tbody>
                  {found.map((r) => (
                    <tr key={`${r.concern.id}-${r.status?.id ?? "concern"}`} className="border-t border-slate-100 align-top">
                      <th scope="row" className="p-1 text-left font-normal">
                        <Link href={`/concerns/${r.concern.id}`} className="text-blue-900 underline underline-offset-4">{r.concern.title}</Link>
                      </th>
                      <td className="p-1">
                        {r.status ? (
                          <span className="flex flex-wrap items-center gap-1">
                            <StatusBadge status={r.status.status} /> at {r.status.round.title}, {formatDay(r.status.round.startDate)}
                          </span>
                        ) : (
                          "The concern's first-raised round"
                        )}
                      </td>
                      <td className="p-1">{r.firstRaised ? `${r.firstRaised.title}, ${formatDay(r.firstRaised.startDate)}` : "Not set"}</td>
                      <td className="p-1">
                        {r.fixTo ? (
                          <FixFirstRaisedButton concernId={r.concern.id} version={r.concern.version} label={`Move first raised to ${r.fixTo.title}`} />
                        ) : r.status ? (
                          <Link href={`/statuses/${r.status.id}/edit`} className="text-blue-900 underline underline-offset-4">
                            Edit the status
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
