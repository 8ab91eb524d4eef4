"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { ShownOnce } from "@/components/ui/shown-once";
import { initialActionState } from "@/lib/action-state";
import { createApiToken, type NewApiTokenData } from "@/lib/actions/api-tokens";
import { API_TOKEN_NAME_MAX } from "@/lib/validation/api-tokens";

export function CreateTokenForm({ users }: { users: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(createApiToken, initialActionState);
  const created = state.ok ? (state.data as NewApiTokenData) : null;
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <section aria-labelledby="create-token-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="create-token-heading" className="text-lg font-semibold">
        Create a token
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A token lets a program read the API as the chosen user, with that user&apos;s read rights and nothing more: a viewer&apos;s token does not see
        what only analysts see. Tokens cannot change anything.
      </p>
      <form action={formAction} className="mt-3 space-y-3" noValidate key={created?.token ?? "form"}>
        <FormMessage message={state.message} ok={state.ok} />
        {created ? (
          <ShownOnce
            intro={
              <>
                The token “{created.name}” for <strong>{created.userName}</strong>
              </>
            }
            secret={created.token}
            testId="new-api-token"
            after={
              <>
                Send it as <code>Authorization: Bearer …</code>. Only a fingerprint of it is stored; if it is lost, revoke it and create another.
              </>
            }
          />
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Acts as" name="userId" options={users} placeholder="Choose a user" defaultValue={values.userId ?? ""} errors={state.fieldErrors?.userId} />
          <Field
            label="Name"
            name="name"
            hint="What uses it, e.g. “Partner database sync”."
            autoComplete="off"
            required
            limit={API_TOKEN_NAME_MAX}
            defaultValue={values.name ?? ""}
            errors={state.fieldErrors?.name}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
    </section>
  );
}
