-- node_id is the pad the vehicle is parked on; deleting a pad clears it (see NodeRepository) rather
-- than being blocked by finished requests.

create table charging_requests (
    id                    varchar(64)      not null primary key,
    hub_id                varchar(64)      not null references hubs (id) on delete cascade,
    vehicle_id            varchar(64)      not null references vehicles (id) on delete cascade,
    node_id               varchar(64),
    arrival_at            timestamp with time zone not null,
    departure_at          timestamp with time zone not null,
    target_soc_percent    double precision check (target_soc_percent between 0 and 100),
    requested_energy_kwh  double precision check (requested_energy_kwh > 0),
    priority_class        varchar(16)      check (priority_class in ('NORMAL', 'FLEET', 'EMERGENCY')),
    status                varchar(16)      not null check (status in ('PENDING', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'EXPIRED')),
    created_at            timestamp with time zone not null,
    check (departure_at > arrival_at),
    check (target_soc_percent is not null or requested_energy_kwh is not null)
);

create index charging_requests_hub_status_idx on charging_requests (hub_id, status);
create index charging_requests_vehicle_idx on charging_requests (vehicle_id);
