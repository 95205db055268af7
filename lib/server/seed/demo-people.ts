import type { UserRole } from "@/lib/generated/prisma/client";

export const DEMO_PEOPLE = [
  {
    key: "priya",
    name: "Priya Raman",
    email: "priya.raman@northwind.example",
    role: "PLATFORM_LEAD",
    team: "Data Platform",
  },
  {
    key: "marcus",
    name: "Marcus Feld",
    email: "marcus.feld@northwind.example",
    role: "PLATFORM_LEAD",
    team: "Data Platform",
  },
  {
    key: "lena",
    name: "Lena Okafor",
    email: "lena.okafor@northwind.example",
    role: "LANE_OWNER",
    team: "Query Engine",
  },
  {
    key: "tomas",
    name: "Tomás Rivera",
    email: "tomas.rivera@northwind.example",
    role: "LANE_OWNER",
    team: "Query Engine",
  },
  {
    key: "aiko",
    name: "Aiko Tanaka",
    email: "aiko.tanaka@northwind.example",
    role: "LANE_OWNER",
    team: "Marketing Analytics",
  },
  {
    key: "dmitri",
    name: "Dmitri Volkov",
    email: "dmitri.volkov@northwind.example",
    role: "LANE_OWNER",
    team: "Runtime",
  },
  {
    key: "sofia",
    name: "Sofia Lindqvist",
    email: "sofia.lindqvist@northwind.example",
    role: "LANE_OWNER",
    team: "Web Analytics",
  },
  {
    key: "jonas",
    name: "Jonas Becker",
    email: "jonas.becker@northwind.example",
    role: "LANE_OWNER",
    team: "Supply Chain Data",
  },
  {
    key: "hannah",
    name: "Hannah Weiss",
    email: "hannah.weiss@northwind.example",
    role: "LANE_OWNER",
    team: "Customer Data",
  },
  {
    key: "ravi",
    name: "Ravi Subramanian",
    email: "ravi.subramanian@northwind.example",
    role: "LANE_OWNER",
    team: "Observability",
  },
  { key: "grace", name: "Grace Kim", email: "grace.kim@northwind.example", role: "STAKEHOLDER", team: "VP Data" },
] as const satisfies readonly { key: string; name: string; email: string; role: UserRole; team: string }[];

export type PersonKey = (typeof DEMO_PEOPLE)[number]["key"];
