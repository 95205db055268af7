export function grantAppRole(options: { ownerUrl: string; role: string }): Promise<void>;
