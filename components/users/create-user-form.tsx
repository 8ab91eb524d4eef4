"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimePassword } from "@/components/users/one-time-password";
import { ROLE_DESCRIPTIONS, RoleSelect } from "@/components/users/role-select";
import { initialActionState } from "@/lib/action-state";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { createUser, type OneTimePasswordData } from "@/lib/actions/users";

export function CreateUserForm() {
  const [state, formAction, pending] = useActionState(createUser, initialActionState);
  const created = state.ok ? (state.data as OneTimePasswordData) : null;
  // After a success the form starts empty again; after a refusal it keeps what was typed.
  const values = state.ok ? {} : (state.values ?? {});
  const roleErrors = state.fieldErrors?.role;
  return (
    <section aria-labelledby="create-user-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="create-user-heading" className="text-lg font-semibold">
        Add a user
      </h2>
      <form action={formAction} className="mt-3 space-y-3" noValidate key={created?.password ?? "form"}>
        <FormMessage message={state.message} ok={state.ok} />
        {created ? <OneTimePassword data={created} /> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Name" name="name" autoComplete="off" required defaultValue={values.name ?? ""} errors={state.fieldErrors?.name} />
          <Field label="Email" name="email" type="email" autoComplete="off" required defaultValue={values.email ?? ""} errors={state.fieldErrors?.email} />
        </div>
        <div>
          <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-800">
            Role
          </label>
          <RoleSelect
            id="new-user-role"
            name="role"
            defaultValue={values.role ?? "VIEWER"}
            aria-describedby={roleErrors?.length ? "new-user-role-hint new-user-role-error" : "new-user-role-hint"}
            aria-invalid={roleErrors?.length ? true : undefined}
          />
          <ul id="new-user-role-hint" className="mt-1 text-xs text-slate-600">
            {Object.entries(ROLE_DESCRIPTIONS).map(([role, description]) => (
              <li key={role}>
                <span className="font-medium">{ROLE_LABELS[role as keyof typeof ROLE_DESCRIPTIONS]}</span>: {description}
              </li>
            ))}
          </ul>
          {roleErrors?.length ? (
            <p id="new-user-role-error" className="mt-1 text-sm text-red-800">
              {roleErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add user"}
        </Button>
      </form>
    </section>
  );
}
