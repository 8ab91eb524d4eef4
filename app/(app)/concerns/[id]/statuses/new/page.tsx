import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { statusFields } from "@/components/statuses/status-fields";
import { StatusWarnings } from "@/components/statuses/status-warnings";
import { ActionForm } from "@/components/ui/action-form";
import { setStatus } from "@/lib/actions/statuses";
import { requirePageUser } from "@/lib/auth/authorized";
import { getConcernRounds } from "@/lib/data/concerns";
import { getConcernHistoryForChecks } from "@/lib/data/data-to-check";
import { listDocumentOptions } from "@/lib/data/documents";
import { listRoundOptions } from "@/lib/data/rounds";
import { isoDay } from "@/lib/domain/format";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Record a status" };

export default async function NewStatusPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const [concern, rounds, documents, checks] = await Promise.all([
    getConcernRounds(id).catch(() => notFound()),
    listRoundOptions(),
    listDocumentOptions(),
    getConcernHistoryForChecks(id).catch(() => notFound()),
  ]);
  const taken = new Set(concern.roundIds);
  const open = rounds.filter((r) => !taken.has(r.id)).map((r) => ({ value: String(r.id), label: r.title }));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Record a status for “{concern.title}”</h1>
      {open.length === 0 ? <p className="text-sm text-slate-700">This concern has a status at every round. Edit one from its timeline.</p> : (
        <ActionForm
          action={setStatus}
          fields={statusFields(documents.map((d) => ({ value: String(d.id), label: d.title })), { rounds: open })}
          initial={{ status: "NO_PROGRESS" }}
          hidden={{ concernId: String(id) }}
          submitLabel="Save status"
          successHref={`/concerns/${id}`}
        >
          <StatusWarnings
            history={checks.history}
            firstRaised={checks.firstRaised}
            rounds={rounds.map((r) => ({ id: r.id, title: r.title, startDate: isoDay(r.startDate) }))}
          />
        </ActionForm>
      )}
    </>
  );
}
