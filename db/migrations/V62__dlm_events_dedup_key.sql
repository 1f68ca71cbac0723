-- A hub's event is recorded once: a QoS 1 redelivery (after a restart of the service, before the
-- broker had its acknowledgement) carries the same key and is skipped. Null for the service's own
-- events, which are numbered once when published.

alter table dlm_events add column dedup_key varchar(200);
alter table dlm_events add constraint dlm_events_hub_dedup_key unique (hub_id, dedup_key);
