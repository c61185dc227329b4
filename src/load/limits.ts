/** Bounds on what one YAML file may cost to load; the policy can change them. */
export interface Limits {
  maxFileBytes: number;
  maxAliases: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 1024 * 1024,
  maxAliases: 100,
};
