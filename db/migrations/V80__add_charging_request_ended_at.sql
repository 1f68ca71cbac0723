-- When the vehicle really left (its pad reported it gone): the departure model learns actual against
-- stated departure (departure_at) from completed requests, and warms from them after a restart.
alter table charging_requests add column ended_at timestamp with time zone;

create index charging_requests_hub_ended_idx on charging_requests (hub_id, ended_at desc) where ended_at is not null;
