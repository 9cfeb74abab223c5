-- Settings an admin changed in the newsroom (/newsroom/settings), shared by every node:
-- a row here wins over the property of the same name; no row, the property (or its
-- default) applies. Values are text, parsed by the setting's reader.
CREATE TABLE site_settings (
    name       VARCHAR(60)   PRIMARY KEY,
    setting    VARCHAR(2000) NOT NULL,
    changed_by VARCHAR(200)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
