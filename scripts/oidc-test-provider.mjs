#!/usr/bin/env node
// A real OpenID Connect provider on loopback for the end-to-end tests (`oidc-provider`, the
// certified Node implementation): one registered client (Lanegate) and one test account. Its login
// page is the package's development interaction: any password for the login "oidc.tester".
//   node scripts/oidc-test-provider.mjs --port 8100 --redirect http://127.0.0.1:3100/api/auth/callback/oidc
import { parseArgs } from "node:util";
import Provider from "oidc-provider";

export const OIDC_TEST_CLIENT = { id: "lanegate-e2e", secret: "lanegate-e2e-client-secret" };
export const OIDC_TEST_ACCOUNT = {
  login: "oidc.tester",
  email: "oidc.tester@northwind.example",
  name: "Olivia Tester",
};

export function startOidcTestProvider({ port, redirectUri }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT.id,
        client_secret: OIDC_TEST_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      if (id !== OIDC_TEST_ACCOUNT.login) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: OIDC_TEST_ACCOUNT.email, email_verified: true, name: OIDC_TEST_ACCOUNT.name };
        },
      };
    },
  });
  return new Promise((resolve) => {
    const server = provider.listen(port, "127.0.0.1", () =>
      resolve({ issuer, close: () => new Promise((r) => server.close(r)) }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "8100" }, redirect: { type: "string" } },
  });
  const port = Number(values.port);
  const { issuer } = await startOidcTestProvider({
    port,
    redirectUri: values.redirect ?? "http://127.0.0.1:3100/api/auth/callback/oidc",
  });
  console.log(`OIDC test provider at ${issuer}`);
}
