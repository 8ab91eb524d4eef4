"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { logOutEverywhere } from "@/lib/actions/account";

/** Ends every session of the user, on every device; on success the action sends them to the login page. */
export function LogOutEverywhereForm() {
  const [state, formAction, pending] = useActionState(logOutEverywhere, initialActionState);
  return (
    <form action={formAction} className="mt-4 max-w-md space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="scope" value="everywhere" />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Logging out…" : "Log out everywhere"}
      </Button>
    </form>
  );
}
