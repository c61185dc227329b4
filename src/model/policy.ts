/** reg.config.yaml after validation against schemas/policy.schema.json. */
export interface Policy {
  version: 1;
  program: { name: string; vendor: string; contact?: string };
  base_currency: string;
  currencies?: Record<string, number>;
  regions?: string[];
  limits?: { max_file_bytes?: number; max_aliases?: number; max_attachment_bytes?: number };
  /** `dir`: a workspace-relative folder for the cache (src/cache/folder.ts). */
  cache?: { dir?: string };
  kinds: Record<string, { title: string; description?: string }>;
  product_lines?: ProductLine[];
  certifications?: { id: string; title: string }[];
  attachment_types?: Record<string, { title: string; extensions: string[] }>;
  approvers?: Record<string, ApproverGroup>;
  admins?: string[];
  tiers: Tier[];
  calendar?: { holidays?: string[]; workdays?: string[] };
  protection: {
    days: number;
    warning_days: number;
    extensions?: { max_count: number; max_days: number };
  };
  reason_codes?: Record<string, { code: string; title: string }[]>;
  waivable?: Record<string, { approvers: string[]; title?: string }>;
  requirements?: Requirement[];
  extra_approvals?: { id: string; when: Condition; approvers: string[]; title?: string }[];
  export?: { mappings: Record<string, { columns: { header: string; field: string }[] }> };
}

export interface ApproverGroup {
  title: string;
  members: string[];
  /** `org/team` on the code host, for CODEOWNERS. */
  team?: string;
}

export interface ProductLine {
  id: string;
  title: string;
  certification?: string;
  regulated?: boolean;
}

export interface Tier {
  id: string;
  title: string;
  min_value?: number;
  min_product_lines?: number;
  min_regions?: number;
  when_fields?: Record<string, string | number | boolean>;
  approvers: string[];
  sla_business_days: number;
  auto_approve?: boolean;
}

export interface Condition {
  kind?: string[];
  tier?: string[];
  industry?: string[];
  region?: string[];
  product_lines?: string[];
}

export interface Requirement {
  id: string;
  title: string;
  when?: Condition;
  fields?: string[];
  attachments?: string[];
}
