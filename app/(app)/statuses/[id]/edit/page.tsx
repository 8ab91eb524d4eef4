import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/statuses/evidence-list";
import { RemoveEvidenceButton } from "@/components/statuses/remove-evidence-button";
import { StatusWarnings } from "@/components/statuses/status-warnings";
import { statusFields } from "@/components/statuses/status-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DeleteForm } from "@/components/ui/delete-form";
import { deleteStatus, updateStatus } from "@/lib/actions/statuses";
import { requirePageUser } from "@/lib/auth/authorized";
import { listDocumentOptions } from "@/lib/data/documents";
import { getConcernHistoryForChecks } from "@/lib/data/data-to-check";
import { getStatusForEdit } from "@/lib/data/statuses";
import { parseId } from "@/lib/domain/params";

export const metadata: Metadata = { title: "Edit status" };

export default async function EditStatusPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("ANALYST");
  const id = parseId((await params).id);
  if (!id) notFound();
  const status = await getStatusForEdit(id).catch(() => notFound());
  // Only documents about this status's round can prove it.
  const [documents, checks] = await Promise.all([listDocumentOptions(status.round.id), getConcernHistoryForChecks(status.concern.id)]);
  const thisRound = checks.history.find((h) => h.statusId === id)?.round;
  const back = `/concerns/${status.concern.id}#round-${status.round.id}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Status of “{status.concern.title}”</h1>
      <p className="mb-4 mt-1 text-sm text-slate-700">At {status.round.title}</p>
      <section aria-labelledby="sources-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-6 text-sm">
        <h2 id="sources-heading" className="font-semibold">Sources</h2>
        {status.evidence.length === 0 ? <EvidenceList evidence={[]} emptyText="No source yet." /> : (
          <ul className="space-y-3">
            {status.evidence.map((piece, index) => (
              <li key={piece.id}>
                <EvidenceList evidence={[piece]} />
                <RemoveEvidenceButton id={piece.id} label={`Remove source ${index + 1} (${piece.document.title})`} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ActionForm
        action={updateStatus}
        fields={statusFields(documents.map((d) => ({ value: String(d.id), label: d.title })), { adding: status.evidence.length > 0 })}
        initial={{ status: status.status, note: status.note }}
        hidden={{ id: String(id), version: String(status.version) }}
        submitLabel="Save status"
        successHref={back}
      >
        {thisRound ? <StatusWarnings history={checks.history.filter((h) => h.statusId !== id)} firstRaised={checks.firstRaised} round={thisRound} /> : null}
      </ActionForm>
      <section aria-labelledby="delete-heading" className="mt-8 rounded-lg border border-red-200 bg-white p-6">
        <h2 id="delete-heading" className="font-semibold">Delete this status</h2>
        <p className="mt-1 text-sm text-slate-700">The concern will have no status at this round; the change stays in its history.</p>
        <div className="mt-2"><DeleteForm action={deleteStatus} id={id} version={status.version} label="Delete status" afterHref={`/concerns/${status.concern.id}`} /></div>
      </section>
    </>
  );
}
