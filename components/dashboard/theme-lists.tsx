import Link from "next/link";
import { ChangeLabel } from "@/components/dashboard/change-item";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatDay } from "@/lib/domain/dashboard";
import type { ConcernChange, OpenConcern } from "@/lib/data/theme-dashboard";

export function ChangesList({ changes }: { changes: ConcernChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-700">No concern in view was discussed at either round.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Changes between the compared rounds">
      {changes.map((change) => (
        <li key={change.concernId} className="print-avoid-break flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
          <Link href={`/concerns/${change.concernId}`} className="min-w-0 flex-1 basis-60 text-blue-900 underline-offset-4 hover:underline">
            {change.title}
          </Link>
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
