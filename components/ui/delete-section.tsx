import { DeleteForm } from "@/components/ui/delete-form";
import type { ActionState } from "@/lib/action-state";

/**
 * The danger zone at the foot of a record's page: the delete form with its
 * consequences, or why the record cannot be deleted (others were merged into it).
 */
export function DeleteSection({ noun, blocked, ...form }: {
  /** "concern", "case". */
  noun: string;
  /** Other records were merged into this one: their history points here. */
  blocked: boolean;
  action: (previous: ActionState, input: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  afterHref: string;
  statement: string;
}) {
  return (
    <section aria-labelledby="delete-heading" className="mt-8 rounded-lg border border-red-200 bg-white p-6">
      <h2 id="delete-heading" className="font-semibold">Delete this {noun}</h2>
      {blocked ? (
        <p className="mt-1 text-sm text-slate-700">This {noun} cannot be deleted: other {noun}s were merged into it.</p>
      ) : (
        <div className="mt-2">
          <DeleteForm {...form} label={`Delete ${noun}`} />
        </div>
      )}
    </section>
  );
}
