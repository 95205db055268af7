/**
 * A path whose percent-escapes do not decode to UTF-8 (`/releases/%ZZ`, `/lanes/%c0%ae`) names no
 * page or resource. Next would fail decoding it and answer a plain-text 500; the proxy answers a
 * 400 problem+json that says which part is wrong instead.
 */
export function rejectMalformedPath(pathname: string): Response | null {
  const segments = pathname.split("/");
  const index = segments.findIndex((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
  if (index < 0) return null;
  const segment = segments[index]!.replace(/[^\x21-\x7e]/g, "?").slice(0, 200);
  const message = `Path segment ${index} ("${segment}") is not valid percent-encoded UTF-8`;
  return Response.json(
    {
      type: "https://lanegate.dev/problems/invalid-path",
      status: 400,
      code: "INVALID_PATH",
      title: "The URL path is not valid percent-encoded UTF-8.",
      detail: message,
      invalid_params: [{ pointer: "/path", message }],
    },
    { status: 400, headers: { "content-type": "application/problem+json" } },
  );
}
