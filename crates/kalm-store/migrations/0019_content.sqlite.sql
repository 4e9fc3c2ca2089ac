-- Content: tools of content platforms, their drafts and their released
-- versions, and which care platforms offer a content platform's tools.
--
-- A tool's draft is one JSON document (kalm-tool/1), saved whole with a
-- revision number: a save based on an older revision is refused, so two
-- authors editing at once cannot overwrite each other unseen. A version is
-- the document as released, numbered per tool from 1, and never changes
-- (the database refuses updates and deletes).
CREATE TABLE tools (
    id TEXT PRIMARY KEY,
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    draft TEXT NOT NULL,
    draft_revision BIGINT NOT NULL,
    draft_saved_at BIGINT NOT NULL,
    draft_saved_by TEXT,
    latest_version BIGINT NOT NULL DEFAULT 0,
    withdrawn_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX tools_by_platform ON tools (platform_id, title);
CREATE TABLE tool_versions (
    tool_id TEXT NOT NULL REFERENCES tools(id),
    version BIGINT NOT NULL,
    document TEXT NOT NULL,
    release_note TEXT NOT NULL,
    released_at BIGINT NOT NULL,
    released_by TEXT,
    PRIMARY KEY (tool_id, version)
);
CREATE TABLE catalogue_links (
    content_platform_id TEXT NOT NULL REFERENCES platforms(id),
    care_platform_id TEXT NOT NULL REFERENCES platforms(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (content_platform_id, care_platform_id)
);
CREATE INDEX catalogue_links_by_care ON catalogue_links (care_platform_id);
CREATE TRIGGER tool_versions_no_update BEFORE UPDATE ON tool_versions
BEGIN SELECT RAISE(ABORT, 'released versions do not change'); END;
CREATE TRIGGER tool_versions_no_delete BEFORE DELETE ON tool_versions
BEGIN SELECT RAISE(ABORT, 'released versions do not change'); END;
