-- Media: the images and audio authors upload for their tools, kept in the
-- database so that every node serves them without shared storage.
--
-- A file is named by the SHA-256 of its bytes, within its platform: the
-- same bytes uploaded twice (or at once on two nodes) are one row, and a
-- platform reaches only its own uploads, even of bytes another platform
-- has too. The type is the one read from the bytes on upload.
CREATE TABLE media (
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT,
    PRIMARY KEY (platform_id, sha256)
);
-- Images and audio are compressed already: kept out of line without
-- PostgreSQL trying (and failing) to compress them again on every write.
ALTER TABLE media ALTER COLUMN bytes SET STORAGE EXTERNAL;
