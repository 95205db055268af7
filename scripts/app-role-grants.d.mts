export function appRoleGrants(role: string): string[];
