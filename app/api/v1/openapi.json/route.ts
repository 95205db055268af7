import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/server/api/openapi/build-openapi-document";

// Public and static: the document describes the API, not any lane's data.
export function GET() {
  return NextResponse.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
