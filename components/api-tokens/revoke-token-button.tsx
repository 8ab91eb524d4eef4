"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { revokeApiToken } from "@/lib/actions/api-tokens";

export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const [state, formAction, pending] = useActionState(revokeApiToken, initialActionState);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke the token ${name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      {state.ok ? null : <FormMessage message={state.message} ok={false} />}
    </form>
  );
}
