import type { ChangeCounts } from "@/lib/domain/dashboard";

/** What moved at the latest round, as words and numbers. */
export function ChangeSummary({ changes }: { changes: ChangeCounts }) {
  const items = [
    { key: "improved", label: "improved", symbol: "▲", n: changes.improved },
    { key: "worsened", label: "worsened", symbol: "▼", n: changes.worsened },
    { key: "new", label: "newly raised", symbol: "+", n: changes.newlyRaised },
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <div key={item.key} className="flex items-baseline gap-1" data-testid={`change-${item.key}`}>
          <dt className="order-2 text-slate-700">{item.label}</dt>
          <dd className="order-1 font-semibold">
            <span aria-hidden="true" className="mr-0.5 text-slate-500">
              {item.symbol}
            </span>
            {item.n}
          </dd>
        </div>
      ))}
    </dl>
  );
}
