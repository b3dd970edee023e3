DROP TABLE iati_settings;
