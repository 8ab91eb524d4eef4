"use client";

// Client components though they need no interaction: fed plain rows, the page carries each list
// once as data (and its HTML), not a second time as the payload of a server-rendered tree.
import Link from "next/link";
import { ChangeLabel } from "@/components/dashboard/change-item";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatDay } from "@/lib/domain/dashboard";
import type { ConcernChange, OpenConcern } from "@/lib/data/theme-dashboard";

export function ChangesList({ changes }: { changes: ConcernChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-700">No concern in view was discussed at either round.</p>;
  return (
    // Item and link styles set once here, not on each of up to 50 items.
    <ul
      className="divide-y divide-slate-100 [&>li]:flex [&>li]:flex-wrap [&>li]:items-center [&>li]:gap-x-3 [&>li]:gap-y-1 [&>li]:py-2 [&>li]:text-sm [&>li>a]:min-w-0 [&>li>a]:flex-1 [&>li>a]:basis-60 [&>li>a]:text-blue-900 [&>li>a]:underline-offset-4 [&>li>a:hover]:underline"
      aria-label="Changes between the compared rounds"
    >
      {changes.map((change) => (
        <li key={change.concernId} className="print-avoid-break">
          <Link href={`/concerns/${change.concernId}`}>{change.title}</Link>
          <ChangeLabel change={change.change} from={change.from} to={change.to} />
        </li>
      ))}
    </ul>
  );
}

export function LongestOpenTable({ concerns }: { concerns: OpenConcern[] }) {
  if (concerns.length === 0) return <p className="text-sm text-slate-700">Every concern in view has been resolved at some round.</p>;
  return (
    <div className="relative overflow-x-auto" role="region" aria-label="Longest-open concerns" tabIndex={0}>
      <table className="min-w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="p-1">
              Concern
            </th>
            <th scope="col" className="p-1">
              First raised
            </th>
            <th scope="col" className="p-1 text-right">
              Rounds
            </th>
            <th scope="col" className="p-1 text-right">
              Years
            </th>
            <th scope="col" className="p-1">
              Now
            </th>
          </tr>
        </thead>
        <tbody>
          {concerns.map((concern) => (
            <tr key={concern.concernId} className="print-avoid-break border-t border-slate-100">
              <th scope="row" className="p-1 text-left font-normal">
                <Link href={`/concerns/${concern.concernId}`} className="text-blue-900 underline-offset-4 hover:underline">
                  {concern.title}
                </Link>
              </th>
              <td className="whitespace-nowrap p-1">{formatDay(concern.firstRaisedOn)}</td>
              <td className="p-1 text-right tabular-nums">{concern.rounds}</td>
              <td className="p-1 text-right tabular-nums">{concern.years.toFixed(1)}</td>
              <td className="p-1">
                <StatusBadge status={concern.current} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
