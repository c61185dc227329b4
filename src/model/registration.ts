/**
 * A registration as checks read it. Only a schema-valid file is guaranteed to have this
 * shape; checks that run on invalid files read fields through the guards in `read.ts`.
 */
export interface Registration {
  id: string;
  kind: string;
  partner: string;
  submitted_by: { name: string; email: string };
  submitted_on: string;
  customer?: Customer;
  opportunity?: Opportunity;
  products?: { line: string; sku?: string; quantity: number }[];
  competitors?: string[];
  notes?: string;
  campaign?: Campaign;
  plan?: Plan;
  attachments?: Attachment[];
  waivers?: { rule: string; reason: string }[];
  extensions?: { requested_on: string; days: number; reason: string }[];
  outcome?: { status: 'won' | 'lost' | 'withdrawn'; on: string; reason_code?: string; note?: string };
  decision?: {
    status: 'rejected' | 'returned';
    reason_code: string;
    note?: string;
    by?: string;
    on?: string;
  };
}

export interface Customer {
  name: string;
  registration_number?: string;
  domain?: string;
  region: string;
  industry: string;
  contact?: { name: string; email: string; phone?: string; title?: string };
}

export interface Opportunity {
  title: string;
  value: number;
  currency: string;
  expected_close: string;
  stage: string;
  regions?: string[];
}

export interface Campaign {
  name: string;
  type: string;
  start: string;
  end: string;
  budget: { value: number; currency: string };
  mdf_requested?: number;
  target_leads?: number;
  audience?: string;
}

export interface Plan {
  product_line: string;
  launch_date: string;
  forecast: { year: number; units: number; revenue: number }[];
  currency: string;
  market_analysis: string;
  marketing_strategy: string;
  timeline: { milestone: string; date: string }[];
}

export interface Attachment {
  path: string;
  type: string;
  title?: string;
}
