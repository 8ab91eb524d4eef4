import { CHANGE_INFO, CHANGES, type ChangeCounts } from "@/lib/domain/changes";

/** How many concerns had each named change between the compared rounds, in words and numbers. */
export function ChangeSummary({ changes }: { changes: ChangeCounts }) {
  const items = CHANGES.filter((change) => changes[change] > 0);
  if (items.length === 0) return <p className="text-sm text-slate-700">No concern was discussed at either round.</p>;
  return (
    // Styled from the list, once, rather than on each item: the dashboard repeats this for every theme.
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm [&>div]:flex [&>div]:items-baseline [&>div]:gap-1 [&_dt]:order-2 [&_dt]:text-slate-700 [&_dd]:order-1 [&_dd]:font-semibold [&_dd]:tabular-nums">
      {items.map((change) => (
        <div key={change} data-testid={`change-${change}`}>
          <dt>{CHANGE_INFO[change].label.toLowerCase()}</dt>
          <dd>{changes[change]}</dd>
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
