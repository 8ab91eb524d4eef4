import { CHANGE_INFO, CHANGES, type ChangeCounts } from "@/lib/domain/changes";

/** How many concerns had each named change between the compared rounds, in words and numbers. */
export function ChangeSummary({ changes }: { changes: ChangeCounts }) {
  const items = CHANGES.filter((change) => changes[change] > 0);
  if (items.length === 0) return <p className="text-sm text-slate-700">No concern was discussed at either round.</p>;
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((change) => (
        <div key={change} className="flex items-baseline gap-1" data-testid={`change-${change}`}>
          <dt className="order-2 text-slate-700">{CHANGE_INFO[change].label.toLowerCase()}</dt>
          <dd className="order-1 font-semibold tabular-nums">{changes[change]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Which rounds are compared, in words. */
export function comparedRoundsSentence(compared: { at: { title: string }; against: { title: string } | null } | null): string {
  if (!compared) return "No rounds in view.";
  return compared.against ? `${compared.at.title}, compared with ${compared.against.title}` : `${compared.at.title}, the first round in view`;
}
