import { NextResponse } from "next/server";
import { withApi } from "@/lib/server/api/with-api";
import { buildOpenApiDocument, ZOpenApiDocument } from "@/lib/server/api/openapi/build-openapi-document";

// Public and static: the document describes the API, not any lane's data. The route table is
// loaded on the first request because it includes this module too.
export const GET = withApi(
  {
    operationId: "getOpenApiDocument",
    tag: "Meta",
    summary: "This OpenAPI 3.1 document",
    allowAnonymous: true,
    response: { status: 200, description: "The OpenAPI document", schema: ZOpenApiDocument },
  },
  async () => {
    const { API_ROUTES } = await import("@/app/api/v1/api-routes");
    return NextResponse.json(buildOpenApiDocument(API_ROUTES), {
      headers: { "cache-control": "public, max-age=300" },
    });
  },
);
