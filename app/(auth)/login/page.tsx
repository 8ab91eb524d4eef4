import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { callbackUrlSchema } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = callbackUrlSchema.parse((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-semibold">Dialogue Tracker</h1>
      <p className="mt-1 text-sm text-slate-600">EU–Kazakhstan Human Rights Dialogue: concerns and their status, round by round.</p>
      <LoginForm callbackUrl={callbackUrl} />
    </main>
  );
}
