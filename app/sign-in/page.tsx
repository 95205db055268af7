import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getEnv, oidcConfigured } from "@/lib/env";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { safeNextPath } from "@/lib/domain/auth/safe-next-path";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const SSO_ERRORS: Record<string, string> = {
  ACCOUNT_DEACTIVATED: "This account has been deactivated. Ask a platform lead.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// `?next=a&next=b` arrives as an array: only the first value counts.
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const target = safeNextPath(first(params.next));
  const error = first(params.error);
  if (await getViewer()) redirect(target);
  const env = getEnv();
  const ssoError = error
    ? (SSO_ERRORS[error.toUpperCase()] ?? "Single sign-on did not complete. Try again, or sign in with your password.")
    : null;
  return (
    <div className="mx-auto mt-12 max-w-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in to Lanegate</h1>
      <p className="mb-6 text-sm text-slate-600">Readiness, owners and releases of every DataFusion lane.</p>
      <SignInForm next={target} sso={oidcConfigured(env) ? { name: env.OIDC_NAME } : null} initialError={ssoError} />
    </div>
  );
}
