import { ShownOnce } from "@/components/ui/shown-once";
import type { OneTimePasswordData } from "@/lib/actions/users";

export function OneTimePassword({ data }: { data: OneTimePasswordData }) {
  return (
    <ShownOnce
      intro={
        <>
          One-time password for <strong>{data.email}</strong>
        </>
      }
      secret={data.password}
      testId="one-time-password"
      after="Give it to them privately. When they first log in with it, they must choose their own password before anything else."
    />
  );
}
