// API calls made with the signed-in session must come from the app's own origin, as a browser's
// do: cookie-authenticated writes without it are refused (CSRF protection). Bearer-token calls are
// exempt (see pipeline-token.ts).
const port = Number(process.env.E2E_PORT ?? 3100);

export const sameOrigin = { extraHTTPHeaders: { origin: `http://127.0.0.1:${port}` } };
