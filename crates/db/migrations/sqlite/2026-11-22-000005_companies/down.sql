DROP TABLE invitations;
DROP TABLE outreach_contacts;
DROP TABLE campaigns;
DROP TABLE positions;
DROP TABLE companies;
DROP TABLE regional_rules;
