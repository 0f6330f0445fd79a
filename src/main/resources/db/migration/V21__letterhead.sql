-- Settings kept in the (encrypted) database rather than in Java preferences, so they travel
-- with the data and tests never touch the user's home. One row per key; the logo is base64 text.
CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value TEXT
);
