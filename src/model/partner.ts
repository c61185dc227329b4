/** partners/<id>.yaml after validation against schemas/partner.schema.json. */
export interface Partner {
  id: string;
  name: string;
  tier: string;
  region: string;
  contacts: Contact[];
  handles?: string[];
  certifications?: { id: string; expires_on: string; issued_on?: string }[];
  joined_on?: string;
}

export interface Contact {
  name: string;
  email: string;
  role?: string;
  handle?: string;
}
