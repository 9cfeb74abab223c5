-- A repeatable migration (R__): Flyway reruns it when its checksum changes, so its presence
-- alone sends a start through Flyway (SchemaHistoryTests).
SELECT 1;
