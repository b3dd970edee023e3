-- Host companies: regional hosting rules, company profiles with checklist declarations and
-- outreach stage, traineeship positions, outreach campaigns and contacts, invitations.

CREATE TABLE regional_rules (
    region TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    min_allowance_cents BIGINT NOT NULL,
    small_max_employees INTEGER NOT NULL,
    small_cap INTEGER NOT NULL,
    medium_max_employees INTEGER NOT NULL,
    medium_cap INTEGER NOT NULL,
    large_percent INTEGER NOT NULL,
    require_no_insolvency BOOLEAN NOT NULL,
    require_no_wage_support BOOLEAN NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Defaults from DOMAIN.md §5 (Lombardy DGR 7763/2018, Piedmont DGR 85-6277/2017);
-- editable on the rules page because several figures are unverified.
INSERT INTO regional_rules VALUES
    ('lombardia', 'Lombardia', 50000, 5, 1, 20, 2, 10, FALSE, FALSE, CURRENT_TIMESTAMP),
    ('piemonte', 'Piemonte', 60000, 5, 1, 20, 2, 10, TRUE, TRUE, CURRENT_TIMESTAMP);

CREATE TABLE companies (
    organisation_id TEXT PRIMARY KEY NOT NULL REFERENCES organisations (id),
    vat_number TEXT,
    tax_code TEXT,
    ateco TEXT,
    employees INTEGER,
    address TEXT NOT NULL,
    region TEXT REFERENCES regional_rules (region),
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    notes TEXT NOT NULL,
    stage TEXT NOT NULL,
    stage_changed_at TIMESTAMP NOT NULL,
    owner_id TEXT REFERENCES users (id),
    safety_compliant BOOLEAN,
    disability_compliant BOOLEAN,
    no_recent_dismissals BOOLEAN,
    no_insolvency BOOLEAN,
    no_wage_support BOOLEAN,
    checklist_updated_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX companies_vat_number ON companies (vat_number);
CREATE INDEX companies_stage ON companies (stage);

CREATE TABLE positions (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    company_id TEXT NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    occupation TEXT NOT NULL,
    isco_code TEXT,
    required_skills TEXT NOT NULL,
    desired_skills TEXT NOT NULL,
    min_italian TEXT NOT NULL,
    education_level INTEGER NOT NULL,
    city TEXT NOT NULL,
    workplace TEXT NOT NULL,
    starts_on DATE NOT NULL,
    duration_months INTEGER NOT NULL,
    hours_per_week INTEGER NOT NULL,
    allowance_cents BIGINT NOT NULL,
    board BOOLEAN NOT NULL,
    lodging BOOLEAN NOT NULL,
    tutor_name TEXT NOT NULL,
    places INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX positions_company ON positions (company_id);
CREATE INDEX positions_status ON positions (status);

CREATE TABLE campaigns (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    name TEXT NOT NULL,
    channel TEXT NOT NULL,
    audience TEXT NOT NULL,
    territory_id TEXT REFERENCES territories (id),
    starts_on DATE NOT NULL,
    ends_on DATE,
    owner_id TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE outreach_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    company_id TEXT NOT NULL REFERENCES organisations (id),
    campaign_id TEXT REFERENCES campaigns (id),
    kind TEXT NOT NULL,
    happened_on DATE NOT NULL,
    author_id TEXT REFERENCES users (id),
    notes TEXT NOT NULL,
    follow_up_on DATE,
    follow_up_done BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX outreach_contacts_company ON outreach_contacts (company_id);
CREATE INDEX outreach_contacts_campaign ON outreach_contacts (campaign_id);
CREATE INDEX outreach_contacts_follow_up ON outreach_contacts (author_id, follow_up_done, follow_up_on);

CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    invited_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP
);
